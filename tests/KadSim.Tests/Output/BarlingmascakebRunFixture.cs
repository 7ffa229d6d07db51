using KadSim.IO.Output;
using KadSim.IO.Scenarios;
using KadSim.Scenario;

namespace KadSim.Tests.Output;

/// <summary>One traced run of BARLINGMASCAKEB shared by the read-back tests.</summary>
public sealed class BarlingmascakebRunFixture : IDisposable
{
    public BarlingmascakebRunFixture()
    {
        // The override sets the default value: the run is the plain scenario, but the manifest has an override to record.
        Spec = ScenarioLoader.LoadOrThrow(OutputTestSupport.BarlingmascakebPath, null, [Override]);
        Dir = OutputTestSupport.NewTempDir("trace");
        Result = TraceRun.Run(Spec, Dir, new RunRequest
        {
            ScenarioFiles = [OutputTestSupport.BarlingmascakebPath],
            Overrides = [Override],
        });
    }

    public const string Override = "parameters:quorumShare=0.5";

    public ScenarioSpec Spec { get; }
    public string Dir { get; }
    public RunResult Result { get; }

    public string PathOf(string table) => Path.Combine(Dir, table);

    public void Dispose() => OutputTestSupport.DeleteQuietly(Dir);
}
