using KadSim.Scenario;

namespace KadSim.State;

/// <summary>Joint programmes (auctions, joint services) as columns.</summary>
public sealed class ProgrammeColumns
{
    public ProgrammeColumns(int count)
    {
        Count = count;
        Ids = new string[count];
        Body = new int[count];
        Type = new ProgrammeType[count];
        StartTick = new int[count];
        EndTick = new int[count];
        Started = new bool[count];
        AuctionTicks = new int[count][];
        NextAuction = new int[count];
        RecurringMask = new int[count];
        HarvestMask = new int[count];
        MarketSize = new double[count];
        OrganisingCost = new double[count];
        FeeRate = new double[count];
        ProvinceSanctions = new bool[count];
        SupplyPool = new double[count];
        Reputation = new double[count];
        LastAuctionTick = new int[count];
        AuctionsHeld = new int[count];
        TotalValue = new double[count];
        TotalRealised = new double[count];
        BenefitPerMonth = new double[count];
        CostPerMonth = new double[count];
        RevenuePerMonth = new double[count];
        Delivery = new double[count];
    }

    public int Count { get; }
    public string[] Ids { get; }
    public int[] Body { get; }
    public ProgrammeType[] Type { get; }
    public int[] StartTick { get; }
    /// <summary>Last tick (inclusive), or int.MaxValue.</summary>
    public int[] EndTick { get; }
    /// <summary>Acted on: the agreement behind it has been implemented (§7.16).</summary>
    public bool[] Started { get; }

    // Auction
    /// <summary>Ticks of the explicitly scheduled auctions, ascending.</summary>
    public int[][] AuctionTicks { get; }
    public int[] NextAuction { get; }
    /// <summary>Bit m-1 set: an auction is planned every year in calendar month m after the explicit schedule.</summary>
    public int[] RecurringMask { get; }
    /// <summary>Bit m-1 set: month m is a harvest month.</summary>
    public int[] HarvestMask { get; }
    public double[] MarketSize { get; }
    public double[] OrganisingCost { get; }
    public double[] FeeRate { get; }
    public bool[] ProvinceSanctions { get; }
    /// <summary>Produce gathered and waiting for the next auction, Rupiah.</summary>
    public double[] SupplyPool { get; }
    /// <summary>Market reputation: participation of buyers and sellers, 0..1.</summary>
    public double[] Reputation { get; }
    public int[] AuctionsHeld { get; }
    /// <summary>Tick of the last auction held, or int.MinValue / 2 before the first.</summary>
    public int[] LastAuctionTick { get; }
    public double[] TotalValue { get; }
    public double[] TotalRealised { get; }

    // Joint service
    public double[] BenefitPerMonth { get; }
    public double[] CostPerMonth { get; }
    public double[] RevenuePerMonth { get; }
    /// <summary>Share of the full service delivered this month, 0..1.</summary>
    public double[] Delivery { get; }
}
