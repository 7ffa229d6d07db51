using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>
/// Checks what field types and ranges cannot: required values, dates in order, unique ids and
/// references between entities. Works on scenarios from files and from code alike: for scenarios built in
/// code it also checks what the file loader checks while binding (every number finite and within its
/// <see cref="RangeAttribute"/>, months within 1900–2200, enum values defined, no null lists or objects).
/// Size limits (the Max… constants) are checked first, so an absurd scenario is refused before the
/// engine allocates anything for it (docs/reliability.md).
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Most months × regions of a run (rows of region_ticks).</summary>
    public const long MaxRegionTicks = 20_000_000;

    /// <summary>Most months × memberships of a run (the event log grows with it).</summary>
    public const long MaxMemberTicks = 20_000_000;

    /// <summary>Most regions in a scenario.</summary>
    public const int MaxRegions = 10_000;

    /// <summary>Most cooperation bodies in a scenario.</summary>
    public const int MaxBodies = 2_000;

    /// <summary>Most members of one body (trust among members grows with its square).</summary>
    public const int MaxMembersPerBody = 1_000;

    /// <summary>Most memberships, summed over all bodies.</summary>
    public const int MaxMemberships = 100_000;

    /// <summary>Most directed trust relations: ordered pairs of co-members summed over bodies, plus explicit trust entries.</summary>
    public const long MaxTrustPairs = 5_000_000;

    /// <summary>Most items of any other list of a scenario (provinces, donors, grants, events, programmes, dues, schedules, trust, …).</summary>
    public const int MaxListItems = 100_000;

    /// <summary>First and last months a scenario may use (<see cref="YearMonth.IsValid"/>): 1900-01 to 2200-12, so a run has at most 3,612 months.</summary>
    public const string MonthRange = "1900-01 to 2200-12";

    public static IReadOnlyList<ScenarioProblem> Validate(ScenarioSpec s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var p = new List<ScenarioProblem>();
        // Shape and ranges first (a scenario built in code may hold nulls, NaN or months such as 9999-01);
        // then sizes. Either kind of problem makes the checks below meaningless or costly, so stop there.
        Walk(s, "$", p);
        if (p.Count > 0) return p;
        if (Limits(s, p)) return p;

        if (string.IsNullOrWhiteSpace(s.Name)) p.Add(new("$.name", "a scenario needs a name", Allowed: "non-empty text"));
        if (s.Start is null) p.Add(new("$.start", "missing start month", Allowed: "YYYY-MM"));
        if (s.End is null) p.Add(new("$.end", "missing end month", Allowed: "YYYY-MM"));
        if (s.Start is { } st && s.End is { } en)
        {
            if (en < st) p.Add(new("$.end", $"end is before start {st}", en.ToString(), $"a month on or after {st}"));
        }

        var regionIds = UniqueIds(s.Regions, r => r.Id, "$.regions", p);
        var provinceIds = UniqueIds(s.Provinces, x => x.Id, "$.provinces", p);
        var bodyIds = UniqueIds(s.Bodies, b => b.Id, "$.bodies", p);
        UniqueIds(s.Donors, d => d.Id, "$.donors", p);

        if (s.Regions.Count == 0) p.Add(new("$.regions", "a scenario needs at least one region", "[]"));
        if (s.Bodies.Count == 0) p.Add(new("$.bodies", "a scenario needs at least one cooperation body", "[]"));

        for (int i = 0; i < s.Regions.Count; i++)
        {
            var r = s.Regions[i];
            if (r.Province is not null) Ref(r.Province, provinceIds, $"$.regions[{i}].province", "province", p);
        }

        for (int b = 0; b < s.Bodies.Count; b++)
        {
            var body = s.Bodies[b];
            var path = $"$.bodies[{b}]";
            if (body.Founded is null) p.Add(new($"{path}.founded", "missing founding month", Allowed: "YYYY-MM"));
            if (body.Members.Count < 2) p.Add(new($"{path}.members", "a cooperation body needs at least two members", body.Members.Count.ToString(), "2 or more members"));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int m = 0; m < body.Members.Count; m++)
            {
                var mem = body.Members[m];
                var mp = $"{path}.members[{m}]";
                if (mem.Region is null) { p.Add(new($"{mp}.region", "missing member region id", Allowed: Choices(regionIds))); continue; }
                Ref(mem.Region, regionIds, $"{mp}.region", "region", p);
                if (!seen.Add(mem.Region)) p.Add(new($"{mp}.region", $"region '{mem.Region}' is listed twice in this body", Quote(mem.Region)));
                if (mem.Joined is { } j && body.Founded is { } f && j < f)
                    p.Add(new($"{mp}.joined", $"joins before the body is founded ({f})", j.ToString(), $"{f} or later"));
                if (mem.Left is { } l && (mem.Joined ?? body.Founded) is { } from && l <= from)
                    p.Add(new($"{mp}.left", $"leaves on or before it joins ({from})", l.ToString(), $"after {from}"));
            }
            Programmes(body, path, p);
            int? prevYear = null;
            for (int d = 0; d < body.Dues.Count; d++)
            {
                var step = body.Dues[d];
                if (step.From is null) p.Add(new($"{path}.dues[{d}].from", "missing first fiscal year", Allowed: "a year such as 2005"));
                if (step.Amount is null) p.Add(new($"{path}.dues[{d}].amount", "missing amount", Allowed: "Rupiah ≥ 0"));
                if (step.From is { } y)
                {
                    if (prevYear is { } py && y <= py) p.Add(new($"{path}.dues[{d}].from", $"dues steps must be in increasing years; previous step is {py}", y.ToString(), $"a year after {py}"));
                    prevYear = y;
                }
            }
        }

        for (int v = 0; v < s.Provinces.Count; v++)
            Grants(s.Provinces[v].Grants, $"$.provinces[{v}].grants", bodyIds, p);
        for (int d = 0; d < s.Donors.Count; d++)
            Grants(s.Donors[d].Grants, $"$.donors[{d}].grants", bodyIds, p);

        for (int e = 0; e < s.Events.Count; e++)
        {
            var ev = s.Events[e];
            var path = $"$.events[{e}]";
            if (ev.Date is null) p.Add(new($"{path}.date", "missing date", Allowed: "YYYY-MM"));
            if (ev.Type is null) { p.Add(new($"{path}.type", "missing event type", Allowed: Choices(Enum.GetNames<RuleEventType>()))); continue; }
            switch (ev.Type)
            {
                case RuleEventType.CloseChannel or RuleEventType.OpenChannel when ev.Channel is null:
                    p.Add(new($"{path}.channel", $"{ev.Type} needs a channel", Allowed: Choices(Enum.GetNames<BudgetChannel>())));
                    break;
                case RuleEventType.SetProvinceWill:
                    if (ev.Province is null) p.Add(new($"{path}.province", "SetProvinceWill needs a province", Allowed: Choices(provinceIds)));
                    else Ref(ev.Province, provinceIds, $"{path}.province", "province", p);
                    if (ev.Value is null) p.Add(new($"{path}.value", "SetProvinceWill needs a value", Allowed: "0..1"));
                    break;
            }
        }

        var formats = new HashSet<CooperationFormat>();
        for (int f = 0; f < s.Formats.Count; f++)
        {
            if (s.Formats[f].Format is not { } fmt) p.Add(new($"$.formats[{f}].format", "missing format", Allowed: Choices(Enum.GetNames<CooperationFormat>())));
            else if (!formats.Add(fmt)) p.Add(new($"$.formats[{f}].format", $"format {fmt} is overridden twice", fmt.ToString(), "each format once"));
        }
        for (int k = 0; k < s.Central.Incentives.Count; k++)
        {
            var inc = s.Central.Incentives[k];
            var ip = $"$.central.incentives[{k}]";
            if (inc.Start is null) p.Add(new($"{ip}.start", "missing start month", Allowed: "YYYY-MM"));
            if (inc.AmountPerYear is null) p.Add(new($"{ip}.amountPerYear", "missing amount", Allowed: "Rupiah ≥ 0"));
            if (inc.Start is { } a && inc.End is { } b && b < a) p.Add(new($"{ip}.end", $"incentive ends before it starts ({a})", b.ToString(), $"{a} or later"));
        }

        for (int t = 0; t < s.Trust.Count; t++)
        {
            var tr = s.Trust[t];
            if (tr.From is null) p.Add(new($"$.trust[{t}].from", "missing region id", Allowed: Choices(regionIds)));
            else Ref(tr.From, regionIds, $"$.trust[{t}].from", "region", p);
            if (tr.To is null) p.Add(new($"$.trust[{t}].to", "missing region id", Allowed: Choices(regionIds)));
            else Ref(tr.To, regionIds, $"$.trust[{t}].to", "region", p);
            if (tr.From is not null && tr.From == tr.To) p.Add(new($"$.trust[{t}].to", "a region's trust in itself is not modelled", Quote(tr.To)));
            if (tr.Value is null) p.Add(new($"$.trust[{t}].value", "missing trust value", Allowed: "0..1"));
        }

        return p;
    }

    /// <summary>Throws <see cref="ScenarioException"/> listing every problem, if there are any.</summary>
    public static void ThrowIfInvalid(ScenarioSpec s)
    {
        var problems = Validate(s);
        if (problems.Count > 0) throw new ScenarioException(problems);
    }

    private static void Programmes(BodySpec body, string path, List<ScenarioProblem> p)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < body.Programmes.Count; k++)
        {
            var pr = body.Programmes[k];
            var pp = $"{path}.programmes[{k}]";
            if (string.IsNullOrWhiteSpace(pr.Id)) p.Add(new($"{pp}.id", "missing programme id", Allowed: "non-empty text"));
            else if (!ids.Add(pr.Id)) p.Add(new($"{pp}.id", $"duplicate programme id '{pr.Id}' in this body", Quote(pr.Id), "ids unique within the body"));
            if (pr.Type is null) p.Add(new($"{pp}.type", "missing programme type", Allowed: Choices(Enum.GetNames<ProgrammeType>())));
            if (pr.Start is { } a && pr.End is { } b && b < a) p.Add(new($"{pp}.end", $"programme ends before it starts ({a})", b.ToString(), $"{a} or later"));
            Months(pr.HarvestMonths, $"{pp}.harvestMonths", p);
            Months(pr.RecurringMonths, $"{pp}.recurringMonths", p);
            if (pr.Type == ProgrammeType.Auction && pr.Schedule.Count == 0 && pr.RecurringMonths.Count == 0)
                p.Add(new($"{pp}.schedule", "an auction programme needs a schedule or recurringMonths", "[]", "months such as \"2004-04\", or recurringMonths such as [4, 8]"));
            for (int d = 1; d < pr.Schedule.Count; d++)
                if (pr.Schedule[d] <= pr.Schedule[d - 1])
                    p.Add(new($"{pp}.schedule[{d}]", $"auction months must be in increasing order; previous is {pr.Schedule[d - 1]}", pr.Schedule[d].ToString(), $"after {pr.Schedule[d - 1]}"));
        }
    }

    private static void Months(List<int> months, string path, List<ScenarioProblem> p)
    {
        for (int k = 0; k < months.Count; k++)
            if (months[k] is < 1 or > 12) p.Add(new($"{path}[{k}]", "not a calendar month", months[k].ToString(), "1..12"));
    }

    private static void Grants(List<GrantSpec> grants, string path, HashSet<string> bodyIds, List<ScenarioProblem> p)
    {
        for (int g = 0; g < grants.Count; g++)
        {
            var gr = grants[g];
            var gp = $"{path}[{g}]";
            if (gr.Body is null) p.Add(new($"{gp}.body", "missing body id", Allowed: Choices(bodyIds)));
            else Ref(gr.Body, bodyIds, $"{gp}.body", "body", p);
            if (gr.Start is null) p.Add(new($"{gp}.start", "missing start month", Allowed: "YYYY-MM"));
            if (gr.End is null) p.Add(new($"{gp}.end", "missing end month", Allowed: "YYYY-MM"));
            if (gr.Start is { } a && gr.End is { } b && b < a) p.Add(new($"{gp}.end", $"grant ends before it starts ({a})", b.ToString(), $"{a} or later"));
            if (gr.Total is null) p.Add(new($"{gp}.total", "missing total amount", Allowed: "Rupiah ≥ 0"));
        }
    }

    private static HashSet<string> UniqueIds<T>(List<T> items, Func<T, string?> id, string path, List<ScenarioProblem> p)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var v = id(items[i]);
            if (string.IsNullOrWhiteSpace(v)) p.Add(new($"{path}[{i}].id", "missing id", Allowed: "non-empty text"));
            else if (!set.Add(v)) p.Add(new($"{path}[{i}].id", $"duplicate id '{v}'", Quote(v), "ids unique within " + path));
        }
        return set;
    }

    private static void Ref(string value, HashSet<string> known, string path, string what, List<ScenarioProblem> p)
    {
        if (known.Contains(value)) return;
        // Edit distances cost length × length per candidate: suggest only among few, short names.
        var hint = value.Length <= 64 && known.Count <= 1000 ? DidYouMean.Suggest(value, known.Where(k => k.Length <= 64)) : null;
        var msg = $"unknown {what} '{value}'" + (hint is null ? "" : $"; did you mean '{hint}'?");
        p.Add(new(path, msg, Quote(value), Choices(known)));
    }

    private static string Quote(string? s) => s is null ? "null" : $"\"{s}\"";

    // ---- Size limits

    /// <summary>Adds a problem for each size limit exceeded; true if any was.</summary>
    private static bool Limits(ScenarioSpec s, List<ScenarioProblem> p)
    {
        int before = p.Count;
        Count(s.Regions.Count, MaxRegions, "$.regions", "regions", nameof(MaxRegions), p);
        Count(s.Bodies.Count, MaxBodies, "$.bodies", "bodies", nameof(MaxBodies), p);
        Count(s.Provinces.Count, MaxListItems, "$.provinces", "provinces", nameof(MaxListItems), p);
        Count(s.Donors.Count, MaxListItems, "$.donors", "donors", nameof(MaxListItems), p);
        Count(s.Events.Count, MaxListItems, "$.events", "events", nameof(MaxListItems), p);
        Count(s.Trust.Count, MaxListItems, "$.trust", "trust entries", nameof(MaxListItems), p);
        Count(s.Formats.Count, MaxListItems, "$.formats", "format overrides", nameof(MaxListItems), p);
        Count(s.Central.Incentives.Count, MaxListItems, "$.central.incentives", "incentives", nameof(MaxListItems), p);
        for (int v = 0; v < s.Provinces.Count; v++)
            Count(s.Provinces[v].Grants.Count, MaxListItems, $"$.provinces[{v}].grants", "grants", nameof(MaxListItems), p);
        for (int d = 0; d < s.Donors.Count; d++)
            Count(s.Donors[d].Grants.Count, MaxListItems, $"$.donors[{d}].grants", "grants", nameof(MaxListItems), p);

        long memberships = 0, pairs = s.Trust.Count;
        for (int b = 0; b < s.Bodies.Count; b++)
        {
            var body = s.Bodies[b];
            int m = body.Members.Count;
            Count(m, MaxMembersPerBody, $"$.bodies[{b}].members", "members", nameof(MaxMembersPerBody), p);
            Count(body.Dues.Count, MaxListItems, $"$.bodies[{b}].dues", "dues steps", nameof(MaxListItems), p);
            Count(body.Programmes.Count, MaxListItems, $"$.bodies[{b}].programmes", "programmes", nameof(MaxListItems), p);
            for (int k = 0; k < body.Programmes.Count; k++)
            {
                var pr = body.Programmes[k];
                Count(pr.Schedule.Count, MaxListItems, $"$.bodies[{b}].programmes[{k}].schedule", "auction months", nameof(MaxListItems), p);
                Count(pr.RecurringMonths.Count, MaxListItems, $"$.bodies[{b}].programmes[{k}].recurringMonths", "months", nameof(MaxListItems), p);
                Count(pr.HarvestMonths.Count, MaxListItems, $"$.bodies[{b}].programmes[{k}].harvestMonths", "months", nameof(MaxListItems), p);
            }
            memberships += m;
            pairs += (long)m * Math.Max(0, m - 1);
        }
        if (memberships > MaxMemberships)
            p.Add(new("$.bodies", $"{memberships:N0} memberships in all bodies, over the limit of {MaxMemberships:N0} ({nameof(ScenarioValidator)}.{nameof(MaxMemberships)})",
                memberships.ToString(CultureInfo.InvariantCulture), $"at most {MaxMemberships:N0}"));
        if (pairs > MaxTrustPairs)
            p.Add(new("$.bodies", $"{pairs:N0} trust relations (ordered pairs of co-members, plus trust entries), over the limit of {MaxTrustPairs:N0} ({nameof(ScenarioValidator)}.{nameof(MaxTrustPairs)})",
                pairs.ToString(CultureInfo.InvariantCulture), "fewer or smaller bodies"));

        if (s.Start is { } st && s.End is { } en && en >= st)
        {
            long months = st.MonthsUntil(en) + 1;
            if (months * s.Regions.Count > MaxRegionTicks)
                p.Add(new("$.end", $"run too large: {months:N0} months × {s.Regions.Count:N0} regions = {months * s.Regions.Count:N0} region-months, over the limit of {MaxRegionTicks:N0} ({nameof(ScenarioValidator)}.{nameof(MaxRegionTicks)})",
                    en.ToString(), "a shorter run or fewer regions"));
            if (months * memberships > MaxMemberTicks)
                p.Add(new("$.end", $"run too large: {months:N0} months × {memberships:N0} memberships = {months * memberships:N0} member-months, over the limit of {MaxMemberTicks:N0} ({nameof(ScenarioValidator)}.{nameof(MaxMemberTicks)})",
                    en.ToString(), "a shorter run or fewer memberships"));
        }
        return p.Count > before;
    }

    private static void Count(int n, int max, string path, string what, string limit, List<ScenarioProblem> p)
    {
        if (n > max)
            p.Add(new(path, $"{n:N0} {what}, over the limit of {max:N0} ({nameof(ScenarioValidator)}.{limit})", n.ToString(CultureInfo.InvariantCulture), $"at most {max:N0}"));
    }

    // ---- Shape and ranges (what binding checks for files; a scenario built in code skips binding)

    private sealed record Member(PropertyInfo Info, string Name, Type Type, Type? Element, RangeAttribute? Range);

    private static readonly ConcurrentDictionary<Type, Member[]> MembersOf = new();

    private static Member[] Describe(Type type) => MembersOf.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(x => x.CanRead && x.GetIndexParameters().Length == 0)
        .Select(x => new Member(x, JsonNamingPolicy.CamelCase.ConvertName(x.Name), x.PropertyType,
            x.PropertyType.IsGenericType && x.PropertyType.GetGenericTypeDefinition() == typeof(List<>) ? x.PropertyType.GetGenericArguments()[0] : null,
            x.GetCustomAttribute<RangeAttribute>()))
        .ToArray());

    private static bool IsSpec(Type t) => t.IsClass && t != typeof(string) && t.Namespace == typeof(ScenarioSpec).Namespace;

    /// <summary>Null lists and objects, numbers that are not finite or outside their [Range], months outside <see cref="MonthRange"/>, undefined enum values.</summary>
    private static void Walk(object obj, string path, List<ScenarioProblem> p)
    {
        foreach (var m in Describe(obj.GetType()))
        {
            if (p.Count >= 100) return; // enough to act on
            var value = m.Info.GetValue(obj);
            var at = $"{path}.{m.Name}";
            if (m.Element is { } element)
            {
                if (value is not IList list) { p.Add(new(at, "missing list (null)", "null", "a list, possibly empty")); continue; }
                // Sizes are checked later; do not walk what is too big to check item by item.
                if (list.Count > MaxListItems) continue;
                for (int i = 0; i < list.Count && p.Count < 100; i++)
                {
                    var item = list[i];
                    if (item is null) p.Add(new($"{at}[{i}]", "null item", "null", IsSpec(element) ? "an object" : "a value"));
                    else if (IsSpec(element)) Walk(item, $"{at}[{i}]", p);
                    else Value(item, element, null, $"{at}[{i}]", p);
                }
                continue;
            }
            if (IsSpec(m.Type))
            {
                if (value is null) p.Add(new(at, "missing object (null)", "null", "an object, possibly empty"));
                else Walk(value, at, p);
                continue;
            }
            if (value is not null) Value(value, Nullable.GetUnderlyingType(m.Type) ?? m.Type, m.Range, at, p);
        }
    }

    private static void Value(object value, Type type, RangeAttribute? range, string path, List<ScenarioProblem> p)
    {
        switch (value)
        {
            case double d:
                if (!double.IsFinite(d)) p.Add(new(path, "expected a finite number", d.ToString(CultureInfo.InvariantCulture), Allowed(range)));
                else if (!InRange(d, range)) p.Add(new(path, "out of range", d.ToString("R", CultureInfo.InvariantCulture), Allowed(range)));
                break;
            case int i when !InRange(i, range):
                p.Add(new(path, "out of range", i.ToString(CultureInfo.InvariantCulture), Allowed(range)));
                break;
            case long l when !InRange(l, range):
                p.Add(new(path, "out of range", l.ToString(CultureInfo.InvariantCulture), Allowed(range)));
                break;
            case YearMonth ym when !ym.IsValid:
                p.Add(new(path, $"month outside the supported range {MonthRange}", $"year {ym.Year}, month {ym.Month}", $"a month from {MonthRange}"));
                break;
            case Enum when type.IsEnum && !Enum.IsDefined(type, value):
                p.Add(new(path, "undefined value", value.ToString(), string.Join(", ", Enum.GetNames(type))));
                break;
        }
    }

    private static bool InRange(double v, RangeAttribute? range)
    {
        if (range is null) return true;
        double min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture), max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        bool aboveMin = range.MinimumIsExclusive ? v > min : v >= min;
        bool belowMax = range.MaximumIsExclusive ? v < max : v <= max;
        return aboveMin && belowMax;
    }

    private static string? Allowed(RangeAttribute? range) => range is null ? "a finite number" : string.Create(CultureInfo.InvariantCulture,
        $"a number between {Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture):G} and {Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture):G}");

    internal static string Choices(IEnumerable<string> items)
    {
        var list = items.Take(12).ToList();
        return list.Count == 0 ? "(none defined)" : string.Join(", ", list);
    }
}
