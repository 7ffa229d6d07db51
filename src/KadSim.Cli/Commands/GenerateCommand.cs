using System.Collections;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KadSim.Generation;
using KadSim.IO.Scenarios;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.Cli.Commands;

/// <summary>
/// <c>kadsim generate</c>: a synthetic world (<see cref="ScenarioGenerator"/>) written as a scenario file, for scaling
/// studies and benchmarks: <c>kadsim generate --regions 100000 --out big.json</c>, or the Indonesia-sized preset
/// <c>kadsim generate --preset indonesia --out indonesia.json</c>.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext ctx)
    {
        var regions = new Option<int?>("--regions") { Description = $"Number of regions ({GeneratorOptions.MinRegions}..{GeneratorOptions.MaxRegions:N0}; default 1000, or 514 with --preset indonesia)" };
        var degree = new Option<double>("--mean-degree") { Description = "Mean number of trust relations per region (co-members, plus nearby regions as needed)", DefaultValueFactory = _ => GeneratorOptions.DefaultMeanDegree };
        var seed = new Option<long>("--seed") { Description = "Seed of the generator (the same seed gives the same file); also the scenario's default run seed", DefaultValueFactory = _ => 1 };
        var preset = new Option<string?>("--preset") { Description = "indonesia: 514 districts and cities in 38 provinces (real counts per province, synthetic attributes)" };
        preset.AcceptOnlyFromAmong("indonesia");
        var provinces = new Option<int?>("--provinces") { Description = "Number of provinces (default: one per 13.5 regions)" };
        var start = new Option<string?>("--start") { Description = "First month, YYYY-MM (default 2003-01)" };
        var end = new Option<string?>("--end") { Description = "Last month, YYYY-MM (default 2022-12)" };
        var outFile = new Option<FileInfo>("--out") { Description = "Scenario file to write (JSON)", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists" };
        var cmd = new Command("generate", "Generate a synthetic world (regions on a lattice, provinces, bodies of 2–8 bordering members, a sparse trust network, a mix of formats and funding) and write it as a scenario file.")
        {
            regions, degree, seed, preset, provinces, start, end, outFile, force,
        };
        cmd.SetAction(parse =>
        {
            bool indonesia = parse.GetValue(preset) == "indonesia";
            var options = new GeneratorOptions
            {
                Regions = parse.GetValue(regions) ?? (indonesia ? IndonesiaPreset.Regions : 1000),
                MeanDegree = parse.GetValue(degree),
                Seed = parse.GetValue(seed),
                Provinces = parse.GetValue(provinces),
                Indonesia = indonesia,
            };
            foreach (var (option, value, apply) in new (string, string?, Func<YearMonth, GeneratorOptions>)[]
            {
                ("--start", parse.GetValue(start), m => options with { Start = m }),
                ("--end", parse.GetValue(end), m => options with { End = m }),
            })
            {
                if (value is null) continue;
                if (!YearMonth.TryParse(value, out var month))
                {
                    ctx.Error.WriteLine($"error: {option} {value}: not a month; allowed: YYYY-MM between 1900-01 and 2200-12");
                    return ExitCodes.BadInput;
                }
                options = apply(month);
            }
            var problems = options.Check();
            if (problems.Count > 0)
            {
                foreach (var problem in problems) ctx.Error.WriteLine($"error: {problem}");
                return ExitCodes.BadInput;
            }
            var file = parse.GetValue(outFile)!.ToString();
            if (OutputGuard.File(file, parse.GetValue(force)) is { } bad)
            {
                ctx.Error.WriteLine("error: " + bad);
                return ExitCodes.BadInput;
            }

            var generated = ScenarioGenerator.Generate(options);
            var spec = generated.Spec;
            ScenarioFileWriter.Write(spec, file);

            var formats = string.Join(", ", spec.Bodies.GroupBy(b => b.Format).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
            int grants = spec.Provinces.Sum(p => p.Grants.Count), donorGrants = spec.Donors.Sum(d => d.Grants.Count);
            ctx.Output.WriteLine($"wrote {file}: {spec.Name}, {spec.Regions.Count:N0} regions in {spec.Provinces.Count:N0} provinces, {spec.Start}..{spec.End}");
            ctx.Output.WriteLine($"  {spec.Bodies.Count:N0} bodies ({formats}); {generated.Memberships:N0} memberships; {generated.RegionsInNoBody:N0} regions in no body");
            ctx.Output.WriteLine($"  trust: {generated.TrustEdges:N0} directed relations, mean degree {generated.MeanDegree.ToString("0.00", CultureInfo.InvariantCulture)} ({generated.CoMemberEdges:N0} between co-members, {spec.Trust.Count:N0} explicit)");
            ctx.Output.WriteLine($"  funding: {spec.Bodies.Count(b => b.Dues.Count > 0):N0} bodies charge dues; {grants:N0} province grants; {donorGrants:N0} donor grants");
            var limits = ScenarioValidator.Validate(spec);
            if (limits.Count > 0)
            {
                ctx.Error.WriteLine($"note: this scenario is beyond what kadsim validate and kadsim run accept ({limits.Count} problem{(limits.Count == 1 ? "" : "s")}):");
                foreach (var p in limits.Take(5)) ctx.Error.WriteLine($"  {p.Path}: {p.Message}");
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }
}

/// <summary>
/// Writes a scenario as a scenario file, streaming: one region, body, grant or trust pair per line, so a world of a
/// million regions is written in seconds with little memory, and diffs of generated files stay readable. Values equal
/// to their defaults are left out (the loader fills them in), everything else is written as <see cref="ScenarioJson"/>
/// names it: loading the file gives back a scenario with the same <see cref="ScenarioJson.Hash"/>.
/// </summary>
internal static class ScenarioFileWriter
{
    private static readonly JsonSerializerOptions Compact = CreateOptions();
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static void Write(ScenarioSpec spec, string file)
    {
        var full = Path.GetFullPath(file);
        if (Path.GetDirectoryName(full) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var partial = full + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Write(spec, stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(partial, full, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>The top-level keys in declaration order; lists one item per line.</summary>
    public static void Write(ScenarioSpec spec, Stream stream)
    {
        var info = Compact.GetTypeInfo(typeof(ScenarioSpec));
        var defaults = new ScenarioSpec();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Compact.Encoder, Indented = false, SkipValidation = true });
        Raw(stream, "{");
        bool first = true;
        foreach (var property in info.Properties)
        {
            var value = property.Get?.Invoke(spec);
            if (value is null || !ShouldWrite(property, value, defaults)) continue;
            Raw(stream, first ? "\n  " : ",\n  ");
            first = false;
            Raw(stream, JsonSerializer.Serialize(property.Name, Compact) + ": ");
            if (value is IList list)
            {
                if (list.Count == 0) { Raw(stream, "[]"); continue; }
                Raw(stream, "[");
                for (int k = 0; k < list.Count; k++)
                {
                    Raw(stream, k == 0 ? "\n    " : ",\n    ");
                    Value(stream, writer, list[k], list[k]?.GetType() ?? typeof(object));
                }
                Raw(stream, "\n  ]");
            }
            else
            {
                Value(stream, writer, value, property.PropertyType);
            }
        }
        Raw(stream, "\n}\n");
    }

    private static void Value(Stream stream, Utf8JsonWriter writer, object? value, Type type)
    {
        writer.Reset(stream);
        JsonSerializer.Serialize(writer, value, type, Compact);
        writer.Flush();
    }

    private static void Raw(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Top-level values: lists if not empty, objects if they differ from the defaults, scalars always.</summary>
    private static bool ShouldWrite(JsonPropertyInfo property, object value, ScenarioSpec defaults)
    {
        if (value is IList list) return list.Count > 0;
        if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
            return JsonSerializer.Serialize(value, property.PropertyType, Compact) != JsonSerializer.Serialize(property.Get!(defaults), property.PropertyType, Compact);
        return true;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(SkipDefaults);
        return new JsonSerializerOptions(ScenarioJson.Options) { WriteIndented = false, TypeInfoResolver = resolver };
    }

    /// <summary>Leaves out properties of scenario objects whose value equals that of a new instance (what loading fills in).</summary>
    private static void SkipDefaults(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace != typeof(ScenarioSpec).Namespace) return;
        if (info.Type.GetConstructor(Type.EmptyTypes) is null) return;
        var instance = Activator.CreateInstance(info.Type)!;
        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get) continue;
            var fallback = get(instance);
            if (fallback is IList defaultList)
            {
                if (defaultList.Count == 0) property.ShouldSerialize = (_, v) => v is not IList l || l.Count > 0;
                continue;
            }
            if (fallback is null || fallback is string || fallback.GetType().IsValueType)
                property.ShouldSerialize = (_, v) => !Equals(v, fallback);
        }
    }
}
