using KadSim.State;

namespace KadSim.Observation;

/// <summary>
/// Monthly series of one body in one run, for ensemble charts (mean and 5–95% bands across runs):
/// compact columns, one value per tick. Filled by <see cref="SeriesRecorder"/>.
/// </summary>
public sealed class BodySeries
{
    public BodySeries(int ticks)
    {
        Ticks = ticks;
        Status = new byte[ticks];
        Funds = new double[ticks];
        DuesIncome = new double[ticks];
        AuctionValue = new double[ticks];
        Benefit = new double[ticks];
        MeanCommitment = new double[ticks];
        MeanTrust = new double[ticks];
        Attendance = new double[ticks];
        ManagerTrust = new double[ticks];
        Stage = new byte[ticks];
    }

    public int Ticks { get; }
    /// <summary><see cref="BodyStatus"/> per tick.</summary>
    public byte[] Status { get; }
    public double[] Funds { get; }
    public double[] DuesIncome { get; }
    public double[] AuctionValue { get; }
    public double[] Benefit { get; }
    public double[] MeanCommitment { get; }
    public double[] MeanTrust { get; }
    public double[] Attendance { get; }
    public double[] ManagerTrust { get; }
    /// <summary><see cref="Scenario.NetworkStage"/> per tick.</summary>
    public byte[] Stage { get; }

    /// <summary>Names of the numeric series, as used in files and charts.</summary>
    public static readonly string[] Names = ["funds", "dues_income", "auction_value", "benefit", "mean_commitment", "mean_trust", "attendance", "manager_trust"];

    public double[] Series(string name) => name switch
    {
        "funds" => Funds,
        "dues_income" => DuesIncome,
        "auction_value" => AuctionValue,
        "benefit" => Benefit,
        "mean_commitment" => MeanCommitment,
        "mean_trust" => MeanTrust,
        "attendance" => Attendance,
        "manager_trust" => ManagerTrust,
        _ => throw new ArgumentException($"unknown series '{name}'; known: {string.Join(", ", Names)}"),
    };
}
