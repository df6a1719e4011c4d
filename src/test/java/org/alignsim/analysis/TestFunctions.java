package org.alignsim.analysis;

import org.alignsim.sweep.RunKernel;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Analytic test functions as sweep kernels: a "model" whose one outcome y is a known function of
 * the factors x1..xk, so the estimators can be checked against known indices through the very
 * path the alignment model takes (sweep file, design, runner, runs.csv, analysis).
 */
final class TestFunctions {
    private TestFunctions() {}

    /** A deterministic kernel: y = f(x1..xk); the scenario is ignored. */
    static RunKernel kernel(int k, ToDoubleFunction<double[]> f) {
        return new Kernel(k, (x, seed) -> f.applyAsDouble(x));
    }

    /** A stochastic kernel: y = f(x) + noise drawn from the run's seed. */
    static RunKernel noisy(int k, ToDoubleFunction<double[]> f, double noiseSd) {
        return new Kernel(k, (x, seed) -> f.applyAsDouble(x) + noiseSd * new java.util.Random(seed).nextGaussian());
    }

    interface Fn { double apply(double[] x, long seed); }

    private record Kernel(int k, Fn f) implements RunKernel {
        @Override public List<String> outcomes() { return List.of("y"); }
        @Override public List<String> seriesOutcomes() { return List.of("y"); }
        @Override public List<String> stateCodes() { return List.of(); }
        @Override public int steps() { return 0; }
        @Override public double startYear() { return 0; }
        @Override public double dt() { return 1; }

        @Override
        public Object prepare(Map<String, Object> overrides) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = (Double) overrides.get("x" + (i + 1));
            return x;
        }

        @Override
        public Run run(Object prepared, long seed, boolean keepStates) {
            double y = f.apply((double[]) prepared, seed);
            return new Run(new double[]{y}, new double[][]{{y}}, null);
        }
    }

    /** Ishigami and Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1 on [-π, π]³. */
    static double ishigami(double[] x, double a, double b) {
        return Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2) + b * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Sobol's g-function: Π (|4 x_i − 2| + a_i) / (1 + a_i) on [0, 1]^k; a small a_i makes x_i important. */
    static double gFunction(double[] x, double[] a) {
        double g = 1;
        for (int i = 0; i < a.length; i++) g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        return g;
    }
}
