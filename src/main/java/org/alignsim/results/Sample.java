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

    /** Mean and quantiles of the values that are not NaN; NaN throughout when there are none. */
    public static Sample of(double[] xs) {
        int n = 0;
        for (double x : xs) if (!Double.isNaN(x)) n++;
        double[] s = n == xs.length ? xs : new double[n];
        if (s != xs) {
            int k = 0;
            for (double x : xs) if (!Double.isNaN(x)) s[k++] = x;
        }
        if (n == 0) return new Sample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        // One estimator per thread: a sweep summarises millions of samples, and setData keeps
        // the sorted pivots for the three quantiles of one sample.
        Percentile p = TYPE7.get();
        p.setData(s);
        return new Sample(n, mean(s), p.evaluate(5), p.evaluate(50), p.evaluate(95));
    }

    private static final ThreadLocal<Percentile> TYPE7 = ThreadLocal.withInitial(Sample::type7);

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
        return values.length == 0 ? Double.NaN : type7().evaluate(values, q * 100);
    }

    private static Percentile type7() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }
}
