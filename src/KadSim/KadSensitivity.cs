using System.Globalization;
using KadSim.IO.Experiments;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// A global sensitivity analysis: Sobol first-order (S1) and total-order (ST) indices with bootstrap 95% intervals,
/// or Morris μ*, μ and σ, per metric and parameter — as <c>kadsim sensitivity</c> writes to <c>sensitivity.csv</c>.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class KadSensitivity
{
    internal KadSensitivity(SensitivityMethod method, int samples, IReadOnlyList<SensitivityRow> rows, IReadOnlyList<string> metrics, KadSweep design)
    {
        Method = method;
        Samples = samples;
        Rows = rows;
        Metrics = metrics;
        Design = design;
    }

    public SensitivityMethod Method { get; }

    /// <summary>Sobol: base sample size N; Morris: trajectories.</summary>
    public int Samples { get; }

    public IReadOnlyList<SensitivityRow> Rows { get; }
    public IReadOnlyList<string> Metrics { get; }

    /// <summary>The design's runs (a sweep folder: runs/, sweep.json, plan.json, sensitivity.csv).</summary>
    public KadSweep Design { get; }

    /// <summary>The rows of one metric, most influential parameter first (by ST for Sobol, μ* for Morris).</summary>
    public IReadOnlyList<SensitivityRow> For(string metric) =>
        [.. Rows.Where(r => r.Metric == metric).OrderByDescending(r => Method == SensitivityMethod.Sobol ? r.ST : r.MuStar).ThenBy(r => r.Parameter, StringComparer.Ordinal)];

    /// <summary>The most influential parameter for <paramref name="metric"/>.</summary>
    public string MostInfluential(string metric) => For(metric)[0].Parameter;

    /// <summary>What matters for one metric, in words.</summary>
    public string Describe(string metric)
    {
        var rows = For(metric);
        if (rows.Count == 0) return $"{metric}: not analysed";
        var c = CultureInfo.InvariantCulture;
        if (Method == SensitivityMethod.Morris)
            return $"{metric}: {string.Join("; ", rows.Select(r => string.Create(c, $"{r.Parameter} μ* {r.MuStar:G3} (σ {r.Sigma:G3})")))} — larger μ* means a larger effect over the parameter's range; σ large against μ* means interactions or non-linearity.";
        if (rows.All(r => !double.IsFinite(r.ST)))
            return $"{metric}: does not vary across the design, so none of {string.Join(", ", rows.Select(r => r.Parameter))} changes it.";
        var top = rows[0];
        var text = string.Create(c, $"{metric}: {top.Parameter} matters most — with its interactions it accounts for {P(top.ST)} of the variance across runs (total-order index ST, 95% CI {P(top.STLow)} to {P(top.STHigh)})");
        var others = rows.Skip(1).Select(r => string.Create(c, $"{r.Parameter} {P(r.ST)}")).ToList();
        if (others.Count > 0) text += "; then " + string.Join(", ", others);
        var minor = rows.Where(r => r.STHigh < 0.05).Select(r => r.Parameter).ToList();
        if (minor.Count > 0) text += $". {string.Join(" and ", minor)} hardly matter{(minor.Count == 1 ? "s" : "")} (ST below 5% even at the top of the interval)";
        double widest = rows.Max(r => r.S1High - r.S1Low);
        if (widest <= 0.5)
            text += string.Create(c, $". Alone (first order, S1), {top.Parameter} explains {P(top.S1)} (95% CI {P(top.S1Low)} to {P(top.S1High)})");
        else
            text += string.Create(c, $". The first-order indices (S1) are too uncertain at this sample size to separate main effects from interactions (their 95% intervals are up to {P(widest)} wide)");
        return text + ".";
    }

    public override string ToString() =>
        $"{Method} sensitivity, {(Method == SensitivityMethod.Sobol ? "N" : "r")} = {Samples}: {Design.Points:N0} design points × {Design.Replications} replications = {Design.Runs:N0} runs." +
        Environment.NewLine + string.Join(Environment.NewLine, Metrics.Select(Describe));

    private static string P(double share) => double.IsFinite(share) ? (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";
}
