using System.Text;

namespace KadSim.IO.Scenarios;

/// <summary>Converts between JSON paths (<c>$.bodies[0].members[2].region</c>) and configuration keys (<c>bodies:0:members:2:region</c>).</summary>
internal static class ConfigKeys
{
    public static string FromJsonPath(string jsonPath)
    {
        var s = jsonPath.StartsWith('$') ? jsonPath[1..] : jsonPath;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '.' or '[':
                    if (sb.Length > 0) sb.Append(':');
                    break;
                case ']':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The key one level up, or null at the root.</summary>
    public static string? Parent(string key)
    {
        if (key.Length == 0) return null;
        int i = key.LastIndexOf(':');
        return i < 0 ? "" : key[..i];
    }
}
