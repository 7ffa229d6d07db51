using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KadSim.IO;
using KadSim.Scenario;

namespace KadSim.Tests.Reliability.Fuzz;

/// <summary>One generated input: the bytes of the mutated file, optional companion files, and what was done.</summary>
internal sealed class FuzzInput
{
    public required FuzzKind Kind { get; init; }
    public required string Seed { get; init; }
    public byte[] Bytes { get; set; } = [];
    /// <summary>A mutated scenario the input points to as "../fuzz-wN-scenario.json", if any.</summary>
    public byte[]? Companion { get; set; }
    /// <summary>A design file (CSV or JSONL) the input points to, if any, and its extension.</summary>
    public (byte[] Bytes, string Extension)? Design { get; set; }
    public List<string> Steps { get; } = [];

    public string Describe() => $"{Seed}: {string.Join(" + ", Steps)}";
}

/// <summary>
/// Mutates a shipped JSON input, deterministically from a <see cref="Random"/>: type swaps, out-of-range numbers,
/// NaN and Infinity (as invalid JSON tokens and as strings), huge arrays (over the limits, with tiny items so the
/// text stays small), deep nesting, unknown and duplicate keys, broken JSON and encodings, bad dates, dangling
/// references, duplicate and path-like ids, and for plans and calibrations their own fields (parameters,
/// designs, replications, paths).
/// </summary>
internal sealed partial class JsonMutator
{
    private readonly Random _rng;
    private readonly FuzzInput _input;
    private readonly Dictionary<string, string> _raw = [];
    private readonly string _selfName;
    private readonly string _companionName;
    private readonly string _designName;

    private static readonly JsonSerializerOptions Write = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private JsonMutator(Random rng, FuzzInput input, int worker)
    {
        _rng = rng;
        _input = input;
        _selfName = $"fuzz-w{worker}.json";
        _companionName = $"../fuzz-w{worker}-scenario.json";
        _designName = $"fuzz-w{worker}";
    }

    /// <summary>Builds the input of one case.</summary>
    public static FuzzInput Create(Random rng, FuzzSeed seed, FuzzSeed companionSeed, int worker)
    {
        var input = new FuzzInput { Kind = seed.Kind, Seed = seed.Name };
        var m = new JsonMutator(rng, input, worker);
        input.Bytes = m.Mutate(seed, ops: rng.NextDouble() switch { < 0.6 => 1, < 0.85 => 2, _ => 3 });
        // Plans and calibrations sometimes point at a mutated scenario instead of a shipped one.
        if (seed.Kind is FuzzKind.Plan or FuzzKind.Calibration && rng.NextDouble() < 0.2)
        {
            var inner = new JsonMutator(rng, new FuzzInput { Kind = FuzzKind.Scenario, Seed = companionSeed.Name }, worker);
            input.Companion = inner.Mutate(companionSeed, ops: 1);
            input.Steps.Add($"scenario → mutated {companionSeed.Name} ({string.Join(" + ", inner._input.Steps)})");
            try
            {
                if (JsonNode.Parse(input.Bytes, documentOptions: FuzzSeed.ReadOptions) is JsonObject o)
                {
                    o["scenario"] = m._companionName;
                    input.Bytes = System.Text.Encoding.UTF8.GetBytes(o.ToJsonString(Write));
                }
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
            {
                // Not JSON any more (or duplicate keys): keep the input as it is.
            }
        }
        return input;
    }

    private byte[] Mutate(FuzzSeed seed, int ops)
    {
        var root = seed.Parse();
        var textOps = new List<Func<string, string>>();
        byte[]? bytesOverride = null;
        for (int k = 0; k < ops; k++)
        {
            var op = PickOperator(seed.Kind);
            switch (op)
            {
                case Op.BrokenText: textOps.Add(BrokenText); break;
                case Op.DuplicateKey: textOps.Add(DuplicateKey); break;
                case Op.Encoding: bytesOverride = null; textOps.Add(t => { bytesOverride = Encode(t); return t; }); break;
                default: Apply(op, root, seed.Kind); break;
            }
        }
        var text = root.ToJsonString(Write);
        foreach (var (placeholder, raw) in _raw) text = text.Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
        foreach (var t in textOps) text = t(text);
        return bytesOverride ?? System.Text.Encoding.UTF8.GetBytes(text);
    }

    private enum Op
    {
        TypeSwap, OutOfRange, NaNString, NaNToken, HugeArray, DeepNesting, UnknownKey, Remove, BadDate, DanglingRef,
        DuplicateId, PathLikeId, DuplicateKey, BrokenText, Encoding, PlanParameters, PlanDesign, PlanRuns, CalibrationSettings,
        PlausibleNumber,
    }

    private Op PickOperator(FuzzKind kind)
    {
        var weights = new List<(Op, int)>
        {
            (Op.TypeSwap, 12), (Op.OutOfRange, 12), (Op.NaNString, 5), (Op.NaNToken, 4), (Op.HugeArray, 6), (Op.DeepNesting, 3),
            (Op.UnknownKey, 7), (Op.Remove, 6), (Op.BadDate, 8), (Op.DanglingRef, 8), (Op.DuplicateId, 6), (Op.PathLikeId, 5),
            (Op.DuplicateKey, 2), (Op.BrokenText, 6), (Op.Encoding, 2), (Op.PlausibleNumber, 16),
        };
        if (kind == FuzzKind.Plan) weights.AddRange([(Op.PlanParameters, 12), (Op.PlanDesign, 10), (Op.PlanRuns, 6)]);
        if (kind == FuzzKind.Calibration) weights.AddRange([(Op.CalibrationSettings, 14), (Op.PlanParameters, 6)]);
        int total = weights.Sum(w => w.Item2), x = _rng.Next(total);
        foreach (var (op, w) in weights)
        {
            if (x < w) return op;
            x -= w;
        }
        return Op.TypeSwap;
    }

    // ---- Tree sites

    private sealed record Site(JsonNode Parent, string? Key, int Index, string Path)
    {
        public JsonNode? Value => Parent is JsonObject o ? o[Key!] : ((JsonArray)Parent)[Index];

        public void Set(JsonNode? value)
        {
            if (Parent is JsonObject o) o[Key!] = value;
            else ((JsonArray)Parent)[Index] = value;
        }

        public string Name => Key ?? $"[{Index}]";
    }

    private static List<Site> Sites(JsonNode root)
    {
        var list = new List<Site>();
        void Visit(JsonNode node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o.ToList())
                    {
                        var p = $"{path}.{k}";
                        list.Add(new Site(o, k, -1, p));
                        if (v is not null) Visit(v, p);
                    }
                    break;
                case JsonArray a:
                    for (int i = 0; i < a.Count; i++)
                    {
                        var p = $"{path}[{i}]";
                        list.Add(new Site(a, null, i, p));
                        if (a[i] is { } v) Visit(v, p);
                    }
                    break;
            }
        }
        Visit(root, "$");
        return list;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private Site? PickSite(JsonNode root, Func<Site, bool>? where = null)
    {
        var sites = Sites(root).Where(where ?? (_ => true)).ToList();
        return sites.Count == 0 ? null : Pick(sites);
    }

    private JsonNode RawNode(string raw)
    {
        var key = $"@@RAW{_raw.Count}@@";
        _raw[key] = raw;
        return JsonValue.Create(key);
    }

    private static bool IsNumber(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number;
    private static bool IsString(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private void Log(string step) => _input.Steps.Add(step);

    // ---- Value pools

    private static readonly string[] Strings =
    [
        "", " ", "x", "NaN", "Infinity", "-Infinity", "1e999", "true", "null", "2003-01", "../../escape", "/tmp/kadsim-fuzz-abs",
        "C:\\Windows\\x", "\u0000", "a\u0000b", "é", "😀", "a:b", "0x1F", "1,5", "٣", "-0", "+1", "1_000", "Hibah", "Sekber",
        "RegionalManagement", "regionalmanagement", "Regional Management", "2", "0.5", "1e3", "   7   ",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "1", "0.5", "1.5", "2", "3", "12", "13", "-0", "1e-320", "1e16", "1e20", "1e300", "-1e300", "1.7976931348623157e308",
        "1e400", "-1e400", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999", "1900", "2200", "2201", "1899", "0.0000001", "3.14159", "1E2", "100", "101", "120", "121",
        "1000000", "1000001", "50000001", "1e15", "1e17", "0.1", "0.999", "1.0000001", "-0.0000001", "240", "241", "600", "601",
    ];

    private static readonly string[] InvalidTokens = ["NaN", "Infinity", "-Infinity", "nan", "inf", "+1", "01", ".5", "1.", "0x10", "1e", "--1", "undefined", "None", "True", "'x'"];

    private static readonly string[] Dates =
    [
        "2003-13", "2003-00", "1899-12", "2201-01", "9999-12", "0000-01", "2003-1", "03-2003", "2003/01", "2003-02-30", "2003-02-29",
        "2004-02-29", "", " 2003-01 ", "２００３-01", "2003-01-01T00:00", "-2003-01", "+2003-01", "2003-01-32", "1900-01", "2200-12",
        "2003-01-00", "20030-01", "2003-011", "x", "12345678901", "1900-01-01", "2200-12-31",
    ];

    private static readonly string[] Paths =
    [
        "/dev/zero", "/dev/urandom", "/dev/null", "/", ".", "..", "", " ", "nonexistent.json", "../plans", "/etc/passwd", "/proc/self/status",
        "x\u0000y", "~/x.json", "C:\\x.json", "../barlingmascakeb.json", "../overlays/no-turnover.json", "../kadsim.schema.json",
        "../calibration/barlingmascakeb.json", "../plans/barlingmascakeb-lhs.json", "../../../../../../etc/hostname",
    ];

    private string RandomId(string? like) => _rng.Next(8) switch
    {
        0 => "nonexistent",
        1 => "",
        2 => " ",
        3 => like?.ToUpperInvariant() ?? "X",
        4 => like is { Length: > 2 } ? like[..^1] : "y",
        5 => new string('a', _rng.Next(2) == 0 ? 65 : 5000),
        6 => "a\u0000b",
        _ => Pick(["../x", "/abs", "a/b", "..", "😀"]),
    };

    // ---- Tree operators

    private void Apply(Op op, JsonNode root, FuzzKind kind)
    {
        switch (op)
        {
            case Op.TypeSwap: TypeSwap(root); break;
            case Op.OutOfRange: OutOfRange(root); break;
            case Op.NaNString: NaNString(root); break;
            case Op.NaNToken: NaNToken(root); break;
            case Op.HugeArray: HugeArray(root, kind); break;
            case Op.DeepNesting: DeepNesting(root); break;
            case Op.UnknownKey: UnknownKey(root); break;
            case Op.Remove: Remove(root); break;
            case Op.BadDate: BadDate(root); break;
            case Op.DanglingRef: DanglingRef(root); break;
            case Op.DuplicateId: DuplicateId(root); break;
            case Op.PathLikeId: PathLikeId(root); break;
            case Op.PlanParameters: PlanParameters(root, kind); break;
            case Op.PlanDesign: PlanDesign(root); break;
            case Op.PlanRuns: PlanRuns(root); break;
            case Op.CalibrationSettings: CalibrationSettings(root); break;
            case Op.PlausibleNumber: PlausibleNumber(root); break;
        }
    }

    private JsonNode? RandomValue() => _rng.Next(9) switch
    {
        0 => JsonValue.Create(Pick(Strings)),
        1 => RawNode(Pick(Numbers)),
        2 => JsonValue.Create(_rng.Next(2) == 0),
        3 => null,
        4 => new JsonObject(),
        5 => new JsonArray(),
        6 => new JsonObject { ["x"] = 1 },
        7 => new JsonArray(1, "a", null),
        _ => JsonValue.Create(Pick(Dates)),
    };

    private void TypeSwap(JsonNode root)
    {
        if (PickSite(root) is not { } site) return;
        var before = site.Value?.GetValueKind();
        JsonNode? v;
        int guard = 0;
        do v = RandomValue(); while (guard++ < 10 && v?.GetValueKind() == before);
        site.Set(v);
        Log($"type swap at {site.Path}");
    }

    private void OutOfRange(JsonNode root)
    {
        if (PickSite(root, s => IsNumber(s.Value)) is not { } site) { TypeSwap(root); return; }
        var raw = Pick(Numbers);
        site.Set(RawNode(raw));
        Log($"number {raw} at {site.Path}");
    }

    /// <summary>A number moved to a value that is often still allowed (a range's ends, tiny, or scaled): accepted files exercise the engine at extremes.</summary>
    private void PlausibleNumber(JsonNode root)
    {
        if (PickSite(root, s => IsNumber(s.Value)) is not { } site) { TypeSwap(root); return; }
        double old = double.Parse(site.Value!.ToJsonString(), CultureInfo.InvariantCulture);
        double v = _rng.Next(7) switch
        {
            0 => 0,
            1 => 1,
            2 => 1e-9,
            3 => 0.999999,
            4 => old * 10,
            5 => old / 10,
            _ => Math.Round(old * _rng.NextDouble(), 6),
        };
        if (old == Math.Floor(old) && _rng.Next(2) == 0) v = Math.Round(v);
        site.Set(JsonValue.Create(v));
        Log($"number {v.ToString("R", CultureInfo.InvariantCulture)} at {site.Path}");
    }

    private void NaNString(JsonNode root)
    {
        if (PickSite(root, s => IsNumber(s.Value)) is not { } site) { TypeSwap(root); return; }
        var text = Pick(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "nan", "∞", "NAN", " NaN "]);
        site.Set(JsonValue.Create(text));
        Log($"string \"{text}\" at {site.Path}");
    }

    private void NaNToken(JsonNode root)
    {
        if (PickSite(root, s => IsNumber(s.Value)) is not { } site) { TypeSwap(root); return; }
        var token = Pick(InvalidTokens);
        site.Set(RawNode(token));
        Log($"token {token} at {site.Path}");
    }

    /// <summary>An array made huge: over a limit (tiny items, so the text stays small), or moderately larger (clones, maybe with unique ids).</summary>
    private void HugeArray(JsonNode root, FuzzKind kind)
    {
        var site = PickSite(root, s => s.Value is JsonArray);
        if (site is null) return;
        var array = (JsonArray)site.Value!;
        int choice = _rng.Next(10);
        int n;
        Func<int, JsonNode?> item;
        var known = KnownLimit(site.Path);
        if (choice < 3)
        {
            n = InputLimits.MaxArrayItems + 1;
            item = _ => JsonValue.Create(0);
        }
        else if (choice < 5 && known is { } max)
        {
            n = max + 1;
            item = site.Path.EndsWith(".members", StringComparison.Ordinal) ? i => new JsonObject { ["region"] = $"m{i}" } : i => new JsonObject { ["id"] = $"i{i}" };
        }
        else
        {
            n = _rng.Next(2, kind == FuzzKind.Plan ? 12 : 60);
            bool unique = _rng.Next(2) == 0;
            var template = array.Count > 0 ? array[_rng.Next(array.Count)] : null;
            item = i =>
            {
                var clone = template?.DeepClone();
                if (unique && clone is JsonObject o && o["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String) o["id"] = id.GetValue<string>() + "-" + i;
                return clone;
            };
        }
        var big = new JsonArray();
        for (int i = 0; i < n; i++) big.Add(item(i));
        site.Set(big);
        Log($"array of {n} items at {site.Path}");
    }

    private static int? KnownLimit(string path)
    {
        if (path == "$.regions") return ScenarioValidator.MaxRegions;
        if (path == "$.bodies") return ScenarioValidator.MaxBodies;
        if (MembersPath().IsMatch(path)) return ScenarioValidator.MaxMembersPerBody;
        return null;
    }

    [GeneratedRegex(@"^\$\.bodies\[\d+\]\.members$")]
    private static partial Regex MembersPath();

    private void DeepNesting(JsonNode root)
    {
        if (PickSite(root) is not { } site) return;
        int depth = Pick([5, 30, 62, 63, 64, 65, 200, 100_000]);
        bool arrays = _rng.Next(2) == 0;
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(arrays ? "[" : "{\"a\":");
        sb.Append('1');
        for (int i = 0; i < depth; i++) sb.Append(arrays ? ']' : '}');
        site.Set(RawNode(sb.ToString()));
        Log($"{(arrays ? "arrays" : "objects")} nested {depth} deep at {site.Path}");
    }

    private void UnknownKey(JsonNode root)
    {
        var site = PickSite(root, s => s.Value is JsonObject);
        var obj = site?.Value as JsonObject ?? root as JsonObject;
        if (obj is null) return;
        var existing = obj.Select(kv => kv.Key).ToList();
        string key = _rng.Next(10) switch
        {
            0 when existing.Count > 0 => Typo(Pick(existing)),
            1 when existing.Count > 0 => Pick(existing).ToUpperInvariant(),
            2 => "$schema",
            3 => "",
            4 => "a:b",
            5 => "regions:0:id",
            6 => new string('k', 300),
            7 => "\u0000",
            8 => "__proto__",
            _ => "régions",
        };
        if (obj.ContainsKey(key)) key += "x";
        obj[key] = RandomValue();
        Log($"key \"{Short(key)}\" in {site?.Path ?? "$"}");
    }

    private string Typo(string word)
    {
        if (word.Length < 2) return word + "x";
        int i = _rng.Next(word.Length - 1);
        return _rng.Next(2) == 0 ? word.Remove(i, 1) : string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
    }

    private void Remove(JsonNode root)
    {
        if (PickSite(root) is not { } site) return;
        if (site.Parent is JsonObject o) o.Remove(site.Key!);
        else ((JsonArray)site.Parent).RemoveAt(site.Index);
        Log($"removed {site.Path}");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}")]
    private static partial Regex DateLike();

    private void BadDate(JsonNode root)
    {
        var site = PickSite(root, s => IsString(s.Value) && DateLike().IsMatch(s.Value!.GetValue<string>()));
        if (site is null) { TypeSwap(root); return; }
        switch (_rng.Next(6))
        {
            case 0:
                var number = Pick(["200301", "2003", "2003.01", "-1"]);
                site.Set(RawNode(number));
                Log($"date as number {number} at {site.Path}");
                break;
            case 1 when root is JsonObject o && o["start"] is { } s && o["end"] is { } e:
                // start and end swapped (or both the same)
                o["start"] = e.DeepClone();
                o["end"] = _rng.Next(2) == 0 ? s.DeepClone() : e.DeepClone();
                Log("start/end swapped");
                break;
            default:
                var date = Pick(Dates);
                site.Set(date);
                Log($"date \"{date}\" at {site.Path}");
                break;
        }
    }

    private static readonly HashSet<string> RefKeys = ["region", "body", "province", "from", "to"];
    private static readonly HashSet<string> PathKeys = ["scenario", "file", "overlays"];

    private void DanglingRef(JsonNode root)
    {
        var site = PickSite(root, s => IsString(s.Value) && (RefKeys.Contains(s.Key ?? "") || PathKeys.Contains(s.Key ?? "") || s.Path.Contains(".overlays[", StringComparison.Ordinal)));
        if (site is null) { Remove(root); return; }
        string value;
        if (PathKeys.Contains(site.Key ?? "") || site.Path.Contains(".overlays[", StringComparison.Ordinal))
            value = _rng.Next(8) == 0 ? _selfName : Pick(Paths);
        else value = RandomId(site.Value!.GetValue<string>());
        site.Set(value);
        Log($"reference \"{Short(value)}\" at {site.Path}");
    }

    private void DuplicateId(JsonNode root)
    {
        var arrays = Sites(root).Where(s => s.Value is JsonArray a && a.Count >= 2 && a.All(x => x is JsonObject xo && (xo.ContainsKey("id") || xo.ContainsKey("region") || xo.ContainsKey("key"))))
            .ToList();
        if (arrays.Count == 0) { HugeArray(root, FuzzKind.Scenario); return; }
        var site = Pick(arrays);
        var a = (JsonArray)site.Value!;
        int i = _rng.Next(a.Count), j = _rng.Next(a.Count - 1);
        if (j >= i) j++;
        var from = (JsonObject)a[i]!;
        var to = (JsonObject)a[j]!;
        var key = from.ContainsKey("id") ? "id" : from.ContainsKey("region") ? "region" : "key";
        to[key] = from[key]?.DeepClone();
        Log($"duplicate {key} in {site.Path}[{j}]");
    }

    /// <summary>An id renamed to something path-like, with every reference to it renamed too: a valid scenario whose names would escape a folder if they became paths.</summary>
    private void PathLikeId(JsonNode root)
    {
        var site = PickSite(root, s => s.Key == "id" && IsString(s.Value));
        if (site is null) { DanglingRef(root); return; }
        var old = site.Value!.GetValue<string>();
        var name = Pick(["../../escape-" + old, "/tmp/kadsim-fuzz-abs-" + old, "a/b", "..", ".", "con", "*", "?", "a\\b", "x\u0000y", "../" + old]);
        foreach (var s in Sites(root).Where(s => IsString(s.Value) && s.Value!.GetValue<string>() == old && (s.Key == "id" || RefKeys.Contains(s.Key ?? ""))))
            s.Set(name);
        Log($"id \"{old}\" renamed \"{Short(name)}\"");
    }

    // ---- Plans and calibrations

    private static readonly string[] ValidKeys = BuildValidKeys();

    private static string[] BuildValidKeys()
    {
        var keys = typeof(ModelParameters).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is not null)
            .Select(p => "parameters:" + JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        keys.AddRange(["regions:0:commitment", "regions:1:socialCapital", "bodies:0:complementarity", "bodies:0:operatingCostPerMonth",
            "bodies:0:duesRule", "bodies:0:format", "provinces:0:politicalWill", "elections:termMonths", "elections:turnover", "seed"]);
        return [.. keys];
    }

    private JsonObject RandomParameter(int i)
    {
        var p = new JsonObject();
        string key = _rng.Next(12) switch
        {
            0 => "nonexistent:key",
            1 => "",
            2 => "regions:99:commitment",
            3 => "start",
            4 => "regions:0",
            _ => ValidKeys[(i + _rng.Next(ValidKeys.Length)) % ValidKeys.Length],
        };
        p["key"] = key;
        switch (_rng.Next(5))
        {
            case 0:
                p["values"] = new JsonArray(Enumerable.Range(0, _rng.Next(0, 6)).Select(_ => (JsonNode?)JsonValue.Create(Pick(["0", "0.5", "1", "Equal", "BenefitProportional", "true", "x", "NaN", "2"]))).ToArray());
                break;
            case 1:
                p["min"] = RawNode(Pick(Numbers));
                p["max"] = RawNode(Pick(Numbers));
                break;
            default:
                double a = _rng.NextDouble() * 0.5, b = a + _rng.NextDouble() * 0.5;
                p["min"] = Math.Round(a, 3);
                p["max"] = Math.Round(b, 3) + 0.001;
                break;
        }
        if (_rng.Next(4) == 0) p["integer"] = true;
        if (_rng.Next(5) == 0) p["name"] = Pick(["../evil", "/abs", "run", "seed", "p", "p", "a b", "x.y", new string('n', 70), "", "ok_name"]);
        return p;
    }

    private void PlanParameters(JsonNode root, FuzzKind kind)
    {
        if (root is not JsonObject o) return;
        int n = Pick([0, 1, 2, 3, 5, 8, 39, 40, 41, 60, 101]);
        var list = new JsonArray();
        for (int i = 0; i < n; i++) list.Add(RandomParameter(i));
        if (kind == FuzzKind.Calibration)
            foreach (var p in list.OfType<JsonObject>())
                if (p["values"] is not null) { p.Remove("values"); p["min"] = 0.1; p["max"] = 0.9; }
        o["parameters"] = list;
        Log($"{n} random parameters");
    }

    private void PlanDesign(JsonNode root)
    {
        if (root is not JsonObject o) return;
        var design = new JsonObject { ["type"] = Pick<JsonNode?>(["Grid", "LatinHypercube", "Sobol", "File", "Random", 1, null, "sobol"]) };
        if (_rng.Next(4) != 0) design["points"] = RawNode(Pick(["1", "2", "7", "64", "100", "0", "-5", "1000000", "1000001", "2.5", "5000"]));
        if (_rng.Next(3) == 0) design["levels"] = RawNode(Pick(["1", "2", "3", "10", "1000", "1001"]));
        if (design["type"]?.ToString() == "File" || _rng.Next(5) == 0)
        {
            bool jsonl = _rng.Next(2) == 0;
            design["file"] = _rng.Next(4) == 0 ? Pick(Paths) : _designName + (jsonl ? ".jsonl" : ".csv");
            _input.Design = (RandomDesignFile(o, jsonl), jsonl ? ".jsonl" : ".csv");
        }
        o["design"] = design;
        Log($"design {Short(Unraw(design.ToJsonString()))}");
    }

    private byte[] RandomDesignFile(JsonObject plan, bool jsonl)
    {
        var names = (plan["parameters"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(p => p["name"]?.ToString() ?? p["key"]?.ToString()?.Split(':')[^1] ?? "x").ToList();
        if (_rng.Next(5) == 0) names.Add("extra");
        if (names.Count > 0 && _rng.Next(5) == 0) names.RemoveAt(0);
        int rows = Pick([0, 1, 3, 20]);
        var sb = new StringBuilder();
        string Cell() => Pick(["0.1", "0.5", "0.9", "1", "Equal", "x", "", "NaN", "1e999", "-1", "\"q\""]);
        if (jsonl)
        {
            for (int r = 0; r < rows; r++)
            {
                var obj = new JsonObject();
                foreach (var n in names.Distinct()) obj[n] = _rng.Next(3) == 0 ? JsonValue.Create(Cell()) : RawJsonValue(Cell());
                sb.Append(_rng.Next(15) == 0 ? "{broken" : obj.ToJsonString()).Append('\n');
            }
        }
        else
        {
            sb.Append(string.Join(',', names)).Append('\n');
            for (int r = 0; r < rows; r++) sb.Append(string.Join(',', names.Select(_ => Cell()).Take(_rng.Next(10) == 0 ? 1 : names.Count))).Append('\n');
        }
        return System.Text.Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static JsonNode? RawJsonValue(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(cell);

    private void PlanRuns(JsonNode root)
    {
        if (root is not JsonObject o) return;
        switch (_rng.Next(5))
        {
            case 0: o["replications"] = RawNode(Pick(["0", "1", "2", "1000000", "1000001", "50000001", "-1", "1.5"])); break;
            case 1: o["seed"] = RawNode(Pick(["0", "-1", "9223372036854775807", "9223372036854775808", "1.5"])); break;
            case 2: o["set"] = new JsonArray(Enumerable.Range(0, _rng.Next(1, 4)).Select(_ => (JsonNode?)JsonValue.Create(Pick(
                ["regions:0:commitment=1.5", "=", "a", "::=1", "regions:0=5", "start=9999-01", "end=2200-12", "regions:99:id=x",
                 "bodies:0:members:0:region=../x", "seed=5", "parameters:quorumShare=0.6", "regions:0:commitment=NaN", " : =1"]))).ToArray()); break;
            case 3: o["outputs"] = new JsonObject { ["traces"] = _rng.Next(2) == 0 }; break;
            default: o["commonRandomNumbers"] = _rng.Next(2) == 0; break;
        }
        Log("plan runs/set/outputs changed");
    }

    private void CalibrationSettings(JsonNode root)
    {
        if (root is not JsonObject o) return;
        switch (_rng.Next(4))
        {
            case 0:
                o["abc"] = new JsonObject { ["samples"] = RawNode(Pick(["0", "1", "2", "10", "1000000", "1000001"])), ["accept"] = RawNode(Pick(["0", "1e-9", "0.5", "1", "1.5"])) };
                break;
            case 1:
                o["optimizer"] = new JsonObject { ["method"] = Pick(["NelderMead", "None", "Newton"]), ["maxIterations"] = RawNode(Pick(["0", "1", "5", "1000000", "1000001"])) };
                break;
            case 2:
                o["replications"] = RawNode(Pick(["0", "1", "3", "100000", "100001"]));
                break;
            default:
                o["targets"] = new JsonArray(Enumerable.Range(0, _rng.Next(0, 4)).Select(_ => (JsonNode?)new JsonObject
                {
                    ["metric"] = Pick(["auction_value_2004_2009", "auction_value_2009_2004", "auction_count_1_99999999999", "dormant_year", "x", "", "years_active", "auction_count_2004_2009"]),
                    ["value"] = RawNode(Pick(["0", "1", "2011", "1e300"])),
                    ["scale"] = RawNode(Pick(["0", "-1", "1e-300", "1", "1e300"])),
                    ["statistic"] = Pick(["Mean", "Median", "Mode"]),
                }).ToArray());
                break;
        }
        o["abc"] ??= new JsonObject();
        // Keep accepted calibrations cheap to check: the oracle runs only the base scenario and one sample.
        Log("calibration settings changed");
    }

    // ---- Text operators

    private string BrokenText(string text)
    {
        if (text.Length == 0) return "{";
        int i = _rng.Next(text.Length);
        switch (_rng.Next(10))
        {
            case 0: Log($"truncated at {i}"); return text[..i];
            case 1: Log($"char {i} deleted"); return text.Remove(i, 1);
            case 2:
                var c = Pick([",", ":", "{", "}", "[", "]", "\"", "\\", "/*", "//", "\n"]);
                Log($"'{c}' inserted at {i}");
                return text.Insert(i, c);
            case 3: Log("garbage at end"); return text + Pick(["}", "]]", "x", ",", "{}", "\"", "\n// comment", "/* open comment"]);
            case 4: Log("garbage at start"); return Pick(["x", "]", ",", "\uFEFF\uFEFF", "//"]) + text;
            case 5: Log("whole file replaced"); return Pick(["", "   ", "null", "[]", "\"str\"", "42", "{", "{}", "true", "/* */", "{\"\":1}"]);
            case 6: Log("trailing commas and comments (valid)"); return text.Replace("\n}", ",\n// end\n}", StringComparison.Ordinal);
            case 7: Log("quotes → single quotes"); return text.Replace("\"name\"", "'name'", StringComparison.Ordinal);
            case 8: Log("control character inserted"); return text.Insert(i, Pick(["\u0001", "\t", "\u007f", "\u2028"]));
            default: Log("duplicated text"); return text.Insert(i, text.Substring(i, Math.Min(40, text.Length - i)));
        }
    }

    private string DuplicateKey(string text)
    {
        int i = text.IndexOf('{', StringComparison.Ordinal);
        if (i < 0) return text;
        var entry = Pick(["\"seed\": 3,", "\"Seed\": 3,", "\"name\": \"dup\",", "\"NAME\": \"dup\",", "\"regions\": [],", "\"Parameters\": {},", "\"scenario\": \"x.json\","]);
        Log($"key inserted: {entry}");
        return text.Insert(i + 1, entry);
    }

    private byte[] Encode(string text)
    {
        switch (_rng.Next(5))
        {
            case 0: Log("UTF-16 LE with BOM"); return [.. new UnicodeEncoding(false, true).GetPreamble(), .. new UnicodeEncoding(false, true).GetBytes(text)];
            case 1: Log("UTF-8 BOM (valid)"); return [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)];
            case 2:
                var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                int i = _rng.Next(bytes.Length);
                bytes[i] = Pick<byte>([0xFF, 0xC0, 0x80, 0xFE, 0x00]);
                Log($"byte {bytes[i]:X2} at {i}");
                return bytes;
            case 3: Log("Latin-1 text"); return System.Text.Encoding.Latin1.GetBytes(text.Replace("name", "nämé", StringComparison.Ordinal));
            default: Log("UTF-32"); return System.Text.Encoding.UTF32.GetBytes(text);
        }
    }

    private string Unraw(string s)
    {
        foreach (var (placeholder, raw) in _raw) s = s.Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
        return s;
    }

    private static string Short(string s)
    {
        s = s.Replace("\u0000", "\\0", StringComparison.Ordinal);
        return s.Length > 60 ? s[..60] + "…" : s;
    }
}
