package org.alignsim.analysis;


import org.alignsim.base.UserError;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol indices of a saltelli sweep: first order (Saltelli 2010), total order (Jansen 1999) and on
 * request second order (Saltelli 2002), per factor and outcome, with bootstrap percentile intervals.
 *
 * <p>Replications are averaged per design point first ({@link SweepData#pointMeans}): the estimators
 * assume one deterministic output per input vector, and the mean of R runs is the closest a
 * stochastic model comes to that. The noise left in the means (σ²/R) still adds to V(Y) (lowering
 * every S_i) and to every (f(A) − f(AB^(i)))² (raising every ST_i by about σ²/(R·V)); the noise
 * share reported with each outcome says how much that matters.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {}

    /** Fewer base samples than this make a bootstrap over base samples meaningless. */
    public static final int MIN_BASE_SAMPLES = 10;
    public static final int MIN_RESAMPLES = 100;
    public static final double LEVEL = 0.95;

    public record Index(String outcome, String factor, double s1, double s1Lo, double s1Hi, double st, double stLo, double stHi) {}

    public record Pair(String outcome, String factor1, String factor2, double s2, double lo, double hi) {}

    /** Per outcome: V(Y) of the point means, the replication-noise share, and the indices. */
    public record Outcome(String outcome, double variance, double noiseShare, List<Index> indices, List<Pair> pairs) {
        public boolean constant() { return !(variance > 0); }
    }

    public record Result(int baseSamples, int resamples, long seed, boolean secondOrder, List<Outcome> outcomes) {}

    public static Result analyse(SweepData data, List<String> asked, boolean secondOrder, int resamples, long seed) {
        String type = data.design.type();
        if (!type.equals("saltelli")) {
            throw new UserError("Sobol indices need a saltelli design; " + data.dir + " has a " + type
                    + " design (set design: {type: saltelli, samples: N} in the sweep file)");
        }
        if (secondOrder && !data.design.secondOrder()) {
            throw new UserError("second-order indices need a saltelli design with second_order: true; " + data.dir
                    + " was run without it (its N(k+2) points lack the BA rows)");
        }
        int n = data.design.samples();
        if (n < MIN_BASE_SAMPLES) {
            throw new UserError("a bootstrap needs at least " + MIN_BASE_SAMPLES + " base samples; " + data.dir + " has N = " + n
                    + " (design.samples); run the sweep with more, e.g. samples: 256");
        }
        if (resamples < MIN_RESAMPLES) throw new UserError("--bootstrap must be at least " + MIN_RESAMPLES + " for a 95 % percentile interval, found " + resamples);
        List<Outcome> out = new ArrayList<>();
        for (String o : data.chooseOutcomes(asked, "a Sobol analysis")) {
            double[] y = data.pointMeans(o);
            out.add(outcome(data, o, SaltelliSamples.of(data, y), secondOrder, resamples, seed, data.noiseShare(o)));
        }
        return new Result(n, resamples, seed, secondOrder, out);
    }

    private static Outcome outcome(SweepData data, String name, SaltelliSamples s, boolean secondOrder, int resamples,
                                   long seed, double noise) {
        int k = s.k(), n = s.n();
        int[] all = Bootstrap.identity(n);
        double v = s.variance(all);
        List<int[]> pairs = new ArrayList<>();
        if (secondOrder) for (int i = 0; i < k; i++) for (int j = i + 1; j < k; j++) pairs.add(new int[]{i, j});

        // One resample serves every factor and pair, so intervals of different factors are
        // comparable; a fresh generator per outcome keeps an outcome's intervals independent of
        // which other outcomes were asked for.
        double[][] b1 = new double[k][resamples], bt = new double[k][resamples], b2 = new double[pairs.size()][resamples];
        Bootstrap boot = new Bootstrap(n, seed);
        for (int r = 0; r < resamples; r++) {
            int[] idx = boot.next();
            double vr = s.variance(idx);
            for (int i = 0; i < k; i++) {
                b1[i][r] = SobolFirstOrder.index(s, i, idx, vr);
                bt[i][r] = SobolTotalOrder.index(s, i, idx, vr);
            }
            for (int p = 0; p < pairs.size(); p++) b2[p][r] = SobolSecondOrder.index(s, pairs.get(p)[0], pairs.get(p)[1], idx, vr);
        }

        List<Index> indices = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] c1 = Bootstrap.percentile(b1[i], LEVEL), ct = Bootstrap.percentile(bt[i], LEVEL);
            indices.add(new Index(name, data.factors.get(i).path(), SobolFirstOrder.index(s, i, all, v), c1[0], c1[1],
                    SobolTotalOrder.index(s, i, all, v), ct[0], ct[1]));
        }
        List<Pair> second = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            int i = pairs.get(p)[0], j = pairs.get(p)[1];
            double[] c = Bootstrap.percentile(b2[p], LEVEL);
            second.add(new Pair(name, data.factors.get(i).path(), data.factors.get(j).path(), SobolSecondOrder.index(s, i, j, all, v), c[0], c[1]));
        }
        return new Outcome(name, v, noise, indices, second);
    }
}
