using System.Net;
using System.Text;
using ScottPlot;

namespace KadSim.Charts.Reports;

/// <summary>
/// A self-contained HTML report: inline CSS, charts embedded as PNG data URIs, no external assets, so it
/// opens offline and can be forwarded as one file. Written atomically.
/// </summary>
public sealed class HtmlReport
{
    private readonly StringBuilder _body = new();
    private int _figures;

    public HtmlReport(string title) => Title = title;

    public string Title { get; }

    /// <summary>Names of the charts added, in order (also their file names when exported).</summary>
    public List<string> Charts { get; } = [];

    public HtmlReport Heading(string text, int level = 2)
    {
        _body.Append($"<h{level}>{E(text)}</h{level}>\n");
        return this;
    }

    public HtmlReport Paragraph(string text, string? cssClass = null)
    {
        _body.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(E(text)).Append("</p>\n");
        return this;
    }

    public HtmlReport Bullets(IEnumerable<string> items)
    {
        _body.Append("<ul>\n");
        foreach (var i in items) _body.Append("<li>").Append(E(i)).Append("</li>\n");
        _body.Append("</ul>\n");
        return this;
    }

    /// <summary>A key number, big, with its caption (what policy analysts look for first).</summary>
    public HtmlReport KeyNumbers(IEnumerable<(string Value, string Caption)> numbers)
    {
        _body.Append("<div class=\"keys\">\n");
        foreach (var (v, c) in numbers) _body.Append($"<div class=\"key\"><div class=\"v\">{E(v)}</div><div class=\"c\">{E(c)}</div></div>\n");
        _body.Append("</div>\n");
        return this;
    }

    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        _body.Append("<table>");
        if (caption is not null) _body.Append($"<caption>{E(caption)}</caption>");
        _body.Append("<thead><tr>");
        foreach (var h in header) _body.Append($"<th>{E(h)}</th>");
        _body.Append("</tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            _body.Append("<tr>");
            foreach (var c in r) _body.Append($"<td>{E(c)}</td>");
            _body.Append("</tr>\n");
        }
        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>Embeds a chart as a PNG data URI with a caption; optionally also saves PNG and SVG to <paramref name="exportDir"/>.</summary>
    public HtmlReport Chart(Plot plot, string name, string caption, string? exportDir = null)
    {
        _figures++;
        var png = plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);
        if (exportDir is not null) KadCharts.Save(plot, Path.Combine(exportDir, name));
        Charts.Add(name);
        _body.Append($"<figure id=\"{E(name)}\"><img alt=\"{E(caption)}\" width=\"{ChartStyle.Width}\" height=\"{ChartStyle.Height}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">")
            .Append($"<figcaption>Figure {_figures}. {E(caption)}</figcaption></figure>\n");
        return this;
    }

    public string Render()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{E(Title)}</title><style>{Css}</style></head>\n<body>\n")
            .Append($"<h1>{E(Title)}</h1>\n").Append(_body)
            // Flags images that failed to decode, so a broken report says so instead of showing gaps.
            .Append("<script>window.addEventListener('load',function(){var bad=[].filter.call(document.images,function(i){return !(i.complete&&i.naturalWidth>0);});")
            .Append("document.body.setAttribute('data-images-ok',bad.length===0?'true':'false');")
            .Append("if(bad.length){var p=document.createElement('p');p.className='warn';p.textContent=bad.length+' chart(s) failed to load.';document.body.prepend(p);}});</script>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".partial";
        File.WriteAllText(tmp, Render(), new UTF8Encoding(false));
        File.Move(tmp, path, overwrite: true);
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
        h1{font-size:1.7em;border-bottom:3px solid #4682b4;padding-bottom:.3em}h2{margin-top:1.6em;color:#2c5d86}
        .question{font-size:1.15em;background:#f3f7fb;border-left:4px solid #4682b4;padding:.6em 1em}
        .keys{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}.key{flex:1 1 200px;background:#f7f7f7;border-radius:6px;padding:.8em}
        .key .v{font-size:1.7em;font-weight:600;color:#2c5d86}.key .c{font-size:.9em;color:#555}
        figure{margin:1.2em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}figcaption{font-size:.9em;color:#555}
        table{border-collapse:collapse;margin:1em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}th{background:#eef3f8}
        caption{caption-side:top;text-align:left;font-weight:600;padding:.3em 0}.warn{color:#b00;font-weight:600}.prov{font-size:.85em;color:#666}
        """;
}
