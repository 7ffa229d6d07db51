using System.Globalization;
using DuckDB.NET.Data;
using KadSim.Cli;

namespace KadSim.Tests.Sweeps;

/// <summary>Shared helpers of the sweep tests: a temporary folder, the CLI in-process, plans written on the fly, run tables read back with DuckDB.</summary>
public abstract class SweepTestBase : IDisposable
{
    protected readonly string Dir = Directory.CreateTempSubdirectory("kadsim-sweeps-").FullName;

    public virtual void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The shipped BARLINGMASCAKEB scenario, by absolute path (plans in temp folders refer to it).</summary>
    protected static string Scenario => TestScenarios.Shipped("barlingmascakeb.json");

    /// <summary>The test data folder of this suite (plans and design files).</summary>
    protected static string PlansDir => Path.Combine(TestScenarios.RepoRoot, "tests", "KadSim.Tests", "Sweeps", "Plans");

    protected static (int Code, string Out, string Err) Kadsim(params string[] args) => CliRunner.Kadsim(args);

    /// <summary>Runs the CLI and fails with its standard error unless it exits 0.</summary>
    protected static (string Out, string Err) KadsimOk(params string[] args)
    {
        var (code, o, e) = Kadsim(args);
        Assert.True(code == 0, $"kadsim {string.Join(' ', args)} exited {code}:\n{e}\n{o}");
        return (o, e);
    }

    /// <summary>Writes a plan file into the temp folder: the body is the JSON inside the braces after "scenario".</summary>
    protected string WritePlan(string name, string body)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, "{\n  \"scenario\": " + Json(Scenario) + ",\n" + body + "\n}\n");
        return path;
    }

    protected string WriteFile(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    protected static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}

/// <summary>A run table read back with DuckDB: the column names and every row as text, sorted by run.</summary>
public sealed record RunRows(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows)
{
    public int Count => Rows.Count;

    public int Col(string name)
    {
        int i = Columns.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no column '{name}' in [{string.Join(", ", Columns)}]");
        return i;
    }

    public IEnumerable<string> Values(string column) { int c = Col(column); return Rows.Select(r => r[c]); }

    public IEnumerable<long> Longs(string column) => Values(column).Select(v => long.Parse(v, CultureInfo.InvariantCulture));

    public IEnumerable<double> Doubles(string column) => Values(column).Select(v => double.Parse(v, CultureInfo.InvariantCulture));

    /// <summary>The rows without the given (e.g. Hive partition) columns, as lines for comparison.</summary>
    public List<string> Lines(params string[] except)
    {
        var keep = Enumerable.Range(0, Columns.Count).Where(i => !except.Contains(Columns[i])).ToArray();
        return Rows.Select(r => string.Join('|', keep.Select(i => Columns[i] + "=" + r[i]))).ToList();
    }

    /// <summary>Reads every part file under <paramref name="dir"/> (Hive partitioning on), or one file.</summary>
    public static RunRows Read(string dirOrFile, string? where = null)
    {
        var source = File.Exists(dirOrFile)
            ? $"read_parquet('{dirOrFile}')"
            : $"read_parquet('{Path.Combine(dirOrFile, "**", "*.parquet")}', hive_partitioning = true)";
        return Query($"SELECT * FROM {source}{(where is null ? "" : " WHERE " + where)} ORDER BY run");
    }

    public static RunRows Query(string sql)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var cols = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
        var rows = new List<string[]>();
        while (r.Read())
        {
            var row = new string[r.FieldCount];
            for (int i = 0; i < r.FieldCount; i++) row[i] = Text(r.IsDBNull(i) ? null : r.GetValue(i));
            rows.Add(row);
        }
        return new RunRows(cols, rows);
    }

    public static object? Scalar(string sql)
    {
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static string Text(object? v) => v switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}

/// <summary>Plan bodies used by several tests.</summary>
internal static class Plans
{
    /// <summary>A small LHS over two numeric keys and a dues rule.</summary>
    public static string Lhs(int points, int replications, long seed = 3) => $$"""
          "name": "test lhs",
          "parameters": [
            { "key": "parameters:learningRate", "min": 0.05, "max": 0.3 },
            { "key": "provinces:0:politicalWill", "name": "will", "min": 0, "max": 1 },
            { "key": "bodies:0:duesRule", "name": "dues_rule", "values": ["Equal", "BenefitProportional"] }
          ],
          "design": { "type": "LatinHypercube", "points": {{points}} },
          "replications": {{replications}},
          "seed": {{seed}}
        """;
}

/// <summary>Standard error of a failed command, checked the way a user reads it.</summary>
internal static class Problems
{
    public static void NameFileAndPath(string stderr, string planFile, string jsonPath)
    {
        Assert.Contains("error: the plan has", stderr);
        Assert.Contains(planFile, stderr);
        var line = stderr.Split('\n').FirstOrDefault(l => l.Contains(planFile + ": " + jsonPath, StringComparison.Ordinal));
        Assert.True(line is not null, $"no problem line '{planFile}: {jsonPath}…' in:\n{stderr}");
        Assert.DoesNotContain("   at ", stderr);
    }
}
