using System.Data;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// A small table for notebooks: aligned text in a console or file-based app, an HTML table in Polyglot. Built from a
/// query's reader (e.g. DuckDB's) or from records.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class TextTable
{
    public TextTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Every row of <paramref name="reader"/> (read to the end and closed); numbers in invariant culture, up to 4 significant decimals.</summary>
    public static TextTable From(IDataReader reader)
    {
        using (reader)
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<IReadOnlyList<string>>();
            while (reader.Read())
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(k => reader.IsDBNull(k) ? "NULL" : Cell(reader.GetValue(k)))]);
            return new TextTable(columns, rows);
        }
    }

    /// <summary>One row per item, one column per public property (e.g. records such as <see cref="IO.Experiments.SensitivityRow"/>).</summary>
    public static TextTable From<T>(IEnumerable<T> items)
    {
        var props = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        return new TextTable([.. props.Select(p => p.Name)], [.. items.Select(i => (IReadOnlyList<string>)[.. props.Select(p => Cell(p.GetValue(i)))])]);
    }

    /// <summary>A table from columns you name and rows of values.</summary>
    public static TextTable Of(IReadOnlyList<string> columns, IEnumerable<IEnumerable<object?>> rows) =>
        new(columns, [.. rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Cell)])]);

    /// <summary>A value as the table shows it.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        double d => Number(d),
        float f => Number(f),
        decimal m => Number((double)m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Number(double d) =>
        !double.IsFinite(d) ? (double.IsNaN(d) ? "NaN" : d > 0 ? "∞" : "-∞")
        : d != 0 && (Math.Abs(d) >= 1e7 || Math.Abs(d) < 1e-3) ? d.ToString("0.###e0", CultureInfo.InvariantCulture)
        : d.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Aligned columns (numbers right-aligned), a header and a rule.</summary>
    public override string ToString()
    {
        int n = Columns.Count;
        var width = Enumerable.Range(0, n).Select(k => Math.Max(Columns[k].Length, Rows.Count == 0 ? 0 : Rows.Max(r => k < r.Count ? r[k].Length : 0))).ToArray();
        var numeric = Enumerable.Range(0, n).Select(k => Rows.Count > 0 && Rows.All(r => k >= r.Count || r[k].Length == 0 || double.TryParse(r[k], NumberStyles.Float, CultureInfo.InvariantCulture, out _))).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            for (int k = 0; k < n; k++)
            {
                var c = k < cells.Count ? cells[k] : "";
                if (k > 0) sb.Append("  ");
                sb.Append(numeric[k] ? c.PadLeft(width[k]) : k == n - 1 ? c : c.PadRight(width[k]));
            }
            sb.Append('\n');
        }
        Line(Columns);
        sb.Append(string.Join("  ", width.Select(w => new string('-', w)))).Append('\n');
        foreach (var r in Rows) Line(r);
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>An HTML table.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table><thead><tr>");
        foreach (var c in Columns) sb.Append("<th>").Append(WebUtility.HtmlEncode(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var r in Rows)
        {
            sb.Append("<tr>");
            foreach (var c in r) sb.Append("<td>").Append(WebUtility.HtmlEncode(c)).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }
}
