using System.Text.Json.Nodes;

namespace KadSim.Notebooks;

/// <summary>Markdown (narrative) or code.</summary>
public enum NotebookCellKind
{
    Markdown,
    Code,
}

/// <summary>One cell of a notebook: its kind and its lines.</summary>
public sealed record NotebookCell(NotebookCellKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join("\n", Lines);
}

/// <summary>
/// A notebook's single source of truth: a .NET 10 file-based app (<c>notebooks/&lt;name&gt;.cs</c>) whose comments mark
/// the cells. <see cref="ToIpynb"/> turns it into the Polyglot notebook (<c>&lt;name&gt;.ipynb</c>), so the two forms cannot drift.
/// </summary>
/// <remarks>
/// The convention (notebooks/README.md):
/// <list type="bullet">
/// <item><c>#:project</c>, <c>#:package</c> and <c>#:property</c> directives come first; in the notebook they become a
/// setup cell of <c>#r</c> references (the project's Release build, <c>#r "nuget: Name, Version"</c>).</item>
/// <item>A block from a line <c>/* md</c> to a line <c>*/</c> is a markdown cell (the narrative).</item>
/// <item>Code between markdown blocks is a code cell; a line <c>// %%</c> starts another code cell.</item>
/// <item>A line ending in <c>// app only</c> exists only in the file-based app (e.g. <c>using static KadSim.Notebook;</c>,
/// which gives the app the <c>display</c> that Polyglot's kernel provides).</item>
/// </list>
/// </remarks>
public sealed class NotebookSource
{
    public const string MarkdownOpen = "/* md";
    public const string MarkdownClose = "*/";
    public const string CellBreak = "// %%";
    public const string AppOnly = "// app only";

    /// <summary>The library build a Polyglot notebook references (see <see cref="PolyglotReferences"/>).</summary>
    public const string BuildConfiguration = "Release";
    public const string TargetFramework = "net10.0";

    private readonly string? _directory;

    private NotebookSource(string name, IReadOnlyList<string> directives, IReadOnlyList<NotebookCell> cells, string? directory)
    {
        _directory = directory;
        Name = name;
        Directives = directives;
        Cells = cells;
    }

    /// <summary>The notebook's name: the file name without .cs (and of the .ipynb).</summary>
    public string Name { get; }

    /// <summary>The <c>#:</c> directive lines of the file-based app.</summary>
    public IReadOnlyList<string> Directives { get; }

    /// <summary>The cells as written in the .cs file (app-only lines included).</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    public static NotebookSource Load(string path) =>
        Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(Path.GetFullPath(path)));

    /// <param name="text">The .cs file's text.</param>
    /// <param name="name">The notebook's name.</param>
    /// <param name="directory">The .cs file's folder, to read the referenced projects' assembly names (else a project's file name is taken as its assembly name).</param>
    /// <exception cref="FormatException">A directive after code, or a markdown block without its closing line.</exception>
    public static NotebookSource Parse(string text, string name, string? directory = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var directives = new List<string>();
        var cells = new List<NotebookCell>();
        var code = new List<string>();
        int i = 0;
        if (lines.Length > 0 && lines[0].StartsWith("#!", StringComparison.Ordinal)) i++;
        for (; i < lines.Length && (lines[i].StartsWith("#:", StringComparison.Ordinal) || lines[i].Trim().Length == 0); i++)
            if (lines[i].Length > 0) directives.Add(lines[i].TrimEnd());

        void FlushCode()
        {
            var trimmed = Trim(code);
            if (trimmed.Count > 0) cells.Add(new NotebookCell(NotebookCellKind.Code, trimmed));
            code.Clear();
        }

        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            var t = line.Trim();
            if (t.StartsWith("#:", StringComparison.Ordinal))
                throw new FormatException($"{name}.cs line {i + 1}: '#:' directives must come before any code");
            if (t == MarkdownOpen)
            {
                FlushCode();
                int start = i;
                var md = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != MarkdownClose; i++) md.Add(lines[i].TrimEnd());
                if (i >= lines.Length) throw new FormatException($"{name}.cs line {start + 1}: '{MarkdownOpen}' block has no closing '{MarkdownClose}' line");
                var trimmed = Trim(md);
                if (trimmed.Count > 0) cells.Add(new NotebookCell(NotebookCellKind.Markdown, trimmed));
            }
            else if (t.StartsWith(CellBreak, StringComparison.Ordinal)) FlushCode();
            else code.Add(line.TrimEnd());
        }
        FlushCode();
        return new NotebookSource(name, directives, cells, directory);
    }

    /// <summary>
    /// The Polyglot references for the directives: <c>#:project dir/X.csproj</c> → <c>#r "dir/bin/Release/net10.0/A.dll"</c> (A: the project's assembly name),
    /// <c>#:package Name@Version</c> → <c>#r "nuget: Name, Version"</c>. Other directives have no notebook equivalent.
    /// </summary>
    public IReadOnlyList<string> PolyglotReferences
    {
        get
        {
            var refs = new List<string>();
            foreach (var d in Directives)
            {
                var (kind, value) = Split(d);
                if (kind == "project")
                {
                    var p = value.Replace('\\', '/');
                    string dir, assembly;
                    if (p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                    {
                        int slash = p.LastIndexOf('/');
                        dir = slash < 0 ? "." : p[..slash];
                        assembly = p[(slash + 1)..^".csproj".Length];
                    }
                    else
                    {
                        dir = p.TrimEnd('/');
                        assembly = dir[(dir.LastIndexOf('/') + 1)..];
                    }
                    if (_directory is not null)
                    {
                        var project = p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                            ? Path.Combine(_directory, p)
                            : Directory.Exists(Path.Combine(_directory, p)) ? Directory.GetFiles(Path.Combine(_directory, p), "*.csproj").FirstOrDefault() : null;
                        if (project is not null && File.Exists(project)) assembly = AssemblyName(project);
                    }
                    refs.Add($"#r \"{dir}/bin/{BuildConfiguration}/{TargetFramework}/{assembly}.dll\"");
                }
                else if (kind == "package")
                {
                    int at = value.IndexOf('@');
                    refs.Add(at < 0 ? $"#r \"nuget: {value}\"" : $"#r \"nuget: {value[..at]}, {value[(at + 1)..]}\"");
                }
            }
            return refs;
        }
    }

    /// <summary>The cells of the .ipynb: the first markdown cell (the title), a generated "how to run" cell and the <c>#r</c> setup cell, then every other cell without its app-only lines.</summary>
    public IReadOnlyList<NotebookCell> NotebookCells
    {
        get
        {
            var result = new List<NotebookCell>();
            int first = 0;
            if (Cells.Count > 0 && Cells[0].Kind == NotebookCellKind.Markdown)
            {
                result.Add(Cells[0]);
                first = 1;
            }
            result.Add(new NotebookCell(NotebookCellKind.Markdown,
            [
                $"> **How to run this notebook.** Build the library once, from the repository root: `dotnet build src/KadSim -c {BuildConfiguration}`.",
                "> Then run the cells in order with the **.NET (C#)** kernel (Polyglot Notebooks / .NET Interactive).",
                $"> Without Jupyter, the same notebook runs as a .NET 10 file-based app, `dotnet run notebooks/{Name}.cs`, which writes its results and charts to `notebooks/out/{Name}/`.",
                $"> This file is generated from [`{Name}.cs`]({Name}.cs): edit that file, then run `dotnet run notebooks/tools/nb.cs -- sync`.",
            ]));
            var refs = PolyglotReferences;
            if (refs.Count > 0) result.Add(new NotebookCell(NotebookCellKind.Code, refs));
            foreach (var cell in Cells.Skip(first))
            {
                if (cell.Kind == NotebookCellKind.Markdown)
                {
                    result.Add(cell);
                    continue;
                }
                var kept = Trim([.. cell.Lines.Where(l => !l.TrimEnd().EndsWith(AppOnly, StringComparison.Ordinal))]);
                if (kept.Count > 0) result.Add(new NotebookCell(NotebookCellKind.Code, kept));
            }
            return result;
        }
    }

    /// <summary>The Polyglot notebook (nbformat 4, C# kernel), as text; deterministic, so it can be compared with the file on disk.</summary>
    public string ToIpynb()
    {
        var cells = new JsonArray();
        foreach (var cell in NotebookCells)
        {
            cells.Add(cell.Kind == NotebookCellKind.Markdown
                ? new JsonObject
                {
                    ["cell_type"] = "markdown",
                    ["metadata"] = new JsonObject(),
                    ["source"] = NotebookJson.SourceLines(cell.Lines),
                }
                : new JsonObject
                {
                    ["cell_type"] = "code",
                    ["execution_count"] = null,
                    ["metadata"] = new JsonObject
                    {
                        ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                    },
                    ["outputs"] = new JsonArray(),
                    ["source"] = NotebookJson.SourceLines(cell.Lines),
                });
        }
        var doc = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kadsim"] = new JsonObject
                {
                    ["source"] = Name + ".cs",
                    ["generator"] = "dotnet run notebooks/tools/nb.cs -- sync",
                },
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject
                {
                    ["file_extension"] = ".cs",
                    ["mimetype"] = "text/x-csharp",
                    ["name"] = "polyglot-notebook",
                    ["pygments_lexer"] = "csharp",
                },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        return NotebookJson.Serialize(doc);
    }

    /// <summary>A project's assembly name: its &lt;AssemblyName&gt;, else its file name.</summary>
    internal static string AssemblyName(string csproj)
    {
        try
        {
            var name = System.Xml.Linq.XDocument.Load(csproj).Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
            if (!string.IsNullOrEmpty(name)) return name;
        }
        catch (System.Xml.XmlException) { /* not XML: fall back to the file name */ }
        return Path.GetFileNameWithoutExtension(csproj);
    }

    internal static (string Kind, string Value) Split(string directive)
    {
        var body = directive.TrimStart('#', ':').Trim();
        int space = body.IndexOfAny([' ', '\t']);
        return space < 0 ? (body, "") : (body[..space], body[(space + 1)..].Trim());
    }

    private static List<string> Trim(List<string> lines)
    {
        int start = 0, end = lines.Count;
        while (start < end && lines[start].Trim().Length == 0) start++;
        while (end > start && lines[end - 1].Trim().Length == 0) end--;
        return lines.GetRange(start, end - start);
    }
}
