using KadSim.Events;
using KadSim.Randomness;
using KadSim.Scenario;
using KadSim.Time;

namespace KadSim.State;

/// <summary>
/// Everything one run knows: the columns of every entity, the rules in force, the clock, the keyed
/// randomness and the event log. Processes read and write it; nothing else holds model state.
/// Built from a <see cref="ScenarioSpec"/> by <see cref="WorldBuilder"/>.
/// </summary>
public sealed class World
{
    internal World(ScenarioSpec spec, Calendar calendar, KeyedRandom random, RegionColumns regions, BodyColumns bodies,
        MembershipColumns members, TrustNetwork trust, ProvinceColumns provinces, GrantColumns grants,
        ProgrammeColumns programmes, IncentiveColumns incentives, ScheduledEvent[] schedule, int eventCapacity)
    {
        Spec = spec;
        Parameters = spec.Parameters;
        Calendar = calendar;
        Random = random;
        Regions = regions;
        Bodies = bodies;
        Members = members;
        Trust = trust;
        Provinces = provinces;
        Grants = grants;
        Programmes = programmes;
        Incentives = incentives;
        Schedule = schedule;
        Events = new EventLog(eventCapacity);
        Tick = -1;
    }

    public ScenarioSpec Spec { get; }
    public ModelParameters Parameters { get; }
    public Calendar Calendar { get; }
    public KeyedRandom Random { get; }
    public RegionColumns Regions { get; }
    public BodyColumns Bodies { get; }
    public MembershipColumns Members { get; }
    public TrustNetwork Trust { get; }
    public ProvinceColumns Provinces { get; }
    public GrantColumns Grants { get; }
    public ProgrammeColumns Programmes { get; }
    public IncentiveColumns Incentives { get; }
    public RuleState Rules { get; } = new();
    public EventLog Events { get; }

    /// <summary>Compiled dated events, sorted by tick.</summary>
    internal ScheduledEvent[] Schedule { get; }
    internal int NextScheduled { get; set; }

    /// <summary>Current tick (0-based month since start); -1 before the first step.</summary>
    public int Tick { get; internal set; }
    public int Year => Calendar.YearAt(Tick);
    public int Month => Calendar.MonthAt(Tick);

    public void Log(EventKind kind, int region = -1, int body = -1, double value = 0, int detail = 0, int grant = -1) =>
        Events.Add(new SimEvent(Tick, kind, region, body, value, detail, grant));

    public int RegionIndex(string id) => Array.IndexOf(Regions.Ids, id);
    public int BodyIndex(string id) => Array.IndexOf(Bodies.Ids, id);
}
