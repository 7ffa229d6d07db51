namespace KadSim.Experiments.Designs;

/// <summary>Where the k levels of a <see cref="FullGrid"/> dimension sit in the unit interval.</summary>
public enum GridPlacement
{
    /// <summary>
    /// Levels j/(k − 1), j = 0..k − 1: the range endpoints are included, which is what an
    /// experimenter listing "low, mid, high" usually means. A single level (k = 1) sits at ½.
    /// </summary>
    Endpoints = 0,

    /// <summary>Levels (j + ½)/k, the centres of k equal cells: every point stays inside [0, 1).</summary>
    Centres = 1,
}
