using System.Globalization;
using DuckDB.NET.Data;

namespace KadSim.Tests.Output;

/// <summary>Reads Parquet files back through an in-memory DuckDB.</summary>
internal sealed class DuckQuery : IDisposable
{
    private readonly DuckDBConnection _connection;

    public DuckQuery()
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
    }

    /// <summary>SQL string literal of <c>read_parquet('path')</c>.</summary>
    public static string Table(string path) => $"read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";

    public long Long(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row as the invariant text of its values, separated by '|'.</summary>
    public List<string> Rows(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        var values = new string[reader.FieldCount];
        while (reader.Read())
        {
            for (int k = 0; k < reader.FieldCount; k++)
                values[k] = reader.IsDBNull(k) ? "NULL" : Convert.ToString(reader.GetValue(k), CultureInfo.InvariantCulture) ?? "";
            rows.Add(string.Join('|', values));
        }
        return rows;
    }

    /// <summary>Column name → DuckDB type of a Parquet file.</summary>
    public Dictionary<string, string> Columns(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {Table(path)})"))
        {
            var parts = row.Split('|');
            result[parts[0]] = parts[1];
        }
        return result;
    }

    public void Dispose() => _connection.Dispose();
}
