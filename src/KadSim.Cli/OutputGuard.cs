using KadSim.IO.Experiments;

namespace KadSim.Cli;

/// <summary>
/// Checks of output locations made before any work starts (docs/reliability.md): an output folder must not be a
/// file, a finished result is not replaced without <c>--force</c>, and chart files are written into a staging folder
/// and moved into place only when every one of them is complete.
/// </summary>
internal static class OutputGuard
{
    /// <summary>An error message if <paramref name="dir"/> cannot be an output folder, else null.</summary>
    public static string? Folder(string dir)
    {
        if (dir.Contains('\0')) return $"--out: the folder name contains a NUL character";
        if (System.IO.File.Exists(dir)) return $"--out {dir}: is a file, not a folder";
        return null;
    }

    /// <summary>An error message if <paramref name="file"/> exists and <paramref name="force"/> is false (or it is a folder), else null.</summary>
    public static string? File(string file, bool force)
    {
        if (file.Contains('\0')) return $"--out: the file name contains a NUL character";
        if (Directory.Exists(file)) return $"--out {file}: is a folder; give a file name such as {Path.Combine(file, "report.html")}";
        if (System.IO.File.Exists(file) && !force) return $"--out {file}: the file already exists; choose another name or pass --force to replace it";
        return null;
    }

    /// <summary>True if <paramref name="dir"/> holds any of <paramref name="names"/> (finished outputs of an earlier command).</summary>
    public static bool Holds(string dir, params string[] names) => names.Any(n => System.IO.File.Exists(Path.Combine(dir, n)));

    /// <summary>True if <paramref name="dir"/> holds chart files (PNG or SVG).</summary>
    public static bool HoldsCharts(string dir) =>
        Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any(f => f.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".svg", StringComparison.OrdinalIgnoreCase));

    /// <summary>A fresh staging folder inside <paramref name="dir"/> for charts being drawn.</summary>
    public static string Staging(string dir)
    {
        var staging = Path.Combine(dir, $".partial-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves every file of <paramref name="staging"/> into <paramref name="dir"/> (replacing older ones) and removes the staging folder.</summary>
    public static void Publish(string staging, string dir)
    {
        var target = Path.GetFullPath(dir);
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            var to = Path.GetFullPath(Path.Combine(target, Path.GetFileName(file)));
            // Chart names come from fixed names and plan columns (plain names); never let one leave the folder.
            if (Path.GetDirectoryName(to) != target.TrimEnd(Path.DirectorySeparatorChar)) continue;
            System.IO.File.Move(file, to, overwrite: true);
        }
        Discard(staging);
    }

    /// <summary>Removes a staging folder after a failure; never throws.</summary>
    public static void Discard(string? staging)
    {
        if (staging is null) return;
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a left-over .partial-* folder is clearly not a result.
        }
    }

    /// <summary>Problems with the column names of an experiment folder's sweep.json, which become chart file names with --charts.</summary>
    public static string? ExperimentColumns(string folder)
    {
        var manifest = Path.Combine(folder, SweepRunner.ManifestName);
        if (!System.IO.File.Exists(manifest)) return null;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(manifest));
            if (!doc.RootElement.TryGetProperty("parameters", out var ps) || ps.ValueKind != System.Text.Json.JsonValueKind.Array) return null;
            foreach (var p in ps.EnumerateArray())
                if (p.ValueKind == System.Text.Json.JsonValueKind.Object && p.TryGetProperty("column", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String && !PlanLoader.IsPlainName(c.GetString()!))
                    return $"{manifest}: parameter column '{c.GetString()}' is not a plain name (letters, digits, '_', '-', '.'); it would become a chart file name";
            return null;
        }
        catch (System.Text.Json.JsonException e)
        {
            return $"{manifest}: not a sweep manifest: {e.Message}";
        }
    }
}
