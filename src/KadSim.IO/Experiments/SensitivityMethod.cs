namespace KadSim.IO.Experiments;

/// <summary>Global sensitivity analysis methods.</summary>
public enum SensitivityMethod
{
    /// <summary>Variance-based first- and total-order indices, Saltelli design (Saltelli et al. 2010), bootstrap CIs.</summary>
    Sobol,
    /// <summary>Elementary effects screening (Morris 1991; μ* of Campolongo et al. 2007).</summary>
    Morris,
}
