package org.alignsim.results;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sample's quantiles (order statistics by selection) against Commons Math's Percentile (R_7), bit for bit, and R's type 7 by hand. */
class SampleTest {

    private static double commons(double[] xs, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(xs, p);
    }

    private static void sameAsCommons(double[] xs) {
        Sample s = Sample.of(xs.clone());
        assertEquals(Double.doubleToLongBits(commons(xs, 5)), Double.doubleToLongBits(s.p5()), "p5 of " + java.util.Arrays.toString(xs));
        assertEquals(Double.doubleToLongBits(commons(xs, 50)), Double.doubleToLongBits(s.p50()), "p50");
        assertEquals(Double.doubleToLongBits(commons(xs, 95)), Double.doubleToLongBits(s.p95()), "p95");
    }

    @Test
    void quantilesAreCommonsMathsToTheBit() {
        Random r = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + r.nextInt(trial < 1000 ? 5 : 150);
            double[] xs = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = switch (r.nextInt(6)) {
                    case 0 -> r.nextInt(5) / 4.0;            // ties, as stances and shares have
                    case 1 -> r.nextGaussian() * 1e3;
                    case 2 -> r.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : 2.5;  // power_ratio may be infinite
                    default -> r.nextDouble();
                };
            }
            sameAsCommons(xs);
        }
    }

    @Test
    void selectedOrderStatisticsAreWhereASortPutsThem() {
        Random r = new Random(11);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + r.nextInt(trial < 200 ? 200 : 3000);
            int kind = trial % 6;
            double[] xs = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = switch (kind) {
                    case 0 -> r.nextGaussian();
                    case 1 -> r.nextInt(4) / 38.0;                                  // a count share: few values, many ties
                    case 2 -> r.nextBoolean() ? 0.0 : -0.0;                         // signed zeros, which a sort orders
                    case 3 -> k;                                                    // already in order
                    case 4 -> n - k;                                                // reversed
                    default -> r.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : 0.5; // constant but for a few
                };
            }
            double[] sorted = xs.clone();
            java.util.Arrays.sort(sorted);
            double[] placed = xs.clone();
            Sample.placeOrderStatistics(placed, 5, 50, 95);
            double[] counted = xs.clone();
            boolean few = Sample.placeFromFewValues(counted, 5, 50, 95);
            assertEquals(kind == 1 || kind == 2 || kind == 5 || n <= 12, few, "few distinct values, kind " + kind + ", n " + n);
            for (double p : new double[]{5, 50, 95}) {
                assertEquals(Double.doubleToLongBits(Sample.type7(sorted, p)), Double.doubleToLongBits(Sample.type7(placed, p)),
                        "p" + p + " of " + n + " values of kind " + kind);
                if (few) assertEquals(Double.doubleToLongBits(Sample.type7(sorted, p)), Double.doubleToLongBits(Sample.type7(counted, p)),
                        "p" + p + " of " + n + " values of kind " + kind + ", counted");
            }
            Sample s = Sample.of(xs.clone());
            assertEquals(Double.doubleToLongBits(Sample.type7(sorted, 50)), Double.doubleToLongBits(s.p50()));
            // A selection only moves values (and may rewrite a zero's sign): the same numbers come back.
            java.util.Arrays.sort(placed);
            for (int k = 0; k < n; k++) assertTrue(sorted[k] == placed[k], "value " + k + " of kind " + kind);
        }
    }

    @Test
    void bucketedOrderStatisticsAreWhereASortPutsThem() {
        Random r = new Random(5);
        int placed = 0;
        for (int trial = 0; trial < 600; trial++) {
            int n = 40 + r.nextInt(trial < 300 ? 300 : 3000);
            int kind = trial % 6;
            double[] xs = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = switch (kind) {
                    case 0 -> r.nextGaussian();
                    case 1 -> Math.exp(8 * r.nextGaussian());                               // skewed over many decades
                    case 2 -> r.nextInt(4) == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : r.nextGaussian(); // signed zeros among others
                    case 3 -> r.nextInt(40) / 38.0 - 0.5;                                    // many ties
                    case 4 -> r.nextInt(20) == 0 ? 1e300 * r.nextDouble() : r.nextDouble(); // a few far out
                    default -> -r.nextDouble() * 1e-300;                                     // tiny, negative
                };
            }
            double[] sorted = xs.clone();
            java.util.Arrays.sort(sorted);
            double[] bucketed = xs.clone();
            if (!Sample.placeByBuckets(bucketed, 5, 50, 95)) continue;
            placed++;
            for (double p : new double[]{5, 50, 95}) {
                assertEquals(Double.doubleToLongBits(Sample.type7(sorted, p)), Double.doubleToLongBits(Sample.type7(bucketed, p)),
                        "p" + p + " of " + n + " values of kind " + kind);
            }
        }
        assertTrue(placed > 200, "bucketing placed " + placed + " of 600 samples (the rest fall back to a selection)");
    }

    @Test
    void crowdedBucketsOfALargeSampleAreSortedNotLeftToASelection() {
        // Twenty thousand replications of a share that a few hundred outcomes make up, most of them
        // near one value: the wanted ranks fall in buckets of hundreds of tied values.
        Random r = new Random(3);
        for (int trial = 0; trial < 40; trial++) {
            int n = 4096 + r.nextInt(20_000);
            double[] xs = new double[n];
            for (int k = 0; k < n; k++) {
                double g = r.nextGaussian();
                xs[k] = trial % 2 == 0 ? Math.rint(300 * Math.exp(g)) / 9000.0       // a few hundred values, skewed
                        : (r.nextInt(50) == 0 ? 5.0 : 0.1 + Math.rint(g * 200) / 1000); // a far value stretching the range
            }
            double[] sorted = xs.clone();
            java.util.Arrays.sort(sorted);
            double[] bucketed = xs.clone();
            assertTrue(Sample.placeByBuckets(bucketed, 5, 50, 95), "a crowded sample of " + n + " values is bucketed (trial " + trial + ")");
            for (double p : new double[]{5, 50, 95}) {
                assertEquals(Double.doubleToLongBits(Sample.type7(sorted, p)), Double.doubleToLongBits(Sample.type7(bucketed, p)),
                        "p" + p + " of " + n + " crowded values, trial " + trial);
            }
            sameAsCommons(xs);
        }
    }

    @Test
    void selectFindsEveryRankOfARandomArray() {
        Random r = new Random(3);
        double[] xs = new double[501];
        for (int k = 0; k < xs.length; k++) xs[k] = r.nextInt(50) - 25;
        double[] sorted = xs.clone();
        java.util.Arrays.sort(sorted);
        for (int k = 0; k < xs.length; k++) {
            double[] a = xs.clone();
            Sample.select(a, 0, a.length - 1, k);
            assertEquals(sorted[k], a[k], "rank " + k);
            for (int i = 0; i < k; i++) assertTrue(a[i] <= a[k], "below rank " + k);
            for (int i = k + 1; i < a.length; i++) assertTrue(a[i] >= a[k], "above rank " + k);
        }
    }

    @Test
    void typeSevenByHand() {
        // R: quantile(c(1, 2, 3, 4, 10), c(.05, .5, .95)) gives 1.2, 3, 8.8.
        Sample s = Sample.of(new double[]{10, 3, 1, 4, 2});
        assertEquals(1.2, s.p5(), 1e-12);
        assertEquals(3.0, s.p50(), 1e-12);
        assertEquals(8.8, s.p95(), 1e-12);
        assertEquals(4.0, s.mean(), 1e-12);
    }

    @Test
    void notANumberIsLeftOutAndNothingGivesNaN() {
        Sample s = Sample.of(new double[]{Double.NaN, 2, Double.NaN});
        assertEquals(1, s.n());
        assertEquals(2.0, s.p5());
        assertEquals(2.0, s.p95());
        Sample none = Sample.of(new double[]{Double.NaN});
        assertEquals(0, none.n());
        assertEquals(Double.NaN, none.p50());
    }
}
