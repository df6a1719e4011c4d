package org.alignsim.runtime;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An instance of Axelrod and Bennett's landscape theory of aggregation (1993, "A Landscape Theory
 * of Aggregation", British Journal of Political Science 23(2): 211-233): actors with sizes s_i
 * and pairwise propensities p_ij, to be split into two coalitions.
 *
 * <p>Sign convention, as in the paper: p_ij &gt; 0 means i and j prefer to be in the same
 * coalition, p_ij &lt; 0 that they prefer to be apart. The energy of a configuration X is
 * E(X) = sum over ordered pairs i != j of s_i s_j p_ij d_ij(X), with d_ij = 0 for two actors in
 * the same coalition and 1 otherwise (the paper's footnote 2 writes it with r_ij = s_i s_j p_ij,
 * each unordered pair counted twice). Lower energy is better: a friendly pair split apart adds
 * energy, a hostile pair split apart removes it.
 *
 * <p>Propensities must be symmetric. The paper needs it (its footnote 2): only with p_ij = p_ji is
 * the energy a potential of the actors' own frustrations F_i(X) = sum_j s_j p_ij d_ij(X), so
 * that an actor that lowers its own frustration by switching sides lowers E too, and myopic
 * actors end in a local minimum of E. The diagonal is ignored (an actor has no propensity
 * toward itself).
 */
public final class Landscape {
    private final String[] codes;
    private final double[] sizes;
    private final double[] propensity;
    private final int n;

    /**
     * @param propensity row-major n x n matrix, p[i * n + j]
     * @throws IllegalArgumentException with one line saying what is wrong (not square, not
     *                                  symmetric, a size not positive, duplicate codes, NaN)
     */
    public Landscape(List<String> codes, double[] sizes, double[] propensity) {
        n = codes.size();
        if (n < 2) throw new IllegalArgumentException("landscape theory needs at least two actors, found " + n);
        if (sizes.length != n) throw new IllegalArgumentException(sizes.length + " sizes for " + n + " actors");
        if (propensity.length != (long) n * n) {
            throw new IllegalArgumentException("the propensity matrix must be square (" + n + " x " + n + " for " + n + " actors), found " + propensity.length + " values");
        }
        Set<String> seen = new HashSet<>();
        for (String c : codes) if (!seen.add(c)) throw new IllegalArgumentException("actor " + c + " appears twice");
        for (int i = 0; i < n; i++) {
            if (!(sizes[i] > 0) || !Double.isFinite(sizes[i])) {
                throw new IllegalArgumentException("size of " + codes.get(i) + " must be a positive number, found " + sizes[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double a = propensity[i * n + j], b = propensity[j * n + i];
                if (!Double.isFinite(a) || !Double.isFinite(b)) {
                    throw new IllegalArgumentException("propensity of " + codes.get(i) + " and " + codes.get(j) + " is not a finite number");
                }
                if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalArgumentException(asymmetry(codes.get(i), codes.get(j), a, b));
                }
            }
        }
        this.codes = codes.toArray(new String[0]);
        this.sizes = sizes.clone();
        this.propensity = propensity.clone();
        // Average the two triangles so that p_ij and p_ji are the same double.
        for (int i = 0; i < n; i++) {
            this.propensity[i * n + i] = 0;
            for (int j = i + 1; j < n; j++) {
                double m = (propensity[i * n + j] + propensity[j * n + i]) / 2;
                this.propensity[i * n + j] = m;
                this.propensity[j * n + i] = m;
            }
        }
    }

    public static String asymmetry(String a, String b, double ab, double ba) {
        return "the propensity matrix is not symmetric: " + a + "-" + b + " is " + ab + " but " + b + "-" + a + " is " + ba
                + " (landscape theory needs p_ij = p_ji, so that an actor that lowers its own frustration also lowers the energy)";
    }

    public int n() { return n; }
    public String code(int i) { return codes[i]; }
    public List<String> codes() { return List.of(codes); }
    public double size(int i) { return sizes[i]; }
    public double propensity(int i, int j) { return i == j ? 0 : propensity[i * n + j]; }

    /** w_ij = s_i s_j p_ij, row-major with a zero diagonal: what the energy sums. */
    public double[] weights() {
        double[] w = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) if (i != j) w[i * n + j] = sizes[i] * sizes[j] * propensity[i * n + j];
        }
        return w;
    }

    /** The same landscape with the actors in the order given by perm (new actor k is old actor perm[k]). */
    public Landscape permuted(int[] perm) {
        String[] c = new String[n];
        double[] s = new double[n];
        double[] p = new double[n * n];
        for (int a = 0; a < n; a++) {
            c[a] = codes[perm[a]];
            s[a] = sizes[perm[a]];
            for (int b = 0; b < n; b++) p[a * n + b] = propensity[perm[a] * n + perm[b]];
        }
        return new Landscape(Arrays.asList(c), s, p);
    }
}
