using System.Diagnostics;

namespace KadSim.Tests.Reports;

/// <summary>
/// Debian's Chromium, headless, for looking at reports as a person would: the DOM after scripts ran,
/// console errors, and a screenshot. Started with the flags this workplace needs (no sandbox as root, no
/// background networking) and a fresh profile every time.
/// </summary>
internal static class HeadlessChromium
{
    public static string? Path => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public static string Require() => Path ?? throw new InvalidOperationException(
        "Chromium is needed to test the HTML report: apt-get install chromium (.ci/run installs it).");

    public sealed record Result(string Dom, string Log, int ExitCode)
    {
        /// <summary>
        /// Every console message and uncaught exception. Chromium logs them all at INFO level
        /// ("INFO:CONSOLE:1] ..."), so none is told apart: a report should write nothing to the console.
        /// </summary>
        public IReadOnlyList<string> ConsoleErrors =>
            [.. Log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal))];
    }

    public static Result DumpDom(string htmlFile) => Run($"--virtual-time-budget=5000 --dump-dom \"file://{System.IO.Path.GetFullPath(htmlFile)}\"");

    public static void Screenshot(string htmlFile, string pngFile, int width = 1100, int height = 3200)
    {
        var r = Run($"--hide-scrollbars --window-size={width},{height} --virtual-time-budget=5000 --screenshot=\"{System.IO.Path.GetFullPath(pngFile)}\" \"file://{System.IO.Path.GetFullPath(htmlFile)}\"");
        if (!File.Exists(pngFile)) throw new InvalidOperationException($"Chromium wrote no screenshot (exit {r.ExitCode}): {r.Log[^Math.Min(2000, r.Log.Length)..]}");
    }

    private static Result Run(string args)
    {
        var profile = Directory.CreateTempSubdirectory("kadsim-chromium-").FullName;
        try
        {
            var psi = new ProcessStartInfo(Require(),
                $"--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync " +
                $"--user-data-dir=\"{profile}\" --enable-logging=stderr --v=0 {args}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 60 s");
            }
            return new Result(stdout.Result, stderr.Result, p.ExitCode);
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { }
        }
    }
}
