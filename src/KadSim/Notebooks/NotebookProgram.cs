using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KadSim.Notebooks;

/// <summary>
/// Turns a Polyglot notebook's C# code cells into one .NET 10 file-based app, so CI can compile and run the .ipynb
/// against the current library without the (deprecated) .NET Interactive kernel.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>#r "dir/bin/&lt;config&gt;/&lt;tfm&gt;/X.dll"</c> becomes <c>#:project dir/P.csproj</c> (absolute; the project there whose assembly is X), <c>#r "nuget: Name, Version"</c>
/// becomes <c>#:package Name@Version</c>; other magics (<c>#!…</c>, <c>#i</c>) are dropped.</item>
/// <item>Implicit usings are off and the C# kernel's default namespaces are imported instead (System, System.Text,
/// System.Collections, System.Collections.Generic, System.Threading.Tasks, System.Linq), so code that needs another
/// namespace without a using fails here as it would in the kernel. A cell's using directives move to the top.</item>
/// <item><c>display(x)</c> — the kernel's function — is a stub that hands the value to <see cref="Notebook.display"/>,
/// which saves charts and records each cell's outputs; at the end an executed copy of the notebook (outputs filled in)
/// is written.</item>
/// <item><c>#line</c> directives make compiler errors and stack traces point at the cell's own lines in the .ipynb file.</item>
/// <item>Markdown cells, and cells of other kernels, are not code: a non-C# code cell is an error.</item>
/// </list>
/// </remarks>
public static partial class NotebookProgram
{
    /// <summary>The C# kernel's default imports.</summary>
    public static readonly IReadOnlyList<string> KernelUsings =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    /// <param name="ipynbPath">The notebook.</param>
    /// <param name="executedPath">Where the program writes the executed copy of the notebook (null: none).</param>
    /// <exception cref="FormatException">A cell uses another kernel, or a reference has no file-based-app equivalent.</exception>
    public static string FromIpynb(string ipynbPath, string? executedPath = null)
    {
        var full = Path.GetFullPath(ipynbPath);
        var dir = Path.GetDirectoryName(full)!;
        var file = Path.GetFileName(full);
        var json = File.ReadAllText(full);
        var doc = JsonNode.Parse(json)!.AsObject();
        var cells = doc["cells"]!.AsArray();
        var jsonLines = json.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int searchFrom = 0;

        var directives = new List<string>();
        var usings = new List<string>(KernelUsings.Select(u => $"using {u};"));
        var body = new StringBuilder();
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i]!.AsObject();
            if ((string?)cell["cell_type"] != "code") continue;
            var kernel = (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"] ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"] ?? "csharp";
            if (kernel != "csharp") throw new FormatException($"{file} cell {i}: a '{kernel}' cell; only C# cells can be compiled");
            var lines = NotebookJson.ReadSource(cell["source"]);
            for (int j = 0; j < lines.Count; j++)
            {
                var t = lines[j].Trim();
                if (t.StartsWith("#!csharp", StringComparison.Ordinal) || t.StartsWith("#!c#", StringComparison.Ordinal)) { lines[j] = ""; continue; }
                if (t.StartsWith("#!", StringComparison.Ordinal))
                {
                    if (j == 0 && Regex.IsMatch(t, @"^#!(fsharp|f#|pwsh|powershell|javascript|js|html|markdown|sql|kql|mermaid|value|http)\b"))
                        throw new FormatException($"{file} cell {i}: '{t}' switches kernel; only C# cells can be compiled");
                    lines[j] = "";
                    continue;
                }
                if (t.StartsWith("#r ", StringComparison.Ordinal))
                {
                    directives.Add(Reference(t, dir, $"{file} cell {i}"));
                    lines[j] = "";
                    continue;
                }
                if (t.StartsWith("#i ", StringComparison.Ordinal)) { lines[j] = ""; continue; }
                if (UsingDirective().IsMatch(lines[j]))
                {
                    usings.Add(t);
                    lines[j] = "";
                }
            }
            body.Append("KadSim.Notebook.Cell(").Append(i).Append(");\n");
            body.Append("// ---- ").Append(file).Append(", cell ").Append(i).Append('\n');
            // Compiler errors and stack traces then point at the cell's lines in the .ipynb file itself.
            int? at = LineOf(jsonLines, cell["source"], ref searchFrom);
            if (at is { } n) body.Append("#line ").Append(n).Append(' ').Append(Literal(full, verbatim: false)).Append('\n');
            foreach (var line in lines) body.Append(line).Append('\n');
            if (at is not null) body.Append("#line default\n");
        }

        var program = new StringBuilder();
        foreach (var d in directives.Distinct()) program.Append(d).Append('\n');
        program.Append("#:property ImplicitUsings=disable\n");
        program.Append("#:property PublishAot=false\n");
        program.Append($"// Generated by notebooks/tools/nb.cs from {file}: its C# code cells as one program. Do not edit.\n");
        foreach (var u in usings.Distinct()) program.Append(u).Append('\n');
        program.Append('\n').Append(body);
        program.Append("KadSim.Notebook.Cell(-1);\n");
        if (executedPath is not null)
            program.Append("KadSim.Notebook.WriteExecuted(").Append(Literal(full)).Append(", ").Append(Literal(Path.GetFullPath(executedPath))).Append(");\n");
        program.Append("\n// Polyglot's display(value, mimeTypes): here it saves the value and records it as the cell's output.\n");
        program.Append("void display(object? value, params string[] mimeTypes) => KadSim.Notebook.display(value, mimeTypes);\n");
        return program.ToString();
    }

    /// <summary>A <c>#r</c> line as a file-based-app directive.</summary>
    private static string Reference(string line, string dir, string where)
    {
        var m = Regex.Match(line, "^#r\\s+\"(?<ref>[^\"]+)\"\\s*$");
        if (!m.Success) throw new FormatException($"{where}: cannot read the reference '{line}'");
        var r = m.Groups["ref"].Value.Trim();
        if (r.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = r["nuget:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return parts.Length switch
            {
                1 => $"#:package {parts[0]}@*",
                2 => $"#:package {parts[0]}@{parts[1]}",
                _ => throw new FormatException($"{where}: cannot read the package reference '{line}'"),
            };
        }
        var dll = Regex.Match(r.Replace('\\', '/'), "^(?<dir>.*)/bin/[^/]+/[^/]+/(?<name>[^/]+)\\.dll$");
        if (!dll.Success) throw new FormatException($"{where}: '{r}' is not a project's build output (…/bin/<configuration>/<framework>/<name>.dll), the only assembly reference a file-based app can take");
        var projectDir = Path.GetFullPath(Path.Combine(dir, dll.Groups["dir"].Value));
        var assembly = dll.Groups["name"].Value;
        var project = (Directory.Exists(projectDir) ? Directory.GetFiles(projectDir, "*.csproj") : [])
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(p => string.Equals(NotebookSource.AssemblyName(p), assembly, StringComparison.OrdinalIgnoreCase));
        if (project is null) throw new FormatException($"{where}: '{r}' is built by no project in {projectDir} (none has the assembly name {assembly})");
        return $"#:project {project}";
    }

    private static string Literal(string s, bool verbatim = true) =>
        verbatim ? "@\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The 1-based line of the .ipynb file that holds the first line of a cell's source (Jupyter writes one source line per file line), or null.</summary>
    private static int? LineOf(string[] jsonLines, JsonNode? source, ref int searchFrom)
    {
        if (source is not JsonArray { Count: > 0 } array || (string?)array[0] is not { } first) return null;
        for (int k = searchFrom; k < jsonLines.Length; k++)
        {
            var t = jsonLines[k].Trim().TrimEnd(',');
            if (!t.StartsWith('"')) continue;
            try
            {
                if ((string?)JsonNode.Parse(t) != first) continue;
            }
            catch (System.Text.Json.JsonException) { continue; }
            searchFrom = k + array.Count;
            return k + 1;
        }
        return null;
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
