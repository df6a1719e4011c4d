package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
/**
 * A configuration of the landscape with the local fields that make single-actor moves O(n).
 *
 * <p>With spins x_i = +1 (coalition A) or -1 (coalition B), d_ij = (1 - x_i x_j) / 2, so
 * E = sum_{i != j} w_ij (1 - x_i x_j) / 2 with w_ij = s_i s_j p_ij. Moving actor k to the other
 * coalition changes the two ordered terms of each pair (k, j) by w_kj x_k x_j each, so
 * dE_k = 2 x_k h_k with the field h_k = sum_j w_kj x_j. After the move every field changes by
 * -2 w_jk x_k (old x_k): an O(n) update, which is what makes Gray-code enumeration and descent fast.
 */
final class EnergyField {
    final int n;
    private final double[] w;
    final int[] spin;
    private final double[] h;
    /** Moves that lower the energy by less than this are not improvements (floating-point noise). */
    final double tolerance;

    EnergyField(Landscape l) {
        n = l.n();
        w = l.weights();
        spin = new int[n];
        h = new double[n];
        double scale = 0;
        for (double v : w) scale += Math.abs(v);
        // Relative to the total interaction, far above rounding error of the incremental fields and
        // far below any difference a reader would care about.
        tolerance = 1e-10 * scale;
        java.util.Arrays.fill(spin, 1);
        recompute();
    }

    /** Sets actor i to coalition B when inB[i]. */
    void set(boolean[] inB) {
        for (int i = 0; i < n; i++) spin[i] = inB[i] ? -1 : 1;
        recompute();
    }

    /** Fields from scratch, O(n^2); also used now and then to wash out accumulated rounding. */
    void recompute() {
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += w[k * n + j] * spin[j];
            h[k] = s;
        }
    }

    double delta(int k) { return 2 * spin[k] * h[k]; }

    void flip(int k) {
        int x = spin[k];
        for (int j = 0; j < n; j++) h[j] -= 2 * w[j * n + k] * x;
        spin[k] = -x;
    }

    /**
     * Steepest descent's next move: the actor whose switch lowers the energy most, ties to the
     * lowest index (a deterministic rule); -1 when no switch lowers it by more than the tolerance,
     * i.e. the configuration is a local minimum under single-actor moves.
     */
    int bestMove() {
        int best = -1;
        double bestDelta = -tolerance;
        for (int k = 0; k < n; k++) {
            double d = delta(k);
            if (d < bestDelta) {
                bestDelta = d;
                best = k;
            }
        }
        return best;
    }

    /** Energy from the definition, O(n^2). */
    double energy() {
        double e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (spin[i] != spin[j]) e += w[i * n + j];
        }
        return e;
    }

    /** Coalition B membership, normalised so that actor 0 is in coalition A (the two labels are symmetric). */
    boolean[] canonical() {
        boolean[] b = new boolean[n];
        boolean flipAll = spin[0] < 0;
        for (int i = 0; i < n; i++) b[i] = (spin[i] < 0) != flipAll;
        return b;
    }
}
