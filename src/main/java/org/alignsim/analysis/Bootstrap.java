package org.alignsim.analysis;

import org.alignsim.results.Sample;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.Arrays;

/**
 * Nonparametric bootstrap over the base samples: each resample draws N base samples with
 * replacement (whole Saltelli blocks, since A_j, B_j and the AB_j rows belong together) and the
 * indices are recomputed on it. Intervals are percentile intervals (type 7 quantiles, as
 * everywhere in AlignSim), which unlike SALib's normal approximation need not be symmetric:
 * indices near 0 or 1 have skewed sampling distributions.
 *
 * <p>Deterministic: the resamples come from a Mersenne Twister seeded with the user's seed, so
 * the same folder and seed give the same intervals on any machine.
 */
final class Bootstrap {
    private final MersenneTwister rng;
    private final int[] idx;

    Bootstrap(int n, long seed) {
        this.rng = new MersenneTwister(seed);
        this.idx = new int[n];
    }

    /** The next resample: N indices drawn with replacement (the array is reused). */
    int[] next() {
        for (int j = 0; j < idx.length; j++) idx[j] = rng.nextInt(idx.length);
        return idx;
    }

    static int[] identity(int n) {
        int[] id = new int[n];
        for (int j = 0; j < n; j++) id[j] = j;
        return id;
    }

    /**
     * The central {@code level} percentile interval of the bootstrap statistics; resamples where
     * the statistic is undefined (no variance in the resample) are left out. {lo, hi}, NaN if none.
     */
    static double[] percentile(double[] stats, double level) {
        double[] ok = Arrays.stream(stats).filter(Double::isFinite).toArray();
        if (ok.length == 0) return new double[]{Double.NaN, Double.NaN};
        double tail = (1 - level) / 2;
        return new double[]{Sample.quantile(ok, tail), Sample.quantile(ok, 1 - tail)};
    }
}
