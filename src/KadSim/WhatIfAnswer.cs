using System.Globalization;
using KadSim.Charts.Reports;
using KadSim.Notebooks;

namespace KadSim;

/// <summary>
/// Baseline vs what-if on the same seeds (paired runs): survival probability in each, with Wilson 95% intervals, and
/// the paired difference with its 95% interval — the numbers <c>kadsim report --whatif</c> prints.
/// </summary>
[TypeFormatterSource(typeof(KadFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed class WhatIfAnswer
{
    internal WhatIfAnswer(KadEnsemble baseline, KadEnsemble whatIf)
    {
        if (baseline.Runs != whatIf.Runs || baseline.Seed != whatIf.Seed)
            throw new ArgumentException($"a what-if compares paired runs: both ensembles need the same seed and number of runs (baseline: {baseline.Runs} runs from seed {baseline.Seed}; what-if: {whatIf.Runs} from seed {whatIf.Seed})");
        Baseline = baseline;
        WhatIf = whatIf;
        (Difference, DifferenceLow, DifferenceHigh) = ReportText.PairedDifference(baseline.Data.NeverDormant, whatIf.Data.NeverDormant);
    }

    public KadEnsemble Baseline { get; }
    public KadEnsemble WhatIf { get; }

    /// <summary>Survival probability (never dormant) of the baseline.</summary>
    public Proportion BaselineSurvival => Baseline.Survival;

    /// <summary>Survival probability (never dormant) of the what-if.</summary>
    public Proportion WhatIfSurvival => WhatIf.Survival;

    /// <summary>What-if minus baseline survival probability (a share, −1..1).</summary>
    public double Difference { get; }

    /// <summary>Lower end of the paired 95% interval of <see cref="Difference"/>.</summary>
    public double DifferenceLow { get; }

    /// <summary>Upper end of the paired 95% interval of <see cref="Difference"/>.</summary>
    public double DifferenceHigh { get; }

    /// <summary>What-if minus baseline mean years active.</summary>
    public double YearsActiveDifference => WhatIf.MeanYearsActive - Baseline.MeanYearsActive;

    /// <summary>The answer in words.</summary>
    public override string ToString()
    {
        string verb = Difference > 0 ? "rises" : Difference < 0 ? "falls" : "stays";
        string body = Baseline.Scenario.Body;
        return string.Create(CultureInfo.InvariantCulture,
            $"Survival probability of {body} (the share of runs in which it never goes dormant) {verb} from {BaselineSurvival} in the baseline " +
            $"to {WhatIfSurvival} with {WhatIf.Label}: a difference of {Pp(Difference)} percentage points (95% CI {Pp(DifferenceLow)} to {Pp(DifferenceHigh)}) " +
            $"over {Baseline.Runs} paired runs. The body stays active {Baseline.MeanYearsActive:0.0} years on average in the baseline and {WhatIf.MeanYearsActive:0.0} years with {WhatIf.Label}.");
    }

    private static string Pp(double share)
    {
        double v = Math.Round(100 * share, 1);
        return !double.IsFinite(v) ? "–" : v == 0 ? "0.0" : (v > 0 ? "+" : "") + v.ToString("0.0", CultureInfo.InvariantCulture);
    }
}
