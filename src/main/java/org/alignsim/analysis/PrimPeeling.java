package org.alignsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM's top-down peeling (Friedman and Fisher 1999), as EMA Workbench's scenario discovery uses
 * it: start from the box holding every point; at each step try, for every factor, cutting off
 * the alpha share of the box's points with the lowest or with the highest values, and keep the
 * cut that leaves the highest density (mean of the binary outcome) inside; stop before the box's
 * mass would fall below massMin. Peeling only a small share per step (alpha = 0.05) is what makes
 * PRIM "patient": no single step commits much of the data.
 *
 * <p>Ties: the candidate removing fewer points wins (it keeps more coverage), then the lower
 * factor index, the lower side first, so the trajectory is deterministic. With tied factor values
 * (grid designs) a cut removes every point at the cut value, so it may remove more than alpha;
 * a factor with a single value left in the box cannot be peeled.
 */
final class PrimPeeling {
    private PrimPeeling() {}

    static List<PrimBox> peel(double[][] x, boolean[] y, double alpha, double massMin) {
        int total = y.length, k = x[0].length, hits = 0;
        for (boolean b : y) if (b) hits++;
        double[] min = new double[k], max = new double[k];
        bounds(x, min, max);
        int[] all = new int[total];
        for (int p = 0; p < total; p++) all[p] = p;
        List<PrimBox> out = new ArrayList<>();
        PrimBox box = PrimBox.of(min, max, all, y, hits, min, max);
        out.add(box);
        while (true) {
            PrimBox best = null;
            for (int f = 0; f < k; f++) {
                for (boolean low : new boolean[]{true, false}) {
                    PrimBox c = cut(box, x, y, hits, f, low, alpha, min, max);
                    if (c != null && (best == null || better(c, best))) best = c;
                }
            }
            if (best == null || best.mass() < massMin) return out;
            box = best;
            out.add(box);
        }
    }

    /** Strictly better: higher density, or equal density and more points kept (earlier candidates win remaining ties). */
    private static boolean better(PrimBox c, PrimBox best) {
        if (c.density() != best.density()) return c.density() > best.density();
        return c.n() > best.n();
    }

    private static PrimBox cut(PrimBox box, double[][] x, boolean[] y, int hits, int f, boolean low, double alpha, double[] min, double[] max) {
        int n = box.n();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = x[box.members()[i]][f];
        Arrays.sort(v);
        if (v[0] == v[n - 1]) return null;
        int m = Math.max(1, (int) Math.floor(alpha * n + 1e-9));
        // Everything at or beyond the m-th value from the chosen end goes.
        double at = low ? v[m - 1] : v[n - m];
        int[] keep = Arrays.stream(box.members()).filter(p -> low ? x[p][f] > at : x[p][f] < at).toArray();
        if (keep.length == 0) return null;
        double[] lo = box.lo().clone(), hi = box.hi().clone();
        double edge = low ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int p : keep) edge = low ? Math.min(edge, x[p][f]) : Math.max(edge, x[p][f]);
        if (low) lo[f] = edge;
        else hi[f] = edge;
        return PrimBox.of(lo, hi, keep, y, hits, min, max);
    }

    static void bounds(double[][] x, double[] min, double[] max) {
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int f = 0; f < row.length; f++) {
                min[f] = Math.min(min[f], row[f]);
                max[f] = Math.max(max[f], row[f]);
            }
        }
    }
}
