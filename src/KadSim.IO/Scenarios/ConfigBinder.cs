using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.IO.Scenarios;

/// <summary>
/// Binds a configuration tree onto spec classes by reflection, collecting every user mistake as a
/// <see cref="ScenarioProblem"/> with a JSON path instead of throwing at the first one (which is what
/// Microsoft.Extensions.Configuration.Binder would do, and it would also silently ignore unknown keys).
/// </summary>
internal sealed class ConfigBinder
{
    private const string SchemaKey = "$schema";
    private static readonly ConcurrentDictionary<Type, PropertyMeta[]> MetaCache = new();

    private readonly Func<string, string?> _sourceOf;
    private readonly List<ScenarioProblem> _problems = [];

    private ConfigBinder(Func<string, string?> sourceOf) => _sourceOf = sourceOf;

    /// <summary>Binds the whole of <paramref name="root"/> onto a new <typeparamref name="T"/>.</summary>
    /// <param name="sourceOf">Maps a configuration key to the file (or "--set") that supplied it.</param>
    public static (T Value, IReadOnlyList<ScenarioProblem> Problems) Bind<T>(ConfigNode root, Func<string, string?> sourceOf)
        where T : class, new()
    {
        var binder = new ConfigBinder(sourceOf);
        var value = (T)binder.BindObject(typeof(T), root.Children, "$", "", isRoot: true);
        return (value, binder._problems);
    }

    private enum Outcome { Missing, Value, Failed }

    private sealed record PropertyMeta(PropertyInfo Info, string JsonName, bool Required, RangeAttribute? Range);

    private object BindObject(Type type, IReadOnlyList<ConfigNode> children, string path, string key, bool isRoot)
    {
        var obj = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"cannot create {type.Name}");
        var props = Meta(type);
        var given = new Dictionary<string, ConfigNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in children)
        {
            if (props.Any(p => string.Equals(p.Info.Name, child.Key, StringComparison.OrdinalIgnoreCase)))
                given[child.Key] = child;
            else if (!(isRoot && string.Equals(child.Key, SchemaKey, StringComparison.OrdinalIgnoreCase)))
                UnknownKey(child, path, props);
        }

        foreach (var p in props)
        {
            var childPath = $"{path}.{p.JsonName}";
            object? value = null;
            var outcome = given.TryGetValue(p.Info.Name, out var section)
                ? Read(p.Info.PropertyType, section, childPath, p.Range, out value)
                : Outcome.Missing;
            if (outcome == Outcome.Value) p.Info.SetValue(obj, value);
            else if (outcome == Outcome.Missing && p.Required)
                Add(childPath, section?.Path ?? Join(key, p.JsonName), $"missing required '{p.JsonName}'", null, Describe(p.Info.PropertyType, p.Range));
        }
        return obj;
    }

    private Outcome Read(Type type, ConfigNode section, string path, RangeAttribute? range, out object? value)
    {
        value = null;
        var children = section.Children;
        // JSON null, "" and empty containers all reach us as a childless key with a null or empty value.
        bool empty = children.Count == 0 && string.IsNullOrEmpty(section.Value);
        var u = Nullable.GetUnderlyingType(type) ?? type;

        if (ListElementType(u) is { } element) return ReadList(u, element, section, children, path, out value);

        if (IsObject(u))
        {
            // null and {} read as "all defaults", but required keys are still required: bind with no keys given.
            if (empty) { value = BindObject(u, [], path, section.Path, isRoot: false); return Outcome.Value; }
            // A value beside children comes from layering, e.g. a --set on an object's own key.
            if (!string.IsNullOrEmpty(section.Value)) return Fail(path, section, "expected an object, got a value", section.Value, Describe(u, null));
            if (LooksLikeArray(children)) return Fail(path, section, "expected an object, got an array", null, Describe(u, null));
            value = BindObject(u, children, path, section.Path, isRoot: false);
            return Outcome.Value;
        }

        if (empty) return Outcome.Missing;
        if (children.Count > 0)
        {
            var got = LooksLikeArray(children) ? "an array" : "an object";
            return Fail(path, section, $"expected {Describe(u, null)}, got {got}", null, Describe(u, range));
        }
        return ReadScalar(u, section.Value!, section, path, range, out value);
    }

    private Outcome ReadList(Type listType, Type element, ConfigNode section, IReadOnlyList<ConfigNode> children, string path, out object? value)
    {
        value = null;
        if (!string.IsNullOrEmpty(section.Value)) return Fail(path, section, "expected an array, got a value", section.Value, "an array [ ... ]");
        if (children.Count == 0)
        {
            value = Activator.CreateInstance(listType);
            return Outcome.Value;
        }
        if (!LooksLikeArray(children)) return Fail(path, section, "expected an array, got an object", null, "an array [ ... ]");
        // Layers and --set can address any index; the merged array must still be 0..n-1 without gaps.
        for (int i = 0; i < children.Count; i++)
        {
            if (children[i].Key != i.ToString(CultureInfo.InvariantCulture))
                return Fail(path, section, $"array indices must run 0..{children.Count - 1} without gaps; index {i} is missing",
                    string.Join(", ", children.Select(c => c.Key)), $"indices 0..{children.Count - 1}");
        }

        var list = (IList)Activator.CreateInstance(listType)!;
        bool failed = false;
        for (int i = 0; i < children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            switch (Read(element, children[i], itemPath, null, out var item))
            {
                case Outcome.Value: list.Add(item); break;
                case Outcome.Missing:
                    Fail(itemPath, children[i], "null is not allowed here", "null", Describe(element, null));
                    failed = true;
                    break;
                default: failed = true; break;
            }
        }
        value = list;
        return failed ? Outcome.Failed : Outcome.Value;
    }

    private Outcome ReadScalar(Type u, string text, ConfigNode section, string path, RangeAttribute? range, out object? value)
    {
        value = null;
        if (u == typeof(string)) { value = text; return Outcome.Value; }

        if (u == typeof(bool))
        {
            if (!bool.TryParse(text, out var b)) return Fail(path, section, "expected true or false", text, "true or false");
            value = b;
            return Outcome.Value;
        }

        if (u == typeof(int) || u == typeof(long))
        {
            if (!TryParseWhole(text, out var l)) return Fail(path, section, "expected a whole number", text, Describe(u, range));
            if (!InRange(l, range)) return Fail(path, section, "out of range", text, Describe(u, range));
            if (u == typeof(int))
            {
                if (l is < int.MinValue or > int.MaxValue) return Fail(path, section, "out of range", text, Describe(u, range));
                value = (int)l;
            }
            else value = l;
            return Outcome.Value;
        }

        if (u == typeof(double))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                return Fail(path, section, "expected a number", text, Describe(u, range));
            if (!double.IsFinite(d)) return Fail(path, section, "expected a finite number", text, Describe(u, range));
            if (!InRange(d, range)) return Fail(path, section, "out of range", text, Describe(u, range));
            value = d;
            return Outcome.Value;
        }

        if (u.IsEnum)
        {
            var names = Enum.GetNames(u);
            var allowed = string.Join(", ", names);
            var t = text.Trim();
            // Enum.TryParse would accept "2" or "Hibah,SocialAid"; scenario files must use a single name.
            if (t.Length > 0 && (char.IsDigit(t[0]) || t[0] is '-' or '+'))
                return Fail(path, section, "expected a name, not a number", text, allowed);
            var match = names.FirstOrDefault(n => string.Equals(n, t, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var hint = DidYouMean.Suggest(t, names);
                return Fail(path, section, $"unknown {Words(u.Name)}" + (hint is null ? "" : $"; did you mean '{hint}'?"), text, allowed);
            }
            value = Enum.Parse(u, match);
            return Outcome.Value;
        }

        if (u == typeof(YearMonth))
        {
            if (!YearMonth.TryParse(text, out var ym))
            {
                // Well formed but outside the calendar the model supports: name the limit.
                var outside = YearMonth.TryParse(text.Trim().Length >= 7 ? "2000" + text.Trim()[4..] : text, out _) && text.Trim()[..4].All(char.IsAsciiDigit);
                return Fail(path, section, outside ? $"month outside the supported range {ScenarioValidator.MonthRange}" : "expected a month as YYYY-MM", text, Describe(u, range));
            }
            value = ym;
            return Outcome.Value;
        }

        throw new InvalidOperationException($"ConfigBinder does not support properties of type {u.Name} ({path})");
    }

    private static bool TryParseWhole(string text, out long value)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value)) return true;
        // JSON writers may emit whole numbers as 2e3 or 2005.0.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && double.IsFinite(d) && d == Math.Floor(d) && d >= long.MinValue && d < long.MaxValue)
        {
            value = (long)d;
            return true;
        }
        return false;
    }

    private static bool InRange(double v, RangeAttribute? range)
    {
        if (range is null) return true;
        var (min, max) = Bounds(range);
        bool aboveMin = range.MinimumIsExclusive ? v > min : v >= min;
        bool belowMax = range.MaximumIsExclusive ? v < max : v <= max;
        return aboveMin && belowMax;
    }

    internal static (double Min, double Max) Bounds(RangeAttribute range) =>
        (Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture), Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture));

    /// <summary>What a value of this type may be, in words, for the "allowed" part of a problem.</summary>
    private static string Describe(Type type, RangeAttribute? range)
    {
        var u = Nullable.GetUnderlyingType(type) ?? type;
        if (ListElementType(u) is not null) return "an array [ ... ]";
        if (IsObject(u)) return "an object with keys: " + string.Join(", ", Meta(u).Select(p => p.JsonName));
        if (u == typeof(string)) return "text";
        if (u == typeof(bool)) return "true or false";
        if (u.IsEnum) return string.Join(", ", Enum.GetNames(u));
        if (u == typeof(YearMonth)) return $"a month as YYYY-MM from {ScenarioValidator.MonthRange}, e.g. 2005-06";
        var noun = u == typeof(double) ? "a number" : "a whole number";
        if (range is null) return noun;
        var (min, max) = Bounds(range);
        // Range(0, long.MaxValue) and the like mean "no upper bound" to a user.
        return max >= 1e18 ? $"{noun} ≥ {Num(min)}" : $"{noun} between {Num(min)} and {Num(max)}";
    }

    private static string Num(double d) =>
        d.ToString(Math.Abs(d) >= 1e6 ? "0.###E+0" : "G", CultureInfo.InvariantCulture);

    /// <summary>"CooperationFormat" → "cooperation format".</summary>
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private void UnknownKey(ConfigNode child, string path, PropertyMeta[] props)
    {
        var known = props.Select(p => p.JsonName).ToList();
        var hint = DidYouMean.Suggest(child.Key, known);
        Add($"{path}.{child.Key}", child.Path, $"unknown key '{child.Key}'" + (hint is null ? "" : $"; did you mean '{hint}'?"),
            null, string.Join(", ", known));
    }

    private Outcome Fail(string path, ConfigNode section, string message, string? value, string? allowed)
    {
        Add(path, section.Path, message, value, allowed);
        return Outcome.Failed;
    }

    private void Add(string path, string key, string message, string? value, string? allowed) =>
        _problems.Add(new ScenarioProblem(path, message, value, allowed) { Source = _sourceOf(key) });

    private static string Join(string key, string name) => key.Length == 0 ? name : key + ":" + name;

    private static bool LooksLikeArray(IReadOnlyList<ConfigNode> children) =>
        children.All(c => c.Key.Length > 0 && c.Key.All(char.IsAsciiDigit));

    private static Type? ListElementType(Type t) =>
        t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : null;

    private static bool IsObject(Type t) => t.IsClass && t != typeof(string) && ListElementType(t) is null;

    private static PropertyMeta[] Meta(Type type) => MetaCache.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
        .Select(p => new PropertyMeta(
            p,
            JsonNamingPolicy.CamelCase.ConvertName(p.Name),
            p.GetCustomAttribute<RequiredAttribute>() is not null,
            p.GetCustomAttribute<RangeAttribute>()))
        .ToArray());
}
