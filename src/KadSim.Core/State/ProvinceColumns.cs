namespace KadSim.State;

/// <summary>Provinces (governors) as columns.</summary>
public sealed class ProvinceColumns
{
    public ProvinceColumns(int count)
    {
        Count = count;
        Ids = new string[count];
        Names = new string[count];
        PoliticalWill = new double[count];
        Supervision = new double[count];
        SanctionAuthority = new double[count];
    }

    public int Count { get; }
    public string[] Ids { get; }
    public string[] Names { get; }
    /// <summary>0..1: yearly chance a grant line is released.</summary>
    public double[] PoliticalWill { get; }
    /// <summary>0..1: how actively the governor supervises and mediates (brief §1, 2009).</summary>
    public double[] Supervision { get; }
    /// <summary>0..1: authority to sanction breaches of programmes the province backs (brief §5).</summary>
    public double[] SanctionAuthority { get; }
}
