using System.Text.Json.Nodes;
using KadSim.Notebooks;

namespace KadSim.Tests.Notebooks;

/// <summary>
/// The notebooks' single source of truth: every notebooks/NAME.ipynb is exactly what notebooks/NAME.cs generates,
/// carries the C# kernel metadata and the library reference, and tells its story in markdown.
/// </summary>
public class NotebookSyncTests
{
    private static string Folder => Path.Combine(TestScenarios.RepoRoot, "notebooks");

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var cs in Directory.GetFiles(Path.Combine(TestScenarios.RepoRoot, "notebooks"), "*.cs").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(cs));
        return data;
    }

    [Fact]
    public void TheFourNotebooksShipInBothForms()
    {
        foreach (var name in new[] { "whatif", "reproduce-barlingmascakeb", "sweep-sensitivity", "calibration" })
        {
            Assert.True(File.Exists(Path.Combine(Folder, name + ".cs")), $"notebooks/{name}.cs is missing");
            Assert.True(File.Exists(Path.Combine(Folder, name + ".ipynb")), $"notebooks/{name}.ipynb is missing");
        }
        foreach (var ipynb in Directory.GetFiles(Folder, "*.ipynb"))
            Assert.True(File.Exists(Path.ChangeExtension(ipynb, ".cs")), $"{Path.GetFileName(ipynb)} has no .cs source to be generated from");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryIpynbIsWhatItsSourceGenerates(string name)
    {
        var expected = NotebookSource.Load(Path.Combine(Folder, name + ".cs")).ToIpynb();
        var actual = File.ReadAllText(Path.Combine(Folder, name + ".ipynb"));
        Assert.True(expected == actual, $"notebooks/{name}.ipynb is out of sync with notebooks/{name}.cs: run `dotnet run notebooks/tools/nb.cs -- sync` (never edit the .ipynb by hand)");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryNotebookIsAPolyglotCSharpNotebookThatReferencesTheLibrary(string name)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".ipynb")))!;
        Assert.Equal(4, (int)doc["nbformat"]!);
        var meta = doc["metadata"]!;
        Assert.Equal(".net-csharp", (string?)meta["kernelspec"]!["name"]);
        Assert.Equal(".NET (C#)", (string?)meta["kernelspec"]!["display_name"]);
        Assert.Equal("C#", (string?)meta["kernelspec"]!["language"]);
        Assert.Equal("polyglot-notebook", (string?)meta["language_info"]!["name"]);
        var cells = doc["cells"]!.AsArray().Select(c => (Type: (string)c!["cell_type"]!, Text: string.Concat(c["source"]!.AsArray().Select(l => (string?)l)))).ToList();
        var code = cells.Where(c => c.Type == "code").Select(c => c.Text).ToList();
        Assert.Contains("#r \"../src/KadSim/bin/Release/net10.0/KadSim.Api.dll\"", code[0]);
        Assert.True(File.Exists(Path.Combine(Folder, "..", "src", "KadSim", "KadSim.csproj")));
        Assert.DoesNotContain(code, c => c.Contains("using static KadSim.Notebook", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Type == "markdown" && c.Text.Contains("dotnet build src/KadSim -c Release", StringComparison.Ordinal));
        Assert.Contains(code, c => c.Contains("display(", StringComparison.Ordinal));

        // The story: a title first, a conclusion last, and narrative before every step.
        Assert.Equal("markdown", cells[0].Type);
        Assert.StartsWith("# ", cells[0].Text);
        Assert.Equal("markdown", cells[^1].Type);
        for (int i = 4; i < cells.Count; i++)
            if (cells[i].Type == "code") Assert.True(cells[i - 1].Type == "markdown", $"{name}.ipynb cell {i}: a code cell with no narrative before it");
        Assert.True(cells.Count(c => c.Type == "markdown") >= 6, $"{name}: too little narrative");
    }

    [Fact]
    public void SourceConventionMakesCells()
    {
        var source = NotebookSource.Parse("""
            #:project ../src/KadSim/KadSim.csproj
            #:package DuckDB.NET.Data.Full@1.5.6.1
            #:property PublishAot=false

            /* md
            # Title
            Question.
            */

            using KadSim;
            using static KadSim.Notebook; // app only

            var x = 1;
            // %%
            display(x);

            /* md
            Answer.
            */
            """, "demo");
        Assert.Equal(["#:project ../src/KadSim/KadSim.csproj", "#:package DuckDB.NET.Data.Full@1.5.6.1", "#:property PublishAot=false"], source.Directives);
        Assert.Equal([NotebookCellKind.Markdown, NotebookCellKind.Code, NotebookCellKind.Code, NotebookCellKind.Markdown], source.Cells.Select(c => c.Kind));
        Assert.Equal(["#r \"../src/KadSim/bin/Release/net10.0/KadSim.dll\"", "#r \"nuget: DuckDB.NET.Data.Full, 1.5.6.1\""], source.PolyglotReferences);

        var cells = source.NotebookCells;
        Assert.Equal("# Title\nQuestion.", cells[0].Text);
        Assert.Contains("dotnet run notebooks/demo.cs", cells[1].Text);
        Assert.Equal(string.Join("\n", source.PolyglotReferences), cells[2].Text);
        Assert.Equal("using KadSim;\n\nvar x = 1;", cells[3].Text);
        Assert.Equal("display(x);", cells[4].Text);
        Assert.Equal("Answer.", cells[5].Text);
        Assert.Equal(source.ToIpynb(), NotebookSource.Parse(string.Join("\r\n", "#:project ../src/KadSim/KadSim.csproj\n#:package DuckDB.NET.Data.Full@1.5.6.1\n#:property PublishAot=false\n\n/* md\n# Title\nQuestion.\n*/\n\nusing KadSim;\nusing static KadSim.Notebook; // app only\n\nvar x = 1;\n// %%\ndisplay(x);\n\n/* md\nAnswer.\n*/".Split('\n')), "demo").ToIpynb());

        Assert.Throws<FormatException>(() => NotebookSource.Parse("/* md\n# never closed\n", "bad"));
        Assert.Throws<FormatException>(() => NotebookSource.Parse("var x = 1;\n#:package A@1\n", "bad"));
    }

    [Fact]
    public void AnIpynbBecomesOneProgramWithTheSameReferencesAndADisplayStub()
    {
        var dir = Directory.CreateTempSubdirectory("kadsim-nb-").FullName;
        try
        {
            // A notebook next to a "src" tree, as in the repository.
            Directory.CreateDirectory(Path.Combine(dir, "src", "KadSim"));
            File.WriteAllText(Path.Combine(dir, "src", "KadSim", "KadSim.csproj"), "<Project />");
            Directory.CreateDirectory(Path.Combine(dir, "notebooks"));
            var source = NotebookSource.Parse("""
                #:project ../src/KadSim/KadSim.csproj
                #:package DuckDB.NET.Data.Full@1.5.6.1

                /* md
                # Demo
                */

                using KadSim;
                using DuckDB.NET.Data;
                using static KadSim.Notebook; // app only

                Notebook.Start("demo");
                /* md
                Step.
                */
                #!time
                display(Kad.Percent(0.5));
                """, "demo");
            var ipynb = Path.Combine(dir, "notebooks", "demo.ipynb");
            File.WriteAllText(ipynb, source.ToIpynb());
            var program = NotebookProgram.FromIpynb(ipynb, Path.Combine(dir, "out", "demo.ipynb"));
            var lines = program.Split('\n');

            Assert.Equal($"#:project {Path.Combine(dir, "src", "KadSim", "KadSim.csproj")}", lines[0]);
            Assert.Contains("#:package DuckDB.NET.Data.Full@1.5.6.1", lines);
            Assert.Contains("#:property ImplicitUsings=disable", lines);
            // the kernel's default namespaces, then the cells' usings, before any statement
            int firstStatement = Array.FindIndex(lines, l => l.StartsWith("KadSim.Notebook.Cell(", StringComparison.Ordinal));
            foreach (var u in new[] { "using System;", "using System.Linq;", "using KadSim;", "using DuckDB.NET.Data;" })
                Assert.InRange(Array.IndexOf(lines, u), 0, firstStatement);
            Assert.DoesNotContain(lines, l => l.StartsWith("#r", StringComparison.Ordinal) || l.StartsWith("#!", StringComparison.Ordinal));
            Assert.DoesNotContain("using static KadSim.Notebook", program);
            Assert.Contains("void display(object? value, params string[] mimeTypes) => KadSim.Notebook.display(value, mimeTypes);", lines);
            Assert.Contains("KadSim.Notebook.WriteExecuted(", program);

            // #line points at the .ipynb's own line holding the cell's first source line.
            var ipynbLines = File.ReadAllLines(ipynb);
            var marks = lines.Where(l => l.StartsWith("#line ", StringComparison.Ordinal) && l != "#line default").ToList();
            Assert.NotEmpty(marks);
            foreach (var mark in marks)
            {
                int n = int.Parse(mark.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                Assert.StartsWith("\"", ipynbLines[n - 1].Trim());
                int at = Array.IndexOf(lines, mark);
                var first = lines[at + 1];
                Assert.True(first.Length == 0 || ipynbLines[n - 1].Contains(first.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal), $"{mark} → {ipynbLines[n - 1]} vs {first}");
            }

            // A cell of another kernel cannot be compiled.
            var doc = JsonNode.Parse(File.ReadAllText(ipynb))!;
            doc["cells"]![3]!["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
            File.WriteAllText(ipynb, doc.ToJsonString());
            Assert.Throws<FormatException>(() => NotebookProgram.FromIpynb(ipynb));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DisplayInAFileBasedAppSavesChartsAndKeepsATranscript()
    {
        var root = Directory.CreateTempSubdirectory("kadsim-nbout-").FullName;
        var previous = Environment.GetEnvironmentVariable(KadSim.Notebook.OutVariable);
        Environment.SetEnvironmentVariable(KadSim.Notebook.OutVariable, root);
        try
        {
            var dir = KadSim.Notebook.Start("demo");
            Assert.Equal(Path.Combine(root, "demo"), dir);
            var ensemble = Kad.Load(TestScenarios.Shipped("barlingmascakeb.json")).Ensemble(runs: 5, seed: 1);
            KadSim.Notebook.display(Chart.Status(ensemble, "Status of five runs"));
            KadSim.Notebook.display(ensemble.Survival);
            KadSim.Notebook.display(new[] { "a", "b" });
            KadSim.Notebook.Write("answer.txt", "the answer");
            KadSim.Notebook.Stop();

            Assert.True(File.Exists(Path.Combine(dir, "01-status-of-five-runs.png")));
            Assert.True(File.Exists(Path.Combine(dir, "01-status-of-five-runs.svg")));
            Assert.Equal("the answer\n", File.ReadAllText(Path.Combine(dir, "answer.txt")));
            var transcript = File.ReadAllText(Path.Combine(dir, KadSim.Notebook.TranscriptName));
            Assert.Contains("[chart 1: Status of five runs → 01-status-of-five-runs.png, 01-status-of-five-runs.svg]", transcript);
            Assert.Contains("of 5 runs)", transcript);
            Assert.Contains("a\nb", transcript.Replace("\r\n", "\n", StringComparison.Ordinal));

            // Starting again empties the folder of the previous outputs.
            KadSim.Notebook.Start("demo");
            KadSim.Notebook.Stop();
            Assert.False(File.Exists(Path.Combine(dir, "answer.txt")));
        }
        finally
        {
            KadSim.Notebook.Stop();
            Environment.SetEnvironmentVariable(KadSim.Notebook.OutVariable, previous);
            Directory.Delete(root, recursive: true);
        }
    }
}
