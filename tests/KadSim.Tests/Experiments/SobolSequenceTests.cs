using KadSim.Experiments.Designs;

namespace KadSim.Tests.Experiments;

public class SobolSequenceTests
{
    [Fact]
    public void FirstPointsMatchTheStandardJoeKuoSequence()
    {
        // Points 1..8 of the unscrambled Joe–Kuo sequence (point 0, the origin, skipped by default),
        // as printed by Joe and Kuo's sobol.cc and SciPy's Sobol(scramble=False).
        double[][] expected =
        [
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
            [0.1875, 0.3125, 0.9375],
        ];
        var design = SobolSequence.Create(expected.Length, 3);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], design.Points[i]);

        var withOrigin = new SobolSequence(3, skip: 0);
        Assert.Equal([0.0, 0.0, 0.0], withOrigin.Next());
        Assert.Equal(expected[0], withOrigin.Next());
    }

    [Fact]
    public void MatchesAnIndependentImplementationInEveryDimension()
    {
        // Computed independently (Python, Bratley–Fox m_k recurrence, Gray-code random access) from
        // the same new-joe-kuo-6.21201 rows.
        double[] at12345 =
        [
            0.64093017578125, 0.81341552734375, 0.16033935546875, 0.52679443359375, 0.88848876953125,
            0.05889892578125, 0.12725830078125, 0.11334228515625, 0.80181884765625, 0.42962646484375,
            0.07427978515625, 0.59881591796875, 0.93096923828125, 0.94183349609375, 0.03448486328125,
            0.64080810546875, 0.06256103515625, 0.05096435546875, 0.31939697265625, 0.34344482421875,
            0.19927978515625, 0.08123779296875, 0.60699462890625, 0.86273193359375, 0.44134521484375,
            0.29571533203125, 0.36602783203125, 0.48199462890625, 0.08770751953125, 0.40447998046875,
            0.28692626953125, 0.66204833984375, 0.50262451171875, 0.66131591796875, 0.19024658203125,
            0.91058349609375, 0.00262451171875, 0.32232666015625, 0.95989990234375, 0.94818115234375,
        ];
        double[] atLast31 =
        [
            4.656612873077393e-10, 0.6666666665114462, 0.5547017413191497, 0.12503055529668927,
            0.12523975828662515, 0.5032781860791147, 0.50050308695063, 0.7991581265814602,
        ];
        Assert.Equal(40, SobolSequence.MaxDimensions);
        var sobol = new SobolSequence(40);
        var point = new double[40];
        sobol.PointAt(12345, point);
        Assert.Equal(at12345, point);
        sobol.PointAt((1L << 31) - 1, point);
        Assert.Equal(atLast31, point[..8]);

        var seq = new SobolSequence(40, skip: 12345);
        Assert.Equal(at12345, seq.Next());
        Assert.Equal(12346, seq.Index);
    }

    [Fact]
    public void GrayCodeStepsAgreeWithRandomAccess()
    {
        var sobol = new SobolSequence(21, skip: 0);
        var direct = new double[21];
        for (long i = 0; i < 5000; i++)
        {
            var next = sobol.Next();
            sobol.PointAt(i, direct);
            Assert.Equal(direct, next);
        }
    }

    [Fact]
    public void EveryAlignedBlockOfTwoToTheKPointsIsStratifiedInEachDimension()
    {
        // Each coordinate of points [m·2^k, (m + 1)·2^k) is a permutation of the dyadic cells of width 2^−k.
        int d = SobolSequence.MaxDimensions;
        for (int k = 0; k <= 12; k++)
        {
            int n = 1 << k;
            foreach (long start in new long[] { 0, n, 5L * n })
            {
                var design = SobolSequence.Create(n, d, skip: start);
                for (int j = 0; j < d; j++)
                {
                    var seen = new bool[n];
                    foreach (var p in design.Points)
                    {
                        Assert.InRange(p[j], 0.0, Math.BitDecrement(1.0));
                        int cell = (int)(p[j] * n);
                        Assert.False(seen[cell], $"k={k} start={start} dim={j + 1}: cell {cell} hit twice");
                        seen[cell] = true;
                    }
                }
            }
        }
    }

    [Fact]
    public void FirstTwoDimensionsFormAZeroTwoNet()
    {
        // Dimensions 1 and 2 form a (0, 2)-sequence: for n = 2^k every elementary box of area 2^−k
        // (widths 2^−a by 2^−(k−a)) holds exactly one of the first n points.
        const int k = 10, n = 1 << k;
        var design = SobolSequence.Create(n, 2, skip: 0);
        for (int a = 0; a <= k; a++)
        {
            var seen = new bool[n];
            foreach (var p in design.Points)
            {
                int box = ((int)(p[0] * (1 << a)) << (k - a)) | (int)(p[1] * (1 << (k - a)));
                Assert.False(seen[box]);
                seen[box] = true;
            }
        }
    }

    [Fact]
    public void RejectsUnsupportedArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(SobolSequence.MaxDimensions + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(2, skip: SobolSequence.MaxIndex));
        var last = new SobolSequence(1, skip: SobolSequence.MaxIndex - 1);
        // Index 2^32 − 1 has Gray code 2^31, i.e. only the last direction number, 2^−32.
        Assert.Equal(Math.Pow(2, -32), last.Next()[0]);
        Assert.Throws<InvalidOperationException>(() => last.Next());
    }
}
