package org.alignsim.report;

import org.alignsim.sweep.Quantiles;

import java.util.Arrays;

/** Mean and quantiles of a sample, with the same quantile rule as the sweep's own files (type 7). */
record Stats(int n, double mean, double p5, double p50, double p95) {

    static Stats of(double[] xs) {
        double[] s = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = s.length;
        if (n == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sum = 0;
        for (double x : s) sum += x;
        return new Stats(n, sum / n, Quantiles.type7(s, n, 0.05), Quantiles.type7(s, n, 0.5), Quantiles.type7(s, n, 0.95));
    }
}
