package org.alignsim.analysis;

/**
 * First-order Sobol index S_i = V[E(Y|X_i)] / V(Y), by the estimator of Saltelli et al. (2010,
 * Table 2 (b)), the one SALib uses:
 *
 * <pre>
 *   V_i ≈ (1/N) Σ_j f(B)_j · (f(AB^(i))_j − f(A)_j)        S_i = V_i / V(Y)
 * </pre>
 *
 * f(B) and f(AB^(i)) share only x_i, so their product measures how much of Y is carried by x_i
 * alone; subtracting f(A) (independent of B) centres the estimate, which is what makes it better
 * than Sobol's original (1993) form when the mean of Y is large against its spread.
 */
final class SobolFirstOrder {
    private SobolFirstOrder() {}

    static double index(SaltelliSamples s, int i, int[] idx, double variance) {
        double sum = 0;
        double[] ab = s.ab()[i];
        for (int j : idx) sum += s.b()[j] * (ab[j] - s.a()[j]);
        return sum / idx.length / variance;
    }
}
