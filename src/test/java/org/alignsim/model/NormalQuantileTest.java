package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The quantiles made together are those made one at a time, to the bit, in the centre and both tails. */
class NormalQuantileTest {

    @Test
    void manyAtOnceAreOneByOne() {
        Random r = new Random(17);
        double[] edges = {1e-12, 1 - 1e-12, 0.075, 0.925, Math.nextDown(0.075), Math.nextUp(0.925), 0.5, 1e-300, 0.07499999999999996};
        for (int trial = 0; trial < 2000; trial++) {
            int count = 1 + r.nextInt(80);
            double[] p = new double[count], out = new double[count];
            for (int k = 0; k < count; k++) {
                p[k] = switch (r.nextInt(4)) {
                    case 0 -> edges[r.nextInt(edges.length)];
                    case 1 -> Math.pow(10, -12 * r.nextDouble());   // deep in the lower tail
                    default -> r.nextDouble();
                };
            }
            NormalQuantile.of(p, out, count);
            for (int k = 0; k < count; k++) {
                assertEquals(Double.doubleToRawLongBits(NormalQuantile.of(p[k])), Double.doubleToRawLongBits(out[k]), "p = " + p[k]);
            }
        }
    }
}
