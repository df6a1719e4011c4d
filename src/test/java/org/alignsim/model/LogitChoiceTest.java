package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LogitChoiceTest {

    /** The textbook softmax, computed directly, as an independent reference. */
    private static double[] naive(double b, double a, double beta, int k) {
        double[] w = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double x = -1 + 2.0 * i / (k - 1);
            w[i] = beta * (b * x - a * x * x);
            max = Math.max(max, w[i]);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) { w[i] = Math.exp(w[i] - max); sum += w[i]; }
        for (int i = 0; i < k; i++) w[i] /= sum;
        return w;
    }

    @Test
    void probabilitiesEqualTheDirectSoftmax() {
        Random r = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            double b = (r.nextDouble() - 0.5) * 10, a = r.nextDouble() * 5, beta = r.nextDouble() * 30;
            int k = 3 + 2 * r.nextInt(40);
            double[] p = LogitChoice.probabilities(b, a, beta, k), q = naive(b, a, beta, k);
            for (int i = 0; i < k; i++) assertEquals(q[i], p[i], 1e-9, "b=" + b + " a=" + a + " beta=" + beta + " k=" + k);
        }
    }

    @Test
    void zeroRationalityIsUniform() {
        double[] p = LogitChoice.probabilities(3.0, 1.0, 0.0, 21);
        for (double x : p) assertEquals(1.0 / 21, x, 1e-12);
    }

    @Test
    void strongerPullTowardTheUsRaisesTheExpectedStance() {
        double prev = -2;
        for (double b = -3; b <= 3; b += 0.25) {
            double e = LogitChoice.expectedPosition(b, 1.0, 6.0, 41);
            assertTrue(e > prev, "expected position must rise with the pull");
            prev = e;
        }
    }

    @Test
    void moreCurvaturePutsMoreMassNearTheCentre() {
        // Curvature is what a hedging tradition adds: more of it, more mass within |x| <= 0.3.
        double prev = -1;
        for (double a = 0; a <= 4; a += 0.5) {
            double[] p = LogitChoice.probabilities(1.5, a, 6.0, 41);
            double centre = 0;
            for (int k = 0; k < 41; k++) if (Math.abs(LogitChoice.position(k, 41)) <= 0.3 + 1e-12) centre += p[k];
            assertTrue(centre > prev, "mass near the centre must grow with curvature");
            prev = centre;
        }
    }

    @Test
    void aDrawIsMonotoneInThePullForAFixedUniform() {
        double[] scratch = new double[41];
        Random r = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            double u = r.nextDouble();
            int prev = -1;
            for (double b = -4; b <= 4; b += 0.1) {
                int k = LogitChoice.choose(b, 0.8, 5.0, 41, u, scratch);
                assertTrue(k >= prev);
                prev = k;
            }
        }
    }

    @Test
    void drawsFollowTheProbabilities() {
        double[] scratch = new double[11];
        double[] p = LogitChoice.probabilities(0.7, 0.5, 3.0, 11);
        int[] counts = new int[11];
        Random r = new Random(11);
        int n = 200_000;
        for (int i = 0; i < n; i++) counts[LogitChoice.choose(0.7, 0.5, 3.0, 11, r.nextDouble(), scratch)]++;
        for (int k = 0; k < 11; k++) {
            double sd = Math.sqrt(p[k] * (1 - p[k]) / n);
            assertEquals(p[k], counts[k] / (double) n, 5 * sd + 1e-9);
        }
    }
}
