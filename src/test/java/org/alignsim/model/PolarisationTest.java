package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Polarisation is half the mean absolute difference over pairs of the active states' stances,
 * and the counting path (stances on the decision grid) gives the sort's result to the bit.
 */
class PolarisationTest {
    private static final int OPTIONS = 41, N = 40;

    private static double[] grid() {
        double[] g = new double[OPTIONS];
        for (int k = 0; k < OPTIONS; k++) g[k] = LogitChoice.position(k, OPTIONS);
        return g;
    }

    /** The definition, pair by pair. */
    private static double byPairs(double[] x, boolean[] active) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (!active[i] || !active[j]) continue;
                sum += Math.abs(x[i] - x[j]);
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs / 2;
    }

    private static int[] actors() {
        int[] a = new int[N];
        for (int i = 0; i < N; i++) a[i] = i;
        return a;
    }

    @Test
    void onTheGridItIsTheSortsResultAndThePairwiseDefinition() {
        Random r = new Random(5);
        double[] g = grid();
        for (int trial = 0; trial < 500; trial++) {
            double[] x = new double[N];
            boolean[] active = new boolean[N];
            for (int i = 0; i < N; i++) {
                x[i] = g[trial % 3 == 0 ? 10 + r.nextInt(5) : r.nextInt(OPTIONS)];   // some trials with many ties
                active[i] = r.nextInt(10) > 0;
            }
            double counted = Aggregates.polarisation(x, actors(), active, new double[N], g, new int[OPTIONS]);
            double sortedResult = Aggregates.bySort(x, actors(), active, new double[N]);
            assertEquals(Double.doubleToLongBits(sortedResult), Double.doubleToLongBits(counted), "trial " + trial);
            assertEquals(byPairs(x, active), counted, 1e-12, "trial " + trial);
        }
    }

    @Test
    void aStanceOffTheGridIsSortedAndStillRight() {
        double[] x = new double[N];
        boolean[] active = new boolean[N];
        java.util.Arrays.fill(active, true);
        for (int i = 0; i < N; i++) x[i] = Math.sin(i) * 0.9;   // off the grid
        double p = Aggregates.polarisation(x, actors(), active, new double[N], grid(), new int[OPTIONS]);
        assertEquals(byPairs(x, active), p, 1e-12);
    }

    @Test
    void twoHalvesAtTheEndsGiveOneAndAgreementGivesZero() {
        double[] x = new double[N];
        boolean[] active = new boolean[N];
        java.util.Arrays.fill(active, true);
        for (int i = 0; i < N; i++) x[i] = i < N / 2 ? -1 : 1;
        // Pairs across the halves differ by 2, pairs within by 0: (N/2)^2 * 2 / (N(N-1)/2) / 2.
        double expected = (N / 2.0) * (N / 2.0) * 2 / (N * (N - 1) / 2.0) / 2;
        assertEquals(expected, Aggregates.polarisation(x, actors(), active, new double[N], grid(), new int[OPTIONS]), 1e-12);
        java.util.Arrays.fill(x, 0.5);
        assertEquals(0, Aggregates.polarisation(x, actors(), active, new double[N], grid(), new int[OPTIONS]), 0);
    }
}
