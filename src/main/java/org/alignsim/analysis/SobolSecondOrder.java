package org.alignsim.analysis;

/**
 * Second-order Sobol index S_ij (the share of V(Y) due to the interaction of x_i and x_j alone),
 * by Saltelli's (2002) estimator of the closed index, as in SALib:
 *
 * <pre>
 *   Vc_ij ≈ (1/N) Σ_j [ f(BA^(i))_j · f(AB^(j))_j − f(A)_j · f(B)_j ]
 *   S_ij  = Vc_ij / V(Y) − S_i − S_j
 * </pre>
 *
 * BA^(i) (B with x_i from A) and AB^(j) (A with x_j from B) share exactly x_i and x_j, so their
 * product, less the squared mean f(A)·f(B), is the closed variance V[E(Y|x_i,x_j)]; subtracting
 * both first-order effects leaves the interaction. It needs the BA rows, i.e. a design with
 * second_order: true.
 */
final class SobolSecondOrder {
    private SobolSecondOrder() {}

    static double index(SaltelliSamples s, int i, int j, int[] idx, double variance) {
        double sum = 0;
        double[] ba = s.ba()[i], ab = s.ab()[j];
        for (int m : idx) sum += ba[m] * ab[m] - s.a()[m] * s.b()[m];
        double closed = sum / idx.length / variance;
        return closed - SobolFirstOrder.index(s, i, idx, variance) - SobolFirstOrder.index(s, j, idx, variance);
    }
}
