using KadSim.State;

namespace KadSim.Tests.Core;

public class TrustNetworkTests
{
    [Fact]
    public void BuildsSortedDeduplicatedRowsWithPriorTrust()
    {
        var net = TrustNetwork.Build(4, [(0, 3), (0, 1), (0, 3), (2, 0), (1, 1)], (f, t) => f == 0 ? 0.75 : 0.25, priorStrength: 4);
        Assert.Equal([0, 2, 2, 3, 3], net.RowStart);
        Assert.Equal([1, 3, 0], net.Target);
        Assert.Equal(0.75, net.Trust(0, 3), 12);
        Assert.Equal(0.25, net.Trust(2, 0), 12);
        Assert.Equal(-1, net.Find(1, 0));
        Assert.True(double.IsNaN(net.Trust(3, 0)));
        Assert.Equal(4, net.Alpha[0] + net.Beta[0], 12);
    }

    [Fact]
    public void BadNewsMovesTrustMoreThanGoodNews()
    {
        var net = TrustNetwork.Build(2, [(0, 1), (1, 0)], (_, _) => 0.5, 4);
        net.Observe(0, 0.95, good: 1, bad: 0);
        net.Observe(1, 0.95, good: 0, bad: 2);
        double up = net.TrustAt(0) - 0.5, down = 0.5 - net.TrustAt(1);
        Assert.True(up > 0 && down > up, $"up {up}, down {down}");
    }
}
