using KadSim.Cli;
using KadSim.Cli.Commands;
using KadSim.Generation;
using KadSim.IO.Scenarios;

namespace KadSim.Tests.Generation;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kadsim-generate-" + Guid.NewGuid().ToString("N"));

    public GenerateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = KadSimCli.Invoke(args, new CliContext(output, error, interactive: false));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void WritesAScenarioThatValidateAcceptsAndThatLoadsBackUnchanged()
    {
        var file = Path.Combine(_dir, "world.json");
        var (code, output, error) = Cli("generate", "--regions", "1500", "--mean-degree", "8", "--seed", "4", "--out", file);
        Assert.True(code == 0, error);
        Assert.Contains("1,500 regions", output);
        var degree = System.Text.RegularExpressions.Regex.Match(output, @"mean degree (\d+\.\d+)");
        Assert.True(degree.Success, output);
        Assert.InRange(double.Parse(degree.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 7.84, 8.16);
        Assert.Equal(0, Cli("validate", file).Code);

        var loaded = ScenarioLoader.LoadOrThrow(file);
        var expected = ScenarioGenerator.Generate(new GeneratorOptions { Regions = 1500, MeanDegree = 8, Seed = 4 }).Spec;
        Assert.Equal(ScenarioJson.Hash(expected), ScenarioJson.Hash(loaded));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public void TheIndonesiaPresetRunsFromItsFile()
    {
        var file = Path.Combine(_dir, "indonesia.json");
        var (code, output, error) = Cli("generate", "--preset", "indonesia", "--out", file);
        Assert.True(code == 0, error);
        Assert.Contains("514 regions in 38 provinces", output);
        Assert.Equal(ScenarioJson.Hash(ScenarioGenerator.Indonesia().Spec), ScenarioJson.Hash(ScenarioLoader.LoadOrThrow(file)));
        var run = Cli("run", file, "--seed", "2", "--out", Path.Combine(_dir, "run"));
        Assert.True(run.Code == 0, run.Err);
        Assert.True(File.Exists(Path.Combine(_dir, "run", "manifest.json")));
    }

    [Fact]
    public void RefusesBadOptionsAndExistingFiles()
    {
        var file = Path.Combine(_dir, "a.json");
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--regions", "1", "--out", file).Code);
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--regions", "100", "--mean-degree", "-3", "--out", file).Code);
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--preset", "atlantis", "--out", file).Code);
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--preset", "indonesia", "--regions", "600", "--out", file).Code);
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--regions", "100", "--start", "2003-13", "--out", file).Code);
        Assert.Equal(ExitCodes.BadInput, Cli("generate", "--regions", "100").Code);
        Assert.False(File.Exists(file));
        Assert.Equal(0, Cli("generate", "--regions", "100", "--out", file).Code);
        var (code, _, error) = Cli("generate", "--regions", "100", "--out", file);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--force", error);
        Assert.Equal(0, Cli("generate", "--regions", "120", "--out", file, "--force").Code);
    }

    [Fact]
    public void TheFileWriterRoundTripsEveryKindOfValue()
    {
        // A scenario with non-default values everywhere the generator sets them, through a stream.
        var spec = ScenarioGenerator.Generate(new GeneratorOptions { Regions = 800, Seed = 11, Start = new(2001, 3), End = new(2010, 6) }).Spec;
        using var stream = new MemoryStream();
        ScenarioFileWriter.Write(spec, stream);
        var file = Path.Combine(_dir, "b.json");
        File.WriteAllBytes(file, stream.ToArray());
        Assert.Equal(ScenarioJson.Hash(spec), ScenarioJson.Hash(ScenarioLoader.LoadOrThrow(file)));
        // One item per line.
        var lines = File.ReadAllLines(file);
        Assert.True(lines.Length > spec.Regions.Count + spec.Bodies.Count + spec.Trust.Count);
    }
}
