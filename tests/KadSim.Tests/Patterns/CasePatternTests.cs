using KadSim.Events;
using KadSim.Scenario;
using KadSim.State;
using Xunit.Abstractions;
using static KadSim.Tests.Patterns.PatternHelpers;
using Ens = KadSim.Experiments.Ensemble;

namespace KadSim.Tests.Patterns;

/// <summary>P2–P7 of brief §7 and the robustness of P1 to key assumptions, each over an ensemble of 200 seeds.</summary>
public class CasePatternTests(ITestOutputHelper output)
{
    [Fact]
    public void P2_KartamantulSurvivesTenYearsAcrossSuccessions_TiedToSocialCapitalAndSharedPriorities()
    {
        var runs = Ens.Run(Load("kartamantul"), Runs, 1);
        double survives = Share(runs, s => s.Main.MonthsActive >= 120 && s.Main.DormantYear is null or >= 2011);
        double successions = runs.Where(s => s.Main.DormantYear is null).Average(s => s.HeadTurnovers);
        double netBenefit = runs.Average(s => s.Main.BenefitsDelivered - s.Main.DuesCollected);
        var weak = Ens.Run(Load("kartamantul", [],
            [.. Enumerable.Range(0, 3).SelectMany(i => new[] { $"regions:{i}:socialCapital=0.2", $"bodies:0:members:{i}:priority=0.3" })]), Runs, 1);
        double neverDormant = Share(runs, s => s.Main.DormantYear is null), weakNeverDormant = Share(weak, s => s.Main.DormantYear is null);
        double commitment = runs.Average(s => s.Main.FinalMeanCommitment), weakCommitment = weak.Average(s => s.Main.FinalMeanCommitment);
        output.WriteLine($"Kartamantul survives 10+ years: {survives:P1} (head turnovers in never-dormant runs {successions:F1}); never dormant in 20 years {neverDormant:P1}; benefits − dues {netBenefit / 1e9:F1} milyar; final commitment {commitment:F2}");
        output.WriteLine($"with low social capital and priorities: never dormant {weakNeverDormant:P1}, final commitment {weakCommitment:F2}");
        Assert.True(survives >= 0.85, $"survival {survives:P1}");
        Assert.True(successions >= 2, "survival should span successions");
        Assert.True(netBenefit > 0, "the shared-priority services should pay off");
        Assert.True(weakNeverDormant <= neverDormant - 0.2, "durability should depend on social capital and shared priorities");
    }

    [Fact]
    public void P3_KedungsepurPersistsNominallyWithLittleJointAction()
    {
        var runs = Ens.Run(Load("kedungsepur"), Runs, 1);
        var kartamantul = Ens.Run(Load("kartamantul"), Runs, 1);
        double persists = Share(runs, s => s.Main.FinalStatus == BodyStatus.Active && s.Main.MonthsActive >= 0.9 * s.Ticks);
        double action = Share(runs, s => s.Main.HighestStage == NetworkStage.Action);
        double benefitPerMonth = runs.Average(s => s.Main.BenefitsDelivered / s.Ticks);
        double kBenefitPerMonth = kartamantul.Average(s => s.Main.BenefitsDelivered / s.Ticks);
        output.WriteLine($"Kedungsepur active to the end: {persists:P1}; dues {runs.Max(s => s.Main.DuesCollected)}; reached action {action:P1}; benefit per month {benefitPerMonth / 1e6:F1} juta vs Kartamantul {kBenefitPerMonth / 1e6:F1} juta; final commitment {runs.Average(s => s.Main.FinalMeanCommitment):F2}");
        Assert.True(persists >= 0.9);
        Assert.All(runs, s => Assert.Equal(0, s.Main.DuesCollected));
        Assert.Equal(0, action);
        Assert.True(benefitPerMonth < 0.1 * kBenefitPerMonth, "joint action should be small");
    }

    private static readonly double[] UnequalPotentials = [0.3, 0.6, 1.0, 1.6, 2.5];

    /// <summary>Members alike (commitment, election month, priority) but for their potential: only benefit differs.</summary>
    private static string[] Unequal() => [.. UnequalPotentials.SelectMany((p, k) => new[]
    {
        FormattableString.Invariant($"bodies:0:members:{k}:potential={p}"),
        $"bodies:0:members:{k}:priority=0.5",
        $"regions:{k}:commitment=0.65",
        $"regions:{k}:nextElection=2005-06",
    })];

    /// <summary>Unwilling misses per member, and the year each member stopped paying (missed two years running), or int.MaxValue.</summary>
    private static (int[] Misses, int[] FirstMiss) Unwilling(KadSim.Engine.Simulation sim)
    {
        sim.RunToEnd();
        var misses = new int[5];
        var missedYears = Enumerable.Range(0, 5).Select(_ => new SortedSet<int>()).ToArray();
        foreach (var e in sim.World.Events.AsSpan())
        {
            if (e.Kind != EventKind.DuesMissed || e.Detail != (int)MissReason.Unwilling) continue;
            misses[e.Region]++;
            missedYears[e.Region].Add(sim.World.Calendar.YearAt(e.Tick));
        }
        var stopped = missedYears.Select(ys => ys.FirstOrDefault(y => ys.Contains(y + 1), int.MaxValue)).ToArray();
        return (misses, stopped);
    }

    [Fact]
    public void P4_LowestBenefitMembersStopPayingFirst_ProportionalDuesReduceDefection()
    {
        var equal = Ens.Map(Load("barlingmascakeb", ["no-hibah-ban"], Unequal()), Runs, 1, Unwilling);
        var proportional = Ens.Map(Load("barlingmascakeb", ["no-hibah-ban", "proportional-dues"], Unequal()), Runs, 1, Unwilling);
        double[] missRate = [.. Enumerable.Range(0, 5).Select(k => equal.Average(r => r.Misses[k]))];
        // "Stopping" = missing two years running. Among runs where both the lowest- and highest-benefit members stop, who stops first?
        var both = equal.Where(r => r.FirstMiss[0] < int.MaxValue && r.FirstMiss[4] < int.MaxValue).ToList();
        double lowFirst = both.Count == 0 ? double.NaN : Share(both, r => r.FirstMiss[0] < r.FirstMiss[4]);
        double onlyLow = Share(equal, r => r.FirstMiss[0] < int.MaxValue && r.FirstMiss[4] == int.MaxValue);
        double onlyHigh = Share(equal, r => r.FirstMiss[4] < int.MaxValue && r.FirstMiss[0] == int.MaxValue);
        double totalEqual = equal.Average(r => r.Misses.Sum()), totalProp = proportional.Average(r => r.Misses.Sum());
        output.WriteLine($"unwilling misses per member (potential {string.Join(", ", UnequalPotentials)}): {string.Join(", ", missRate.Select(x => x.ToString("F2")))}");
        output.WriteLine($"lowest stops first in {lowFirst:P1} of {both.Count} runs where both stop; only the lowest stops {onlyLow:P1}, only the highest {onlyHigh:P1}; total misses equal {totalEqual:F2} vs proportional {totalProp:F2}");
        Assert.True(missRate[0] > 1.5 * missRate[4], "the lowest-benefit member should defect clearly more than the highest");
        // "First" across the ensemble: by every year, more runs have seen the lowest-benefit member stop than the highest.
        var stoppedLow = new List<double>();
        var stoppedHigh = new List<double>();
        for (int year = 2005; year <= 2022; year++)
        {
            stoppedLow.Add(Share(equal, r => r.FirstMiss[0] <= year));
            stoppedHigh.Add(Share(equal, r => r.FirstMiss[4] <= year));
        }
        output.WriteLine($"share of runs in which the member has stopped, 2008/2012/2016/2020: lowest {stoppedLow[3]:P0}/{stoppedLow[7]:P0}/{stoppedLow[11]:P0}/{stoppedLow[15]:P0}, highest {stoppedHigh[3]:P0}/{stoppedHigh[7]:P0}/{stoppedHigh[11]:P0}/{stoppedHigh[15]:P0}");
        Assert.True(onlyLow > 2 * onlyHigh + 0.1, "the lowest-benefit member should be the one that stops paying");
        // Early stops (before benefits differ, around the 2005 elections) are symmetric noise; once the
        // auctions pay, the lowest-benefit member's stopping pulls ahead and stays ahead.
        foreach (int year in new[] { 2012, 2016, 2020 })
            Assert.True(stoppedLow[year - 2005] >= stoppedHigh[year - 2005] + 0.2, $"by {year} the lowest-benefit member should clearly have stopped more often");
        Assert.True(totalProp < 0.8 * totalEqual, "proportional dues should reduce defection by at least a fifth");
    }

    [Fact]
    public void P5_ProfessionalStartsFasterAndMoreTrusted_BureaucraticDeliversMoreIntegrated()
    {
        var professional = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], ["bodies:0:format=RegionalManagement"]), Runs, 1);
        var bureaucratic = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], ["bodies:0:format=Bkad"]), Runs, 1);
        double startP = professional.Average(s => s.Main.FirstYearCapacity), startB = bureaucratic.Average(s => s.Main.FirstYearCapacity);
        double trustP = professional.Average(s => s.Main.EarlyManagerTrust), trustB = bureaucratic.Average(s => s.Main.EarlyManagerTrust);
        double execP = professional.Average(s => s.Main.MeanExecution), execB = bureaucratic.Average(s => s.Main.MeanExecution);
        double lateP = professional.Average(s => s.Main.FinalManagerTrust);
        output.WriteLine($"first-year capacity professional {startP:F2} vs bureaucratic {startB:F2}; manager trust after 2 years {trustP:F2} vs {trustB:F2} (professional at the end {lateP:F2}); mean execution {execP:F2} vs {execB:F2}");
        Assert.True(startP > startB + 0.05, "professional management should start faster");
        Assert.True(trustP > trustB + 0.1, "professional management should be trusted more at first");
        Assert.True(lateP < trustP, "trust in a professional manager without SKPD integration should decay");
        Assert.True(execB > 1.15 * execP, "bureaucratic management should deliver more integrated execution");
    }

    [Fact]
    public void P6_SanctionAuthorityRaisesRealisationAndLowersBreaches()
    {
        var without = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"]), Runs, 1);
        var with = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], ["bodies:0:programmes:0:provinceSanctions=true"]), Runs, 1);
        double rWithout = without.Average(s => s.Main.RealisationRate), rWith = with.Average(s => s.Main.RealisationRate);
        double breachWithout = without.Average(s => s.Main.AuctionValue - s.Main.AuctionRealised) / without.Average(s => s.Main.AuctionValue);
        double breachWith = with.Average(s => s.Main.AuctionValue - s.Main.AuctionRealised) / with.Average(s => s.Main.AuctionValue);
        output.WriteLine($"realisation without sanctions {rWithout:P1}, with the province's sanctions {rWith:P1}; breached share {breachWithout:P1} → {breachWith:P1}");
        Assert.True(rWith > rWithout + 0.1);
        Assert.True(breachWith < 0.7 * breachWithout);
    }

    [Fact]
    public void P7_TrustAndSocialCapitalLowerTransactionCostsAndRaiseSurvival()
    {
        // A harder world than the case (no ban, but a costlier body) so that survival is in doubt.
        string[] Sets(double sc, double trust) => [.. Enumerable.Range(0, 5).Select(i => FormattableString.Invariant($"regions:{i}:socialCapital={sc}")),
            FormattableString.Invariant($"bodies:0:initialTrust={trust}"), "bodies:0:operatingCostPerMonth=60e6"];
        var low = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], Sets(0.15, 0.3)), Runs, 1);
        var high = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], Sets(0.8, 0.8)), Runs, 1);
        double costLow = low.Average(s => s.Main.MeanCostFactor), costHigh = high.Average(s => s.Main.MeanCostFactor);
        double surviveLow = Share(low, s => s.Main.DormantYear is null), surviveHigh = Share(high, s => s.Main.DormantYear is null);
        double activeLow = low.Average(s => s.Main.MonthsActive), activeHigh = high.Average(s => s.Main.MonthsActive);
        output.WriteLine($"cost factor low {costLow:F2} vs high trust and social capital {costHigh:F2}; never dormant {surviveLow:P1} vs {surviveHigh:P1}; months active {activeLow:F0} vs {activeHigh:F0}");
        Assert.True(costHigh < costLow - 0.1, "trust and social capital should lower transaction costs");
        Assert.True(activeHigh > activeLow + 12, "trust and social capital should raise survival");
        Assert.True(surviveHigh > surviveLow);
    }

    public static TheoryData<string> Assumptions => new()
    {
        "parameters:reelectionProbability=0.3", "parameters:reelectionProbability=0.7",
        "parameters:successorCommitmentMean=0.3", "parameters:successorCommitmentMean=0.5",
        "parameters:learningRate=0.08", "parameters:learningRate=0.2",
        "parameters:aspiration=0.5", "parameters:aspiration=1.5",
        "parameters:payThreshold=0.3", "parameters:payThreshold=0.4",
        "parameters:suspendBelowYearShare=0.8", "parameters:suspendBelowYearShare=1.2",
        "parameters:trustBadWeight=1", "parameters:trustBadWeight=4",
        "bodies:0:operatingCostPerMonth=40e6", "bodies:0:operatingCostPerMonth=55e6",
    };

    /// <summary>
    /// A known sensitivity (docs/validation.md): with fast learning, heads give up on the body before the
    /// ban. The direction is asserted, not hidden: dormancy before 2011 rises with the learning rate.
    /// </summary>
    [Fact]
    public void P1_FasterLearningMovesDormancyBeforeTheBan()
    {
        double Before(double rate) => Share(Ens.Run(Load("barlingmascakeb", [], [FormattableString.Invariant($"parameters:learningRate={rate}")]), Runs, 1),
            s => s.Main.DormantYear is { } y && y < 2011);
        double slow = Before(0.08), mid = Before(0.15), fast = Before(0.3);
        output.WriteLine($"dormant before 2011 at learning rate 0.08: {slow:P1}, 0.15: {mid:P1}, 0.3: {fast:P1}");
        Assert.True(slow <= mid && mid < fast - 0.2);
    }

    [Theory]
    [MemberData(nameof(Assumptions))]
    public void P1_IsRobustToKeyAssumptions(string assumption)
    {
        var runs = Ens.Run(Load("barlingmascakeb", [], [assumption]), Runs, 1);
        var noBan = Ens.Run(Load("barlingmascakeb", ["no-hibah-ban"], [assumption]), Runs, 1);
        double within = Share(runs, s => s.Main.DormantYear is { } y && y >= 2011 && y <= 2012);
        double noBanWithin = Share(noBan, s => s.Main.DormantYear is { } y && y >= 2011 && y <= 2012);
        output.WriteLine($"{assumption}: dormant 2011–2012 {within:P1} (no ban {noBanWithin:P1})");
        Assert.True(within >= 0.6, $"with {assumption} only {within:P1} go dormant within about a year of the ban");
        Assert.True(noBanWithin <= within - 0.4, $"with {assumption} the ban no longer explains dormancy");
    }
}
