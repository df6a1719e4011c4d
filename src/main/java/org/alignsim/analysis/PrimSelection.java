package org.alignsim.analysis;


import org.alignsim.base.UserError;

import java.util.List;

/**
 * Which box of the peeling trajectory to report. Peeling trades coverage for density, so the
 * choice is the analyst's; two rules are offered.
 *
 * <ul>
 * <li>With a minimum density D: the box of highest coverage among those with density ≥ D (ties:
 *     the higher density, then the later box). Coverage only falls along the trajectory, so this
 *     is the first box to reach D: the one that explains the most of the phenomenon at the purity
 *     asked for.</li>
 * <li>Without one: the knee of the coverage–density curve, the box farthest from the straight
 *     line between the first box (everything: coverage 1, density = base rate) and the last, both
 *     axes scaled to the trajectory's range; past the knee each gain in density costs more
 *     coverage than before. If no box lies above that line the last box is taken.</li>
 * </ul>
 */
final class PrimSelection {
    private PrimSelection() {}

    static int byMinDensity(List<PrimBox> t, double minDensity) {
        int best = -1;
        for (int s = 0; s < t.size(); s++) {
            PrimBox b = t.get(s);
            if (b.density() < minDensity) continue;
            if (best < 0) {
                best = s;
                continue;
            }
            PrimBox c = t.get(best);
            if (b.coverage() > c.coverage() || (b.coverage() == c.coverage() && b.density() >= c.density())) best = s;
        }
        if (best < 0) {
            double top = t.stream().mapToDouble(PrimBox::density).max().orElse(0);
            throw new UserError("no box on the peeling trajectory reaches density " + minDensity + " (the highest is "
                    + String.format(java.util.Locale.ROOT, "%.3f", top) + "); lower --min-density");
        }
        return best;
    }

    static int knee(List<PrimBox> t) {
        double cMin = Double.POSITIVE_INFINITY, cMax = Double.NEGATIVE_INFINITY, dMin = Double.POSITIVE_INFINITY, dMax = Double.NEGATIVE_INFINITY;
        for (PrimBox b : t) {
            cMin = Math.min(cMin, b.coverage());
            cMax = Math.max(cMax, b.coverage());
            dMin = Math.min(dMin, b.density());
            dMax = Math.max(dMax, b.density());
        }
        int last = t.size() - 1;
        double cs = cMax > cMin ? cMax - cMin : 1, ds = dMax > dMin ? dMax - dMin : 1;
        double x0 = (t.get(0).coverage() - cMin) / cs, y0 = (t.get(0).density() - dMin) / ds;
        double x1 = (t.get(last).coverage() - cMin) / cs, y1 = (t.get(last).density() - dMin) / ds;
        double lx = x1 - x0, ly = y1 - y0, len = Math.hypot(lx, ly);
        if (len == 0) return last;
        int best = last;
        double bestDist = 0;
        for (int s = 0; s < t.size(); s++) {
            double px = (t.get(s).coverage() - cMin) / cs - x0, py = (t.get(s).density() - dMin) / ds - y0;
            // Signed distance, positive on the side of high coverage and high density: the chord
            // runs from (high coverage, low density) to (low coverage, high density), so that is
            // the side where the cross product chord x point is negative.
            double dist = -(lx * py - ly * px) / len;
            if (dist > bestDist + 1e-12) {
                bestDist = dist;
                best = s;
            }
        }
        return best;
    }
}
