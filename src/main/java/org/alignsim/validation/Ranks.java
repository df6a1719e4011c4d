package org.alignsim.validation;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;

/** Rank correlation and quantiles as the scorecard uses them (Commons Math). */
final class Ranks {
    private Ranks() {}

    /**
     * Spearman's ρ (average ranks for ties); NaN with fewer than three pairs or when either side
     * is constant, where a rank correlation says nothing.
     */
    static double spearman(double[] x, double[] y) {
        if (x.length < 3) return Double.NaN;
        if (constant(x) || constant(y)) return Double.NaN;
        return new SpearmansCorrelation().correlation(x, y);
    }

    private static boolean constant(double[] v) {
        for (double x : v) if (x != v[0]) return false;
        return true;
    }

    /** The p-th percentile (0-100), Hyndman-Fan type 7 (R's and numpy's default), NaNs dropped. */
    static double quantile(double[] v, double p) {
        double[] x = Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray();
        if (x.length == 0) return Double.NaN;
        if (x.length == 1) return x[0];
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(x, p);
    }

    static double median(double[] v) { return quantile(v, 50); }

    static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
