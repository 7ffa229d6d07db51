using KadSim.Experiments.Designs;

namespace KadSim.Tests.Experiments;

public class DesignTests
{
    [Fact]
    public void FullGridHasProductSizeAndRowMajorOrderWithEndpoints()
    {
        var grid = FullGrid.Create([2, 3]);
        Assert.Equal(6, grid.Count);
        Assert.Equal(2, grid.Dimensions);
        double[][] expected = [[0, 0], [0, 0.5], [0, 1], [1, 0], [1, 0.5], [1, 1]];
        Assert.Equal(expected, grid.Points);

        Assert.Equal(4 * 1 * 5 * 2, FullGrid.Create([4, 1, 5, 2]).Count);
        Assert.Equal([0.5], FullGrid.Create([1]).Points[0]);
    }

    [Fact]
    public void FullGridCentresStayInsideTheUnitInterval()
    {
        var grid = FullGrid.Create([2, 3], GridPlacement.Centres);
        Assert.Equal([0.25, 1 / 6.0], grid.Points[0]);
        Assert.Equal([0.25, 0.5], grid.Points[1]);
        Assert.Equal([0.75, 5 / 6.0], grid.Points[5]);
    }

    [Theory]
    [InlineData(GridPlacement.Endpoints)]
    [InlineData(GridPlacement.Centres)]
    public void GridLevelsMapBackToTheirIndex(GridPlacement placement)
    {
        for (int k = 1; k <= 12; k++)
        {
            for (int l = 0; l < k; l++) Assert.Equal(l, Design.ToIndex(FullGrid.Position(l, k, placement), k));
        }
        string[] values = ["low", "mid", "high"];
        var grid = FullGrid.Create([3], placement);
        Assert.Equal(values, grid.Points.Select(p => Design.Pick(p[0], values)));
    }

    [Fact]
    public void ScaleMapsLinearlyAndToIndices()
    {
        var design = new Design([[0.0, 0.0], [0.5, 0.74], [1.0, 0.99]]);
        var scaled = design.Scale([new ParameterBounds(-1, 3), new ParameterBounds(10, 20)]);
        Assert.Equal([-1.0, 10.0], scaled[0]);
        Assert.Equal(1.0, scaled[1][0], 12);
        Assert.Equal(17.4, scaled[1][1], 12);
        Assert.Equal(3.0, scaled[2][0], 12);
        var indices = design.ScaleToIndices([2, 4]);
        Assert.Equal([[0, 0], [1, 2], [1, 3]], indices);
        Assert.Equal([0.0, 0.5, 1.0], design.Column(0));
        Assert.Throws<ArgumentException>(() => design.Scale([new ParameterBounds(0, 1)]));
        Assert.Throws<ArgumentException>(() => new Design([[0.1], [0.2, 0.3]]));
    }

    [Fact]
    public void LatinHypercubeHasOnePointPerStratumInEveryDimension()
    {
        foreach (int n in new[] { 1, 2, 10, 97, 1000 })
        {
            var lhs = LatinHypercube.Create(n, 6, seed: 11);
            Assert.Equal(n, lhs.Count);
            Assert.Equal(6, lhs.Dimensions);
            for (int j = 0; j < 6; j++)
            {
                var hits = new int[n];
                foreach (var p in lhs.Points)
                {
                    Assert.InRange(p[j], 0.0, Math.BitDecrement(1.0));
                    hits[(int)(p[j] * n)]++;
                }
                Assert.All(hits, h => Assert.Equal(1, h));
            }
        }
    }

    [Fact]
    public void LatinHypercubeIsDeterministicGivenTheSeed()
    {
        var a = LatinHypercube.Create(50, 4, seed: 7);
        var b = LatinHypercube.Create(50, 4, seed: 7);
        var c = LatinHypercube.Create(50, 4, seed: 8);
        Assert.Equal(a.Points, b.Points);
        Assert.NotEqual(a.Points, c.Points);
        // Different dimensions get different permutations (no accidental diagonal design).
        Assert.NotEqual(a.Column(0).Select(x => (int)(x * 50)), a.Column(1).Select(x => (int)(x * 50)));
    }
}
