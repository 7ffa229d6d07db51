using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>
/// Checks what field types and ranges cannot: required values, dates in order, unique ids and
/// references between entities. Works on scenarios from files and from code alike.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Largest run the engine accepts: months × regions, to fail before allocating (see docs/model.md).</summary>
    public const long MaxRegionTicks = 2_000_000_000;

    public static IReadOnlyList<ScenarioProblem> Validate(ScenarioSpec s)
    {
        var p = new List<ScenarioProblem>();
        if (string.IsNullOrWhiteSpace(s.Name)) p.Add(new("$.name", "a scenario needs a name", Allowed: "non-empty text"));
        if (s.Start is null) p.Add(new("$.start", "missing start month", Allowed: "YYYY-MM"));
        if (s.End is null) p.Add(new("$.end", "missing end month", Allowed: "YYYY-MM"));
        if (s.Start is { } st && s.End is { } en)
        {
            if (en < st) p.Add(new("$.end", $"end is before start {st}", en.ToString(), $"a month on or after {st}"));
            else if ((long)st.MonthsUntil(en) * Math.Max(1, s.Regions.Count) > MaxRegionTicks)
                p.Add(new("$.end", $"run too large: {st.MonthsUntil(en) + 1} months × {s.Regions.Count} regions exceeds the limit of {MaxRegionTicks:N0} region-months", en.ToString()));
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
        var hint = DidYouMean.Suggest(value, known);
        var msg = $"unknown {what} '{value}'" + (hint is null ? "" : $"; did you mean '{hint}'?");
        p.Add(new(path, msg, Quote(value), Choices(known)));
    }

    private static string Quote(string? s) => s is null ? "null" : $"\"{s}\"";

    internal static string Choices(IEnumerable<string> items)
    {
        var list = items.Take(12).ToList();
        return list.Count == 0 ? "(none defined)" : string.Join(", ", list);
    }
}
