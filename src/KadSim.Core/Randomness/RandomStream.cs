namespace KadSim.Randomness;

/// <summary>
/// Named streams of randomness. Each process draws from its own stream so that adding a draw in one
/// process never shifts the numbers another process sees. Values are part of the reproducibility
/// contract: never renumber, only append.
/// </summary>
public enum RandomStream : uint
{
    Initialization = 1,
    Election = 2,
    Successor = 3,
    Meeting = 4,
    Dues = 5,
    ProvinceGrant = 6,
    BanResponse = 7,
    Programme = 8,
    Auction = 9,
    Contract = 10,
    Membership = 11,
    Sanction = 12,
    Generator = 13,
    Conflict = 14,
    Rivalry = 15,
    Staff = 16,
}
