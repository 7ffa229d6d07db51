using System.Globalization;

namespace KadSim.IO;

/// <summary>
/// Reads an input file with the size guard of <see cref="InputLimits.MaxFileBytes"/>: a file over the limit
/// is refused from its length, before any of it is read, and a device or pipe that never ends (such as
/// <c>/dev/zero</c>) is refused once the limit is reached, or at once if it holds a NUL byte (never valid
/// in a text file). Every failure is a sentence for the user, never an exception.
/// </summary>
internal static class InputFile
{
    private const int Chunk = 1 << 16;

    /// <summary>The file's bytes, or null and <paramref name="error"/> saying why not.</summary>
    public static byte[]? TryRead(string path, out string? error, long maxBytes = InputLimits.MaxFileBytes)
    {
        error = null;
        if (!IsUsablePath(path, out error)) return null;
        try
        {
            if (Directory.Exists(path))
            {
                error = "is a folder, not a file";
                return null;
            }
            if (!File.Exists(path))
            {
                error = "file not found";
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            long declared = stream.CanSeek ? stream.Length : 0;
            if (declared > maxBytes)
            {
                error = $"the file is {Size(declared)}, over the limit of {Size(maxBytes)} for input files";
                return null;
            }
            var buffer = new MemoryStream(declared > 0 ? (int)declared : Chunk);
            var chunk = new byte[Chunk];
            int n;
            bool first = true;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (first && n >= 2 && (chunk[0], chunk[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
                {
                    error = "the file is encoded as UTF-16; save it as UTF-8";
                    return null;
                }
                if (first && chunk.AsSpan(0, n).Contains((byte)0))
                {
                    error = "not a text file (it holds NUL bytes)";
                    return null;
                }
                first = false;
                if (buffer.Length + n > maxBytes)
                {
                    error = $"the file is over the limit of {Size(maxBytes)} for input files";
                    return null;
                }
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = "cannot read file: " + e.Message;
            return null;
        }
    }

    /// <summary>A path the file system can be asked about (no NUL character, not blank).</summary>
    public static bool IsUsablePath(string? path, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(path)) error = "no file name given";
        else if (path.Contains('\0')) error = "the file name contains a NUL character";
        else if (path.Length > 4096) error = "the file name is longer than 4096 characters";
        return error is null;
    }

    /// <summary><see cref="Path.GetFullPath(string)"/> for messages, falling back to the path as given.</summary>
    public static string FullPathOrSelf(string path)
    {
        try
        {
            return IsUsablePath(path, out _) ? Path.GetFullPath(path) : path;
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
        {
            return path;
        }
    }

    /// <summary>Resolves <paramref name="path"/> against <paramref name="dir"/> unless it is rooted; unusable paths are returned as given.</summary>
    public static string Resolve(string dir, string path)
    {
        if (!IsUsablePath(path, out _)) return path;
        try
        {
            return Path.IsPathRooted(path) ? path : Path.Combine(dir, path);
        }
        catch (ArgumentException)
        {
            return path;
        }
    }

    internal static string Size(long bytes) => bytes >= 1 << 20
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
