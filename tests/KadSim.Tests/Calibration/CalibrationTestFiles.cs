using System.Globalization;

namespace KadSim.Tests.Calibration;

/// <summary>Calibration files written to a temporary folder for tests, deleted afterwards.</summary>
internal sealed class CalibrationTestFiles : IDisposable
{
    public CalibrationTestFiles() => Directory.CreateDirectory(Dir);

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "kadsim-calibration-" + Guid.NewGuid().ToString("N"));

    /// <summary>The shipped BARLINGMASCAKEB scenario, as a JSON string literal (absolute path).</summary>
    public static string ScenarioPath => Json(TestScenarios.Shipped("barlingmascakeb.json"));

    public string Write(string name, string text)
    {
        var file = Path.Combine(Dir, name);
        File.WriteAllText(file, text);
        return file;
    }

    public static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    public static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp folder is harmless */ }
    }
}
