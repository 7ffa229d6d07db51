using KadSim.Engine;
using KadSim.Events;
using KadSim.Scenario;
using KadSim.State;
using KadSim.Time;

namespace KadSim.Tests.Core;

/// <summary>Each process on a small world where its outcome is known.</summary>
public class ProcessTests
{
    private static Simulation RunMonths(ScenarioSpec spec, int months, ulong seed = 1)
    {
        var sim = new Simulation(spec, seed);
        for (int t = 0; t < months; t++) sim.Step();
        return sim;
    }

    [Fact]
    public void TimelineFoundsBodyJoinsAndLeavesMembersOnTheirDates()
    {
        var spec = TestScenarios.Simple(members: 3);
        spec.Bodies[0].Founded = YearMonth.Parse("2003-04");
        spec.Bodies[0].Members[2].Joined = YearMonth.Parse("2004-01");
        spec.Bodies[0].Members[0].Left = YearMonth.Parse("2005-01");
        var sim = new Simulation(spec, 1);
        for (int t = 0; t < 3; t++) sim.Step();
        Assert.Equal(BodyStatus.Proposed, sim.World.Bodies.Status[0]);
        sim.Step(); // 2003-04
        Assert.Equal(BodyStatus.Active, sim.World.Bodies.Status[0]);
        Assert.Equal(2, sim.World.Bodies.ActiveMembers[0]);
        while (sim.World.Tick < 12) sim.Step(); // 2004-01
        Assert.Equal(3, sim.World.Bodies.ActiveMembers[0]);
        while (sim.World.Tick < 24) sim.Step(); // 2005-01
        Assert.Equal(2, sim.World.Bodies.ActiveMembers[0]);
        Assert.False(sim.World.Members.Active[0]);
        Assert.Equal(1, sim.World.Events.CountOf(EventKind.MemberLeft));
    }

    [Fact]
    public void HeadAtTermLimitIsAlwaysReplacedAndCommitmentResets()
    {
        var spec = TestScenarios.Simple(members: 4, commitment: 0.9);
        spec.Elections.FirstDirectElection = YearMonth.Parse("2004-01");
        foreach (var r in spec.Regions) { r.HeadTerm = 2; r.SocialCapital = 0; }
        spec.Parameters.SuccessorCommitmentMean = 0.3;
        spec.Parameters.SuccessorCommitmentSpread = 0.1;
        var sim = RunMonths(spec, 13);
        var r0 = sim.World.Regions;
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(2, r0.HeadId[i]);
            Assert.Equal(1, r0.HeadTerm[i]);
            Assert.InRange(r0.BaselineCommitment[i], 0.2, 0.4);
            Assert.Equal(sim.World.Calendar.TickOf(YearMonth.Parse("2009-01")), r0.NextElectionTick[i]);
        }
        Assert.Equal(4, sim.World.Events.CountOf(EventKind.HeadReplaced));
    }

    [Fact]
    public void SocialCapitalCarriesCommitmentAcrossSuccession()
    {
        var spec = TestScenarios.Simple(members: 3, commitment: 0.9);
        spec.Elections.FirstDirectElection = YearMonth.Parse("2004-01");
        foreach (var r in spec.Regions) { r.HeadTerm = 2; r.SocialCapital = 1; }
        spec.Parameters.SocialCapitalContinuity = 1;
        spec.Parameters.LearningRate = 0;
        spec.Parameters.CommitmentRelaxation = 0;
        spec.Parameters.MeetingCommitmentGain = 0;
        spec.Parameters.FailedMeetingCommitmentLoss = 0;
        var sim = RunMonths(spec, 13);
        for (int i = 0; i < 3; i++) Assert.Equal(0.9, sim.World.Regions.Commitment[i], 9);
    }

    [Fact]
    public void WithoutTurnoverNoHeadIsEverReplaced()
    {
        var spec = TestScenarios.Simple(members: 5);
        spec.Elections.Turnover = false;
        var sim = RunMonths(spec, 120);
        Assert.Equal(0, sim.World.Events.CountOf(EventKind.HeadReplaced));
        Assert.True(sim.World.Events.CountOf(EventKind.ElectionNoTurnover) >= 5);
        Assert.All(sim.World.Regions.HeadId, id => Assert.Equal(1, id));
    }

    [Fact]
    public void CommittedHeadsMeetAndBuildTrustWhileAbsentHeadsFailQuorum()
    {
        var keen = TestScenarios.Simple(members: 4, commitment: 1.0);
        keen.Parameters.AttendanceMax = 1;
        keen.Elections.Turnover = false;
        var sim = RunMonths(keen, 30);
        Assert.True(sim.World.Events.CountOf(EventKind.MeetingHeld) >= 4);
        Assert.Equal(0, sim.World.Events.CountOf(EventKind.MeetingFailedQuorum));
        double initial = FormatProfile.For(CooperationFormat.Sekber).InitialTrust;
        Assert.True(sim.World.Trust.Trust(0, 1) > initial + 0.1, $"trust {sim.World.Trust.Trust(0, 1)}");

        var absent = TestScenarios.Simple(members: 4, commitment: 0.0);
        absent.Elections.Turnover = false;
        absent.Bodies[0].InitialFunds = 1e9; // nobody pays: keep the body funded so meetings stay due
        var sim2 = RunMonths(absent, 30);
        Assert.Equal(0, sim2.World.Events.CountOf(EventKind.MeetingHeld));
        var failed = sim2.World.Events.AsSpan().ToArray().Where(e => e.Kind == EventKind.MeetingFailedQuorum).Select(e => e.Tick).ToArray();
        Assert.True(failed.Length >= 2, $"failed meetings: {failed.Length}");
        // After a failed meeting the convener waits two intervals.
        Assert.Equal(2 * sim2.World.Bodies.MeetingInterval[0], failed[1] - failed[0]);
    }

    [Fact]
    public void ClosedChannelStopsMembersWhoFearTheLawAndSwitchersMove()
    {
        var spec = TestScenarios.Simple(members: 3, commitment: 1.0);
        spec.Elections.Turnover = false;
        spec.Bodies[0].Members[0].BanResponse = BanResponse.Stop;
        spec.Bodies[0].Members[1].BanResponse = BanResponse.KeepPaying;
        spec.Bodies[0].Members[2].BanResponse = BanResponse.SwitchChannel;
        spec.Events.Add(new RuleEventSpec { Date = YearMonth.Parse("2005-01"), Type = RuleEventType.CloseChannel, Channel = BudgetChannel.Hibah });
        var sim = RunMonths(spec, 60);
        var paidAfter = sim.World.Events.AsSpan().ToArray()
            .Where(e => e.Kind == EventKind.DuesPaid && sim.World.Calendar.YearAt(e.Tick) >= 2005).GroupBy(e => e.Region).ToDictionary(g => g.Key, g => g.Count());
        Assert.False(paidAfter.ContainsKey(0));
        Assert.Equal(3, paidAfter[1]);
        Assert.Equal(3, paidAfter[2]);
        Assert.Equal(BudgetChannel.SkpdProgramme, sim.World.Members.Channel[2]);
        var missed = sim.World.Events.AsSpan().ToArray().Where(e => e.Kind == EventKind.DuesMissed).ToArray();
        Assert.All(missed, e => Assert.Equal((int)MissReason.ChannelClosed, e.Detail));
        // Partners lose trust in the member that stopped.
        Assert.True(sim.World.Trust.Trust(1, 0) < sim.World.Trust.Trust(1, 2));
    }

    [Fact]
    public void UncommittedHeadsRarelyPayCommittedHeadsAlmostAlways()
    {
        int Paid(double c)
        {
            var spec = TestScenarios.Simple(members: 5, commitment: c);
            spec.Elections.Turnover = false;
            spec.Parameters.CommitmentRelaxation = 0;
            spec.Parameters.MeetingCommitmentGain = 0;
            spec.Parameters.FailedMeetingCommitmentLoss = 0;
            spec.Parameters.TrustWeightInPaying = 0;
            spec.Parameters.ManagerTrustWeightInPaying = 0;
            spec.Parameters.LearningRate = 0;
            int n = 0;
            for (ulong seed = 0; seed < 20; seed++)
                n += new Simulation(spec, seed).RunToEnd().Main.DuesPayments;
            return n;
        }
        int low = Paid(0.1), high = Paid(0.9);
        // 20 runs × 5 members × 10 years = 1000 dues decisions each (while the body stays active).
        Assert.True(high > 950, $"high {high}");
        Assert.True(low < 50, $"low {low}");
    }

    [Fact]
    public void BodyWithoutIncomeGoesDormantAndAGrantRevivesIt()
    {
        var spec = TestScenarios.Simple(members: 3);
        spec.Bodies[0].Dues.Clear();
        spec.Bodies[0].InitialFunds = 25e6; // 2.5 months of cost
        spec.Parameters.DormantAfterUnfundedMonths = 3;
        spec.Donors.Add(new DonorSpec
        {
            Id = "donor",
            Grants = [new GrantSpec { Body = "body", Start = YearMonth.Parse("2005-01"), End = YearMonth.Parse("2005-12"), Total = 1.2e9 }],
        });
        var sim = new Simulation(spec, 3);
        var outcome = sim.RunToEnd();
        var status = sim.World.Events.AsSpan().ToArray().Where(e => e.Kind == EventKind.StatusChanged).ToArray();
        Assert.Equal((double)BodyStatus.Dormant, status[0].Value);
        // 2.5 months covered, then 3 unfunded months: dormant in month 5 (tick 4 or 5).
        Assert.InRange(status[0].Tick, 3, 5);
        Assert.Equal((double)BodyStatus.Active, status[1].Value);
        Assert.Equal(sim.World.Calendar.TickOf(YearMonth.Parse("2005-01")), status[1].Tick);
        Assert.Equal(2003, outcome.Main.DormantYear);
    }

    [Fact]
    public void ProvinceGrantsFollowPoliticalWill()
    {
        double Received(double will)
        {
            var spec = TestScenarios.Simple(members: 3);
            spec.Provinces.Add(new ProvinceSpec
            {
                Id = "prov",
                PoliticalWill = will,
                Grants = [new GrantSpec { Body = "body", Start = YearMonth.Parse("2003-01"), End = YearMonth.Parse("2012-12"), Total = 1.2e9 }],
            });
            double sum = 0;
            for (ulong seed = 0; seed < 30; seed++) sum += new Simulation(spec, seed).RunToEnd().Main.GrantsReceived;
            return sum / 30 / 1.2e9;
        }
        Assert.Equal(0, Received(0), 9);
        Assert.Equal(1, Received(1), 9);
        Assert.InRange(Received(0.5), 0.35, 0.65);
    }
}
