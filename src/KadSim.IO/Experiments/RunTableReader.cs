using Parquet;
using Parquet.Schema;

namespace KadSim.IO.Experiments;

/// <summary>
/// Reads run-table part files back as columns (for merging shards and summarising ensembles) without a
/// database: the columns this project writes are int, long, double, nullable double and string.
/// </summary>
public sealed class RunTableReader
{
    private RunTableReader(List<DataField> fields, Dictionary<string, List<object?>> columns, int rows)
    {
        Fields = fields;
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<DataField> Fields { get; }
    public IReadOnlyDictionary<string, List<object?>> Columns { get; }
    public int Rows { get; }

    public IEnumerable<double> Numbers(string column) =>
        Columns[column].Select(v => v switch { double d => d, long l => l, int i => i, _ => double.NaN });

    /// <summary>Reads every <c>*.parquet</c> under <paramref name="dir"/> (recursively, sorted by path).</summary>
    public static RunTableReader Read(string dir)
    {
        var files = Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        List<DataField>? fields = null;
        var columns = new Dictionary<string, List<object?>>();
        int rows = 0;
        foreach (var file in files)
        {
            RunTable.Damaged(file, () => Task.Run(async () =>
            {
                await using var reader = await ParquetReader.CreateAsync(file);
                var fs = reader.Schema.DataFields.ToList();
                if (fields is null)
                {
                    fields = fs;
                    foreach (var f in fs) columns[f.Name] = [];
                }
                else if (!fs.Select(f => f.Name).SequenceEqual(fields.Select(f => f.Name)))
                    throw new InvalidDataException($"{file}: columns differ from the other parts; the folder mixes sweeps");
                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    using var rg = reader.OpenRowGroupReader(g);
                    int n = checked((int)rg.RowCount);
                    foreach (var f in fs)
                        columns[f.Name].AddRange(await ReadColumn(rg, f, n));
                    rows += n;
                }
            }).GetAwaiter().GetResult());
        }
        return new RunTableReader(fields ?? [], columns, rows);
    }

    private static async Task<IEnumerable<object?>> ReadColumn(ParquetRowGroupReader rg, DataField f, int n)
    {
        var t = f.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>)) { var a = new string?[n]; await rg.ReadAsync(f, a.AsMemory()); return a; }
        if (t == typeof(long)) { var a = new long[n]; await rg.ReadAsync<long>(f, a.AsMemory()); return a.Cast<object?>(); }
        if (t == typeof(int)) { var a = new int[n]; await rg.ReadAsync<int>(f, a.AsMemory()); return a.Cast<object?>(); }
        if (t == typeof(double) && f.IsNullable) { var a = new double?[n]; await rg.ReadAsync<double>(f, a.AsMemory()); return a.Select(x => (object?)(x ?? double.NaN)); }
        if (t == typeof(double)) { var a = new double[n]; await rg.ReadAsync<double>(f, a.AsMemory()); return a.Cast<object?>(); }
        throw new InvalidDataException($"column {f.Name}: unsupported type {t.Name}");
    }
}
