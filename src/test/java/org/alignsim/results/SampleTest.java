package org.alignsim.results;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sample's one-sort quantiles against Commons Math's Percentile (R_7), bit for bit, and R's type 7 by hand. */
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
