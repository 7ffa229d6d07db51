namespace KadSim.Scenario;

/// <summary>What a member does when the channel it pays dues through is closed (brief §1, 2011: "some members keep paying, others stop").</summary>
public enum BanResponse
{
    /// <summary>Stops paying for fear of legal trouble.</summary>
    Stop,
    /// <summary>Keeps paying through the closed channel.</summary>
    KeepPaying,
    /// <summary>Moves its dues to the member's alternative channel, if that channel is open.</summary>
    SwitchChannel,
}
