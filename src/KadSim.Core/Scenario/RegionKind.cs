namespace KadSim.Scenario;

/// <summary>Kabupaten (district) or kota (city).</summary>
public enum RegionKind
{
    Kabupaten,
    Kota,
}
