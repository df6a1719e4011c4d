package org.alignsim.analysis;

/**
 * Total-order Sobol index ST_i = E[V(Y|X_~i)] / V(Y) (all effects involving x_i, interactions
 * included), by Jansen's (1999) estimator, recommended by Saltelli et al. (2010, Table 2 (f)) and
 * used by SALib:
 *
 * <pre>
 *   VT_i ≈ (1/(2N)) Σ_j (f(A)_j − f(AB^(i))_j)²             ST_i = VT_i / V(Y)
 * </pre>
 *
 * A and AB^(i) differ only in x_i, so half their mean squared difference is the variance that
 * remains when every factor but x_i is held fixed. Being a sum of squares it is never negative.
 */
final class SobolTotalOrder {
    private SobolTotalOrder() {}

    static double index(SaltelliSamples s, int i, int[] idx, double variance) {
        double sum = 0;
        double[] ab = s.ab()[i];
        for (int j : idx) {
            double d = s.a()[j] - ab[j];
            sum += d * d;
        }
        return sum / (2.0 * idx.length) / variance;
    }
}
