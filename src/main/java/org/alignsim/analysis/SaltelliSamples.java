package org.alignsim.analysis;

import org.alignsim.results.Sample;
import org.alignsim.base.UserError;

/**
 * The model outputs of a Saltelli design, sorted by role: for base sample j, f(A_j), f(B_j),
 * f(AB_j^(i)) (A_j with column i taken from B_j) and, with second order, f(BA_j^(i)) (B_j with
 * column i taken from A_j). The rows of the design follow {@link org.alignsim.sweep.design.Designs#saltelli}:
 * per base sample a block of k+2 rows (A, AB^(1..k), B) or 2k+2 (A, AB^(1..k), BA^(1..k), B).
 *
 * <p>The layout is not taken on trust: every block of design.csv is checked to have it (an AB row
 * equals A except in its own column, which equals B's), so a design that is not Saltelli's (a
 * stored design, a hand-edited file) is refused instead of giving indices of nothing.
 */
record SaltelliSamples(int n, int k, double[] a, double[] b, double[][] ab, double[][] ba) {

    static SaltelliSamples of(SweepData data, double[] y) {
        int k = data.k();
        boolean second = data.design.secondOrder();
        int block = second ? 2 * k + 2 : k + 2;
        int n = data.design.samples();
        if (n < 1 || (long) n * block != data.points()) {
            throw new UserError(data.dir + ": design.csv has " + data.points() + " points, not the " + (long) n * block
                    + " of a saltelli design with N = " + n + " base samples over " + k + " factors" + (second ? " with second order" : ""));
        }
        // Outputs are centred on their mean (as SALib does). Every estimator here has the same
        // expectation for f and f − c (the c terms cancel because f(A), f(B), f(AB) and f(BA) all
        // have the same mean), but the first- and second-order ones multiply outputs, so an
        // outcome with a large mean against its spread would otherwise make them very noisy.
        double c = Sample.mean(y);
        double[] a = new double[n], b = new double[n];
        double[][] ab = new double[k][n], ba = second ? new double[k][n] : null;
        for (int j = 0; j < n; j++) {
            int row = j * block;
            checkBlock(data, row, block, second);
            a[j] = y[row] - c;
            b[j] = y[row + block - 1] - c;
            for (int i = 0; i < k; i++) {
                ab[i][j] = y[row + 1 + i] - c;
                if (second) ba[i][j] = y[row + 1 + k + i] - c;
            }
        }
        return new SaltelliSamples(n, k, a, b, ab, ba);
    }

    /** AB^(i) must be A with column i from B, BA^(i) B with column i from A; compared exactly (design.csv round-trips doubles). */
    private static void checkBlock(SweepData data, int row, int block, boolean second) {
        int k = data.k();
        double[] a = data.x[row], b = data.x[row + block - 1];
        for (int i = 0; i < k; i++) {
            if (!mix(data.x[row + 1 + i], a, b, i)) throw notSaltelli(data, row + 1 + i);
            if (second && !mix(data.x[row + 1 + k + i], b, a, i)) throw notSaltelli(data, row + 1 + k + i);
        }
    }

    private static boolean mix(double[] row, double[] base, double[] other, int col) {
        for (int f = 0; f < row.length; f++) {
            double want = f == col ? other[f] : base[f];
            if (Double.compare(row[f], want) != 0) return false;
        }
        return true;
    }

    private static UserError notSaltelli(SweepData data, int point) {
        return new UserError(data.dir + ": design.csv point " + point + " breaks the saltelli layout (A, AB per factor, "
                + (data.design.secondOrder() ? "BA per factor, " : "") + "B per base sample); was it run from another design?");
    }

    /**
     * Var(Y) over the A and B rows of the base samples in idx, with denominator 2N (numpy's var of
     * the stacked A and B outputs, as in SALib). Only A and B are independent draws from the input
     * distribution; the AB rows are not, so they stay out of the variance.
     */
    double variance(int[] idx) {
        double s = 0, ss = 0;
        for (int j : idx) {
            s += a[j] + b[j];
        }
        double mean = s / (2.0 * idx.length);
        for (int j : idx) {
            ss += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }
        return ss / (2.0 * idx.length);
    }
}
