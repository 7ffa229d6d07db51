using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// What a notebook needs beyond the facade: an output folder (<c>notebooks/out/&lt;name&gt;/</c>), <see cref="display"/>
/// for file-based apps (text to the console, charts saved as PNG and SVG), and a transcript of everything printed
/// (<c>output.txt</c>). In a Polyglot notebook the kernel's own <c>display</c> shows charts inline instead, and nothing
/// is redirected.
/// </summary>
public static class Notebook
{
    /// <summary>Environment variable that overrides the output root (default: notebooks/out under the repository).</summary>
    public const string OutVariable = "KADSIM_NOTEBOOK_OUT";

    /// <summary>The transcript of everything the notebook printed, in its output folder.</summary>
    public const string TranscriptName = "output.txt";

    private const string Marker = ".kadsim-notebook";
    private static readonly object Gate = new();
    private static string? _out;
    private static int _charts;
    private static TextWriter? _console;
    private static Tee? _tee;
    private static bool _displaying;
    private static int _cell = -1;
    private static readonly Dictionary<int, List<JsonObject>> Outputs = [];

    /// <summary>
    /// Starts the notebook <paramref name="name"/>: its output folder is <c>notebooks/out/&lt;name&gt;</c> (or under
    /// <c>$KADSIM_NOTEBOOK_OUT</c>), emptied of a previous run's outputs; outside Polyglot, everything printed is also
    /// written to <c>output.txt</c> there. Returns the folder.
    /// </summary>
    public static string Start(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (Gate)
        {
            var root = Environment.GetEnvironmentVariable(OutVariable) is { Length: > 0 } env
                ? Path.GetFullPath(env)
                : Path.Combine(Kad.RepoRoot ?? Environment.CurrentDirectory, "notebooks", "out");
            var dir = Path.Combine(root, name);
            // Only a folder this class made is emptied: never a folder someone pointed us at by mistake.
            if (Directory.Exists(dir) && File.Exists(Path.Combine(dir, Marker))) Directory.Delete(dir, recursive: true);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, Marker), name + "\n");
            _out = dir;
            _charts = 0;
            if (!InPolyglot)
            {
                _tee?.Close();
                _console ??= Console.Out;
                _tee = new Tee(_console, new StreamWriter(Path.Combine(dir, TranscriptName), append: false, new UTF8Encoding(false)) { AutoFlush = true });
                Console.SetOut(_tee);
            }
            return dir;
        }
    }

    /// <summary>Ends the notebook: the console is restored and the transcript closed (a process's exit does the same).</summary>
    public static void Stop()
    {
        lock (Gate)
        {
            if (_tee is not null && _console is not null)
            {
                Console.SetOut(_console);
                _tee.Dispose();
            }
            _tee = null;
            _out = null;
            _cell = -1;
            Outputs.Clear();
        }
    }

    /// <summary>The output folder (<see cref="Start"/> it first; otherwise a notebook named "notebook" is started).</summary>
    public static string Out
    {
        get
        {
            lock (Gate) if (_out is not null) return _out;
            return Start("notebook");
        }
    }

    /// <summary>A path inside the output folder.</summary>
    public static string OutFile(string name) => Path.Combine(Out, name);

    /// <summary>Writes <paramref name="text"/> to a file in the output folder; returns its path.</summary>
    public static string Write(string name, string text)
    {
        var path = OutFile(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");
        return path;
    }

    /// <summary>True inside a .NET Interactive kernel (Polyglot Notebooks).</summary>
    public static bool InPolyglot => AppDomain.CurrentDomain.GetAssemblies()
        .Any(a => a.GetName().Name?.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal) == true);

    /// <summary>
    /// Shows a value in a file-based app, as Polyglot's <c>display</c> does in a notebook: a <see cref="Chart"/> is saved
    /// as <c>NN-title.png</c> and <c>.svg</c> in the output folder (and a line names the files); a sequence prints one item
    /// per line; anything else prints its text.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Style", "IDE1006", Justification = "Polyglot's name, so notebook code reads the same in both forms")]
    public static void display(object? value, params string[] mimeTypes)
    {
        _ = mimeTypes;
        string text;
        JsonObject data;
        switch (value)
        {
            case Chart chart:
            {
                int n;
                lock (Gate) n = ++_charts;
                var file = $"{n:D2}-{Slug(chart.Title)}";
                var png = chart.Png();
                Directory.CreateDirectory(Out);
                File.WriteAllBytes(OutFile(file + ".png"), png);
                File.WriteAllText(OutFile(file + ".svg"), chart.Svg());
                text = $"[chart {n}: {chart.Title} → {file}.png, {file}.svg]";
                data = new JsonObject { ["image/png"] = Convert.ToBase64String(png), ["text/plain"] = Lines(chart.ToString()) };
                break;
            }
            case string s:
                text = s;
                data = new JsonObject { ["text/plain"] = Lines(s) };
                break;
            case IEnumerable items and not IFormattable:
                text = string.Join(Environment.NewLine, items.Cast<object?>().Select(Display.Text));
                data = new JsonObject { ["text/plain"] = Lines(text) };
                break;
            default:
                text = Display.Text(value);
                data = new JsonObject { ["text/plain"] = Lines(text), ["text/html"] = Lines(Display.Html(value)) };
                break;
        }
        lock (Gate)
        {
            _displaying = true;
            try { Console.Out.WriteLine(text); }
            finally { _displaying = false; }
            if (_cell >= 0) CellOutputs(_cell).Add(new JsonObject { ["data"] = data, ["metadata"] = new JsonObject(), ["output_type"] = "display_data" });
        }
    }

    /// <summary>Notebook runner hook (notebooks/tools/nb.cs): the code that follows is cell <paramref name="index"/> of the .ipynb.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Cell(int index)
    {
        lock (Gate)
        {
            Console.Out.Flush();
            _cell = index;
        }
    }

    /// <summary>Notebook runner hook: writes a copy of <paramref name="ipynb"/> with the outputs each code cell produced in this process.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WriteExecuted(string ipynb, string target)
    {
        Console.Out.Flush();
        var doc = JsonNode.Parse(File.ReadAllText(ipynb))!.AsObject();
        int count = 0;
        var cells = doc["cells"]!.AsArray();
        lock (Gate)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = cells[i]!.AsObject();
                if ((string?)cell["cell_type"] != "code") continue;
                cell["execution_count"] = ++count;
                cell["outputs"] = new JsonArray([.. (Outputs.GetValueOrDefault(i) ?? []).Select(o => (JsonNode?)o.DeepClone())]);
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, NotebookJson.Serialize(doc));
    }

    private static List<JsonObject> CellOutputs(int cell)
    {
        if (!Outputs.TryGetValue(cell, out var list)) Outputs[cell] = list = [];
        return list;
    }

    /// <summary>Console text written while a cell runs becomes that cell's stdout stream output.</summary>
    private static void Captured(string text)
    {
        lock (Gate)
        {
            if (_cell < 0 || _displaying || text.Length == 0) return;
            var list = CellOutputs(_cell);
            if (list.Count > 0 && (string?)list[^1]["output_type"] == "stream")
            {
                var lines = list[^1]["text"]!.AsArray();
                var joined = string.Concat(lines.Select(l => (string?)l)) + text;
                list[^1]["text"] = Lines(joined);
            }
            else list.Add(new JsonObject { ["name"] = "stdout", ["output_type"] = "stream", ["text"] = Lines(text) });
        }
    }

    /// <summary>Text as Jupyter stores it: lines, each but the last ending in "\n".</summary>
    internal static JsonArray Lines(string text)
    {
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var array = new JsonArray();
        for (int k = 0; k < parts.Length; k++)
        {
            var line = k < parts.Length - 1 ? parts[k] + "\n" : parts[k];
            if (line.Length > 0) array.Add(line);
        }
        return array;
    }

    private static string Slug(string title)
    {
        var sb = new StringBuilder();
        foreach (char c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 48) slug = slug[..(slug.LastIndexOf('-', 48) is > 16 and var cut ? cut : 48)];
        return slug.Length == 0 ? "chart" : slug;
    }

    /// <summary>Writes to the console and to the transcript file, and records cell outputs for the notebook runner.</summary>
    private sealed class Tee(TextWriter console, TextWriter file) : TextWriter
    {
        public override Encoding Encoding => console.Encoding;
        public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            console.Write(value);
            file.Write(value);
            Captured(value);
        }

        public override void Flush()
        {
            console.Flush();
            file.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
            base.Dispose(disposing);
        }
    }
}
