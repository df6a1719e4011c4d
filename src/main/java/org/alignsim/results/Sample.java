package org.alignsim.results;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;


/**
 * The summary of a sample that the result files report: mean and 5/50/95 % quantiles.
 * Quantiles are Hyndman and Fan's type 7 (linear interpolation, the default of R's quantile and
 * numpy's percentile), as README promises for a sweep's timeseries.csv; the arithmetic is
 * Commons Math's.
 */
public record Sample(int n, double mean, double p5, double p50, double p95) {

    /**
     * Mean and quantiles of the values that are not NaN; NaN throughout when there are none.
     * One sort gives all three quantiles, by the type-7 rule exactly as Commons Math's
     * Percentile (R_7) computes it: a sweep summarises millions of small samples, and three
     * selections each cost more than the sort (SampleTest holds the two to the same bits).
     */
    public static Sample of(double[] xs) {
        int n = 0;
        for (double x : xs) if (!Double.isNaN(x)) n++;
        if (n == 0) return new Sample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] s = new double[n];
        int k = 0;
        for (double x : xs) if (!Double.isNaN(x)) s[k++] = x;
        double mean = mean(s);
        // Many series (flags, counts, a share no replication moves) come already in order.
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) sorted = s[i - 1] < s[i] || (s[i - 1] == s[i] && Double.compare(s[i - 1], s[i]) <= 0);
        if (!sorted) java.util.Arrays.sort(s);
        return new Sample(n, mean, type7(s, 5), type7(s, 50), type7(s, 95));
    }

    /** The p-th percentile (0 &lt; p &lt; 100) of sorted values, type 7, in Commons Math's arithmetic. */
    static double type7(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 1) return sorted[0];
        double pos = 1 + (n - 1) * (p / 100d);
        double fpos = Math.floor(pos);
        int intPos = (int) fpos;
        double dif = pos - fpos;
        if (pos < 1) return sorted[0];
        if (pos >= n) return sorted[n - 1];
        double lower = sorted[intPos - 1], upper = sorted[intPos];
        return lower + dif * (upper - lower);
    }

    /**
     * The plain mean, sum / n. Not StatUtils.mean: its second-pass correction changes the last
     * bits, and a chart's SVG coordinates show every bit, so files would change for nothing.
     */
    public static double mean(double[] values) {
        return StatUtils.sum(values) / values.length;
    }

    /** Variance with denominator n (as numpy's var and SALib's estimators) or n - 1 (sample), about the plain mean. */
    public static double variance(double[] values, boolean sample) {
        return new Variance(sample).evaluate(values, mean(values));
    }

    /** The q-quantile (0 &lt; q &le; 1) of values, type 7; NaN for no values. */
    public static double quantile(double[] values, double q) {
        return values.length == 0 ? Double.NaN : commonsType7().evaluate(values, q * 100);
    }

    private static Percentile commonsType7() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }
}
