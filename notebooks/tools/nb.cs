#:project ../../src/KadSim/KadSim.csproj
#:property PublishAot=false
// The notebooks' tool: keeps each Polyglot notebook (notebooks/<name>.ipynb) generated from its single source of truth,
// the file-based app notebooks/<name>.cs, and turns a notebook's code cells into a program CI can run.
//
//   dotnet run notebooks/tools/nb.cs -- sync             regenerate every notebooks/*.ipynb from notebooks/*.cs
//   dotnet run notebooks/tools/nb.cs -- check            exit 1 if any .ipynb differs from what its .cs generates (or lacks a .cs)
//   dotnet run notebooks/tools/nb.cs -- program NB.ipynb OUT.cs [EXECUTED.ipynb]
//                                                         write NB's code cells as one file-based app (see notebooks/README.md)
using KadSim.Notebooks;

var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(AppContext.GetData("EntryPointFilePath") as string ?? "notebooks/tools/nb.cs")!, ".."));
switch (args.FirstOrDefault())
{
    case "sync":
    case "check":
    {
        bool check = args[0] == "check";
        int stale = 0;
        foreach (var cs in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            var ipynb = Path.ChangeExtension(cs, ".ipynb");
            var expected = NotebookSource.Load(cs).ToIpynb();
            var actual = File.Exists(ipynb) ? File.ReadAllText(ipynb) : null;
            if (actual == expected) { Console.WriteLine($"in sync: {Path.GetFileName(ipynb)}"); continue; }
            if (check)
            {
                Console.Error.WriteLine($"out of sync: {Path.GetFileName(ipynb)} is not what {Path.GetFileName(cs)} generates; run: dotnet run notebooks/tools/nb.cs -- sync");
                stale++;
            }
            else
            {
                File.WriteAllText(ipynb, expected);
                Console.WriteLine($"written: {Path.GetFileName(ipynb)} (from {Path.GetFileName(cs)})");
            }
        }
        foreach (var ipynb in Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
            if (!File.Exists(Path.ChangeExtension(ipynb, ".cs")))
            {
                Console.Error.WriteLine($"orphan: {Path.GetFileName(ipynb)} has no {Path.GetFileNameWithoutExtension(ipynb)}.cs to generate it from");
                stale++;
            }
        return stale == 0 ? 0 : 1;
    }
    case "program" when args.Length is 3 or 4:
    {
        var program = NotebookProgram.FromIpynb(args[1], args.Length == 4 ? args[3] : null);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);
        File.WriteAllText(args[2], program);
        Console.WriteLine($"written: {args[2]} (the code cells of {args[1]})");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: dotnet run notebooks/tools/nb.cs -- sync | check | program NOTEBOOK.ipynb OUT.cs [EXECUTED.ipynb]");
        return 2;
}
