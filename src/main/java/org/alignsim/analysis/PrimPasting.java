package org.alignsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PRIM's bottom-up pasting (Friedman and Fisher 1999): peeling is greedy and may have cut too
 * deep, so try widening each restricted limit by the alpha share of the box's points that lie
 * just outside it (and inside every other limit), keep the widening with the highest density, and
 * repeat while the density does not fall. Unlike Friedman and Fisher's strict "while the mean
 * rises", an equal density is accepted: inside a region where the outcome always happens the
 * density is already 1, and it is exactly there that pasting should win back the points peeling
 * cut off. Each accepted paste adds points, so this ends.
 */
final class PrimPasting {
    private PrimPasting() {}

    static List<PrimBox> paste(double[][] x, boolean[] y, PrimBox start, double alpha) {
        int k = x[0].length, hits = 0;
        for (boolean b : y) if (b) hits++;
        double[] min = new double[k], max = new double[k];
        PrimPeeling.bounds(x, min, max);
        List<PrimBox> out = new ArrayList<>();
        PrimBox box = start;
        while (true) {
            PrimBox best = null;
            for (int f = 0; f < k; f++) {
                for (boolean low : new boolean[]{true, false}) {
                    if (low ? !box.restrictedLow(f, min) : !box.restrictedHigh(f, max)) continue;
                    PrimBox c = widen(box, x, y, hits, f, low, alpha, min, max);
                    if (c != null && (best == null || c.density() > best.density())) best = c;
                }
            }
            if (best == null || best.density() < box.density()) return out;
            box = best;
            out.add(box);
        }
    }

    private static PrimBox widen(PrimBox box, double[][] x, boolean[] y, int hits, int f, boolean low, double alpha, double[] min, double[] max) {
        // Points outside the box on this side of factor f only.
        List<Integer> outside = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            double v = x[p][f];
            if (low ? v >= box.lo()[f] : v <= box.hi()[f]) continue;
            if (insideExcept(box, x[p], f)) outside.add(p);
        }
        if (outside.isEmpty()) return null;
        double[] v = outside.stream().mapToDouble(p -> x[p][f]).sorted().toArray();
        int m = Math.min(v.length, Math.max(1, (int) Math.floor(alpha * box.n() + 1e-9)));
        // The m nearest values beyond the limit, plus any ties with the last of them.
        double edge = low ? v[v.length - m] : v[m - 1];
        int[] added = outside.stream().mapToInt(Integer::intValue).filter(p -> low ? x[p][f] >= edge : x[p][f] <= edge).toArray();
        int[] members = Arrays.copyOf(box.members(), box.n() + added.length);
        System.arraycopy(added, 0, members, box.n(), added.length);
        double[] lo = box.lo().clone(), hi = box.hi().clone();
        if (low) lo[f] = edge;
        else hi[f] = edge;
        return PrimBox.of(lo, hi, members, y, hits, min, max);
    }

    private static boolean insideExcept(PrimBox box, double[] row, int skip) {
        for (int g = 0; g < row.length; g++) {
            if (g != skip && (row[g] < box.lo()[g] || row[g] > box.hi()[g])) return false;
        }
        return true;
    }
}
