using System.Reflection;
using System.Runtime.InteropServices;

namespace KadSim;

/// <summary>
/// Finds SkiaSharp's and HarfBuzzSharp's native libraries under <c>runtimes/&lt;rid&gt;/native/</c> next to KadSim.Api.dll
/// when the host has no deps.json entry for them — as when a Polyglot notebook loads KadSim.Api.dll with <c>#r</c>.
/// Applications and tests resolve them the usual way first; this is only the fallback.
/// </summary>
internal static class NativeAssets
{
    private static int _done;

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        foreach (var name in new[] { "SkiaSharp", "HarfBuzzSharp" })
        {
            Assembly assembly;
            try { assembly = Assembly.Load(name); }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { continue; }
            try { NativeLibrary.SetDllImportResolver(assembly, Resolve); }
            catch (InvalidOperationException) { /* the host set its own resolver */ }
        }
    }

    private static IntPtr Resolve(string library, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (NativeLibrary.TryLoad(library, assembly, searchPath, out var handle)) return handle;
        var dir = Path.GetDirectoryName(typeof(NativeAssets).Assembly.Location);
        if (string.IsNullOrEmpty(dir)) return IntPtr.Zero;
        string[] names = OperatingSystem.IsWindows() ? [library + ".dll"] : OperatingSystem.IsMacOS() ? [library + ".dylib", "lib" + library + ".dylib"] : [library + ".so", "lib" + library + ".so"];
        var rids = new[] { RuntimeInformation.RuntimeIdentifier, Rid() };
        foreach (var rid in rids.Distinct())
            foreach (var file in names)
            {
                var path = Path.Combine(dir, "runtimes", rid, "native", file);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out handle)) return handle;
            }
        return IntPtr.Zero;
    }

    private static string Rid()
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        string arch = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "arm64", Architecture.X86 => "x86", Architecture.Arm => "arm", _ => "x64" };
        return OperatingSystem.IsMacOS() ? "osx" : $"{os}-{arch}";
    }
}
