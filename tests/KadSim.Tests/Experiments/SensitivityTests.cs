using KadSim.Experiments.Designs;
using KadSim.Experiments.Sensitivity;
using Xunit.Abstractions;

namespace KadSim.Tests.Experiments;

public class SensitivityTests(ITestOutputHelper output)
{
    private const double A = 7.0, B = 0.1;

    // Ishigami and Homma (1990): analytic Sobol' indices for a = 7, b = 0.1 on [−π, π]^3.
    private static readonly double[] TrueS1 = [0.3139, 0.4424, 0.0];
    private static readonly double[] TrueST = [0.5576, 0.4424, 0.2437];

    private static readonly ParameterBounds[] IshigamiBounds =
        [new(-Math.PI, Math.PI), new(-Math.PI, Math.PI), new(-Math.PI, Math.PI)];

    private static double Ishigami(double[] x) =>
        Math.Sin(x[0]) + A * Math.Pow(Math.Sin(x[1]), 2) + B * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    [Fact]
    public void SaltelliDesignHasTheStandardBlockStructure()
    {
        const int d = 3, n = 64;
        var design = new SaltelliDesign(d, n);
        Assert.Equal(n * (d + 2), design.EvaluationCount);
        var sobol = SobolSequence.Create(n, 2 * d);
        for (int k = 0; k < n; k++)
        {
            Assert.Equal(sobol.Points[k][..d], design.A[k]);
            Assert.Equal(sobol.Points[k][d..], design.B[k]);
            Assert.Same(design.A[k], design.Points.Points[k]);
            Assert.Same(design.B[k], design.Points.Points[n + k]);
            for (int i = 0; i < d; i++)
            {
                var ab = design.AB(i)[k];
                Assert.Same(ab, design.Points.Points[(2 + i) * n + k]);
                for (int j = 0; j < d; j++) Assert.Equal(j == i ? design.B[k][j] : design.A[k][j], ab[j]);
            }
        }
    }

    [Fact]
    public void RandomSaltelliDesignIsDeterministicGivenTheSeed()
    {
        var a = new SaltelliDesign(4, 100, seed: 1, SaltelliSampling.Random);
        var b = new SaltelliDesign(4, 100, seed: 1, SaltelliSampling.Random);
        var c = new SaltelliDesign(4, 100, seed: 2, SaltelliSampling.Random);
        Assert.Equal(a.Points.Points, b.Points.Points);
        Assert.NotEqual(a.Points.Points, c.Points.Points);
        Assert.Equal(new SaltelliDesign(4, 100, seed: 1).Points.Points, new SaltelliDesign(4, 100, seed: 2).Points.Points);
    }

    [Fact]
    public void RecoversTheIshigamiIndicesWithIntervalsThatCoverThem()
    {
        var design = new SaltelliDesign(3, 8192, seed: 2024);
        double[] outputs = design.Points.Scale(IshigamiBounds).Select(Ishigami).ToArray();
        var indices = design.Estimate(outputs);
        for (int i = 0; i < 3; i++)
        {
            var s = indices[i];
            output.WriteLine($"x{i + 1}: S1 = {s.S1:F4} [{s.S1Low:F4}, {s.S1High:F4}]  ST = {s.ST:F4} [{s.STLow:F4}, {s.STHigh:F4}]");
        }

        Assert.Equal(1000, indices.Resamples);
        // Total variance a²/8 + b·π⁴/5 + b²·π⁸/18 + ½ = 13.8446.
        Assert.Equal(13.8446, indices.Variance, 0.3);
        for (int i = 0; i < 3; i++)
        {
            var s = indices[i];
            // Accuracy: every point estimate within 0.03 (absolute) of the analytic value.
            Assert.InRange(s.S1, TrueS1[i] - 0.03, TrueS1[i] + 0.03);
            Assert.InRange(s.ST, TrueST[i] - 0.03, TrueST[i] + 0.03);
            // Coverage: every 95% bootstrap interval contains the analytic value.
            Assert.InRange(TrueS1[i], s.S1Low, s.S1High);
            Assert.InRange(TrueST[i], s.STLow, s.STHigh);
            Assert.True(s.S1Low <= s.S1 && s.S1 <= s.S1High);
            Assert.True(s.STLow <= s.ST && s.ST <= s.STHigh);
        }

        var again = design.Estimate(outputs);
        Assert.Equal(indices.Parameters, again.Parameters);
    }

    [Fact]
    public void RandomSamplingGivesTheSameIndicesWithinMonteCarloError()
    {
        // Plain Monte Carlo converges as 1/√N, so the tolerance is looser: 0.1 is about five standard errors.
        var design = new SaltelliDesign(3, 8192, seed: 77, SaltelliSampling.Random);
        var indices = design.Estimate(design.Points.Scale(IshigamiBounds).Select(Ishigami).ToArray(), resamples: 200);
        for (int i = 0; i < 3; i++)
        {
            var s = indices[i];
            output.WriteLine($"random x{i + 1}: S1 = {s.S1:F4} [{s.S1Low:F4}, {s.S1High:F4}]  ST = {s.ST:F4} [{s.STLow:F4}, {s.STHigh:F4}]");
            Assert.InRange(s.S1, TrueS1[i] - 0.1, TrueS1[i] + 0.1);
            Assert.InRange(s.ST, TrueST[i] - 0.1, TrueST[i] + 0.1);
        }
    }

    [Fact]
    public void EstimateRejectsMismatchedOutputs()
    {
        var design = new SaltelliDesign(2, 16);
        Assert.Throws<ArgumentException>(() => design.Estimate(new double[10]));
        var bad = new double[design.EvaluationCount];
        bad[3] = double.NaN;
        Assert.Throws<ArgumentException>(() => design.Estimate(bad));
    }

    [Fact]
    public void MorrisTrajectoriesMoveOneParameterByDeltaOnTheGrid()
    {
        var design = new MorrisDesign(5, 20, seed: 3);
        Assert.Equal(2.0 / 3.0, design.Delta, 15);
        Assert.Equal(20 * 6, design.EvaluationCount);
        for (int t = 0; t < 20; t++)
        {
            var moved = new HashSet<int>();
            for (int step = 1; step <= 5; step++)
            {
                var prev = design.Points.Points[t * 6 + step - 1];
                var next = design.Points.Points[t * 6 + step];
                var (j, direction) = design.Step(t, step);
                Assert.True(moved.Add(j));
                for (int k = 0; k < 5; k++)
                {
                    Assert.Contains(next[k], new[] { 0.0, 1 / 3.0, 2 / 3.0, 1.0 });
                    if (k == j) Assert.Equal(direction * design.Delta, next[k] - prev[k], 12);
                    else Assert.Equal(prev[k], next[k]);
                }
            }
        }
        Assert.Equal(design.Points.Points, new MorrisDesign(5, 20, seed: 3).Points.Points);
        Assert.NotEqual(design.Points.Points, new MorrisDesign(5, 20, seed: 4).Points.Points);
    }

    [Fact]
    public void MorrisEffectsOfALinearFunctionAreItsCoefficients()
    {
        var design = new MorrisDesign(3, 50, seed: 5);
        double[] outputs = design.Points.Points.Select(x => 2 * x[0] + x[1] + 0 * x[2]).ToArray();
        var effects = design.Analyze(outputs);
        double[] coefficients = [2, 1, 0];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(coefficients[i], effects[i].Mu, 12);
            Assert.Equal(coefficients[i], effects[i].MuStar, 12);
            Assert.Equal(0.0, effects[i].Sigma, 12);
        }
    }

    [Fact]
    public void MorrisScreensIshigamiHonestly()
    {
        // On the 4-level grid μ* is 7.875 for x2 exactly, ≈ 7.7 for x1 and ≈ 6.25 for x3: x3 acts only
        // through its interaction with x1, so its effects are 0 or large and σ3 is big.
        var design = new MorrisDesign(3, 1000, seed: 9);
        var scaled = design.Points.Scale(IshigamiBounds);
        var effects = design.Analyze(scaled.Select(Ishigami).ToArray());
        for (int i = 0; i < 3; i++) output.WriteLine($"x{i + 1}: mu = {effects[i].Mu:F3}, mu* = {effects[i].MuStar:F3}, sigma = {effects[i].Sigma:F3}");
        Assert.True(effects[2].MuStar < effects[0].MuStar, $"μ*3 = {effects[2].MuStar}, μ*1 = {effects[0].MuStar}");
        Assert.True(effects[2].MuStar < effects[1].MuStar);
        Assert.True(effects[2].Sigma > 0);
        Assert.True(effects[2].Sigma / effects[2].MuStar > effects[1].Sigma / effects[1].MuStar);
    }
}
