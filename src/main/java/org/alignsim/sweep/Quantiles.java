package org.alignsim.sweep;

/** Sample quantiles by linear interpolation (Hyndman and Fan type 7, the default of R and numpy). */
public final class Quantiles {
    private Quantiles() {}

    /** q-quantile of the first n values of a sorted array. */
    public static double type7(double[] sorted, int n, double q) {
        if (n == 0) return Double.NaN;
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
