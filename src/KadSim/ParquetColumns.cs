using Parquet;
using Parquet.Schema;

namespace KadSim;

/// <summary>Reads every column of a Parquet file (all row groups) into one typed array per column, with Parquet.Net's ParquetReader.</summary>
internal static class ParquetColumns
{
    public static Dictionary<string, Array> Read(string file)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"trace table not found: {file}", file);
        // Off the caller's synchronization context (a notebook kernel may have one): no deadlock on the sync wait.
        return Task.Run(async () =>
        {
            await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
            var fields = reader.Schema.DataFields;
            var parts = fields.ToDictionary(f => f.Name, _ => new List<Array>());
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                int n = checked((int)rg.RowCount);
                foreach (var f in fields) parts[f.Name].Add(await ReadColumn(rg, f, n));
            }
            var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
            foreach (var f in fields)
            {
                var chunks = parts[f.Name];
                var all = Array.CreateInstance(ElementType(f), chunks.Sum(c => c.Length));
                int at = 0;
                foreach (var c in chunks)
                {
                    Array.Copy(c, 0, all, at, c.Length);
                    at += c.Length;
                }
                columns[f.Name] = all;
            }
            return columns;
        }).GetAwaiter().GetResult();
    }

    private static Type ElementType(DataField f)
    {
        var t = f.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : f.ClrType;
        return t.IsValueType && f.IsNullable ? typeof(Nullable<>).MakeGenericType(t) : t;
    }

    private static async Task<Array> ReadColumn(ParquetRowGroupReader rg, DataField f, int n)
    {
        var t = f.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var a = new string?[n];
            await rg.ReadAsync(f, a.AsMemory());
            return a;
        }
        if (t == typeof(int)) return f.IsNullable ? await Nullable<int>(rg, f, n) : await Plain<int>(rg, f, n);
        if (t == typeof(long)) return f.IsNullable ? await Nullable<long>(rg, f, n) : await Plain<long>(rg, f, n);
        if (t == typeof(double)) return f.IsNullable ? await Nullable<double>(rg, f, n) : await Plain<double>(rg, f, n);
        if (t == typeof(float)) return f.IsNullable ? await Nullable<float>(rg, f, n) : await Plain<float>(rg, f, n);
        if (t == typeof(bool)) return f.IsNullable ? await Nullable<bool>(rg, f, n) : await Plain<bool>(rg, f, n);
        if (t == typeof(DateOnly)) return f.IsNullable ? await Nullable<DateOnly>(rg, f, n) : await Plain<DateOnly>(rg, f, n);
        if (t == typeof(DateTime)) return f.IsNullable ? await Nullable<DateTime>(rg, f, n) : await Plain<DateTime>(rg, f, n);
        throw new InvalidDataException($"column {f.Name}: unsupported Parquet type {t.Name}");
    }

    private static async Task<Array> Plain<T>(ParquetRowGroupReader rg, DataField f, int n) where T : struct
    {
        var a = new T[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a;
    }

    private static async Task<Array> Nullable<T>(ParquetRowGroupReader rg, DataField f, int n) where T : struct
    {
        var a = new T?[n];
        await rg.ReadAsync<T>(f, a.AsMemory());
        return a;
    }
}
