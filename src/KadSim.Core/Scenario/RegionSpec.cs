using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using KadSim.Time;

namespace KadSim.Scenario;

/// <summary>A kabupaten or kota and its head (brief §2).</summary>
public sealed class RegionSpec
{
    [Required, Description("Unique id used to refer to the region elsewhere in the scenario, e.g. 'banyumas'.")]
    public string? Id { get; set; }

    [Description("Display name, e.g. 'Kabupaten Banyumas'.")]
    public string? Name { get; set; }

    [Description("Kabupaten (district) or Kota (city).")]
    public RegionKind Kind { get; set; } = RegionKind.Kabupaten;

    [Description("Id of the province the region lies in.")]
    public string? Province { get; set; }

    [Range(0, 1e16), Description("Annual budget (APBD) in Rupiah.")]
    public double Apbd { get; set; } = 1e12;

    [Range(0, 1), Description("Initial commitment of the head to cooperation, 0..1 (brief §4.1).")]
    public double Commitment { get; set; } = 0.6;

    [Range(0, 1), Description("Social capital carried by civil society and business associations, 0..1 (brief §4.8).")]
    public double SocialCapital { get; set; } = 0.5;

    [Range(0, 1), Description("Competence and availability of cooperation staff, 0..1 (brief §4.11).")]
    public double StaffCapacity { get; set; } = 0.5;

    [Description("Month of the region's next head election; default: elections.firstDirectElection.")]
    public YearMonth? NextElection { get; set; }

    [Range(1, 10), Description("Term the head in office at the start is serving (1 = first term).")]
    public int HeadTerm { get; set; } = 1;

    [Range(0, 1), Description("Memory of failed cooperation (losses, conflict), 0..1: makes heads reluctant (brief §4.13).")]
    public double FailureMemory { get; set; }

    [Description("A newly split-off region (pemekaran): reluctant to cooperate (brief §4.13).")]
    public bool NewlySplit { get; set; }
}
