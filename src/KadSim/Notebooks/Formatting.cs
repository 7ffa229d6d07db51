using System.Net;

namespace KadSim.Notebooks;

/// <summary>
/// Convention-based formatting for .NET Interactive (Polyglot Notebooks): the kernel looks for an attribute named
/// <c>TypeFormatterSourceAttribute</c> on a displayed object's type, creates the source and asks its formatters for
/// each MIME type — so KadSim needs no reference to .NET Interactive for <c>display(chart)</c> to show an image.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>The formatters of KadSim's displayable types: HTML (charts as inline PNG images, results as text) and plain text.</summary>
internal sealed class KadFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new KadFormatter("text/html");
        yield return new KadFormatter("text/plain");
    }
}

/// <summary>One MIME type's formatter, in the shape .NET Interactive's convention expects.</summary>
internal sealed class KadFormatter(string mimeType)
{
    public string MimeType { get; } = mimeType;

    public bool Format(object instance, TextWriter writer)
    {
        writer.Write(MimeType == "text/html" ? Display.Html(instance) : Display.Text(instance));
        return true;
    }
}

/// <summary>How KadSim objects look in a notebook.</summary>
internal static class Display
{
    public static string Text(object? value) => value?.ToString() ?? "null";

    public static string Html(object? value) => value switch
    {
        Chart chart => chart.ToHtml(),
        TextTable table => table.ToHtml(),
        ColumnTable columns => $"<p>{WebUtility.HtmlEncode(columns.ToString())}</p>{columns.Preview().ToHtml()}" + (columns.Count > 10 ? $"<p>… {columns.Count - 10:N0} more rows</p>" : ""),
        null => "<code>null</code>",
        _ => $"<div style=\"white-space: pre-wrap; font-family: sans-serif\">{WebUtility.HtmlEncode(value.ToString())}</div>",
    };
}
