using KadSim.Randomness;

namespace KadSim.Tests.Core;

public class KeyedRandomTests
{
    [Fact]
    public void SameKeysGiveSameNumberAndAnyKeyChangesIt()
    {
        var a = new KeyedRandom(42, 3);
        var b = new KeyedRandom(42, 3);
        double x = a.Uniform(RandomStream.Dues, 10, 5);
        Assert.Equal(x, b.Uniform(RandomStream.Dues, 10, 5));
        Assert.NotEqual(x, a.Uniform(RandomStream.Meeting, 10, 5));
        Assert.NotEqual(x, a.Uniform(RandomStream.Dues, 11, 5));
        Assert.NotEqual(x, a.Uniform(RandomStream.Dues, 10, 6));
        Assert.NotEqual(x, a.Uniform(RandomStream.Dues, 10, 5, draw: 1));
        Assert.NotEqual(x, new KeyedRandom(42, 4).Uniform(RandomStream.Dues, 10, 5));
        Assert.NotEqual(x, new KeyedRandom(43, 3).Uniform(RandomStream.Dues, 10, 5));
    }

    [Fact]
    public void UniformsAreUniformAndUncorrelatedAcrossNeighbouringKeys()
    {
        var rng = new KeyedRandom(1, 0);
        const int n = 200_000;
        double sum = 0, sumSq = 0, lag = 0, prev = rng.Uniform(RandomStream.Election, 0, 0);
        var bins = new int[10];
        for (int i = 1; i <= n; i++)
        {
            double u = rng.Uniform(RandomStream.Election, i / 1000, i % 1000);
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            sum += u;
            sumSq += u * u;
            lag += (u - 0.5) * (prev - 0.5);
            prev = u;
            bins[(int)(u * 10)]++;
        }
        Assert.InRange(sum / n, 0.497, 0.503);
        Assert.InRange(sumSq / n - Math.Pow(sum / n, 2), 1 / 12.0 - 0.002, 1 / 12.0 + 0.002);
        Assert.InRange(lag / n, -0.001, 0.001);
        // Chi-square with 9 degrees of freedom; 27.9 is the 0.999 quantile.
        double chi = bins.Sum(c => Math.Pow(c - n / 10.0, 2) / (n / 10.0));
        Assert.True(chi < 27.9, $"chi-square {chi:F1}");
    }

    [Fact]
    public void NormalHasUnitVariance()
    {
        var rng = new KeyedRandom(9, 1);
        const int n = 100_000;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            double z = rng.Normal(RandomStream.Successor, 0, i);
            sum += z;
            sumSq += z * z;
        }
        Assert.InRange(sum / n, -0.02, 0.02);
        Assert.InRange(sumSq / n, 0.97, 1.03);
    }
}
