package org.alignsim.analysis;


import org.alignsim.base.UserError;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario discovery with PRIM: where in factor space is an outcome of interest likely? A design
 * point is "of interest" when its outcome, averaged over its replications, is at least the
 * threshold (--above, the default) or at most it (--below); for a 0/1 outcome such as
 * asian_nato_formed and threshold 0.5 that is "formed in at least half of the replications".
 * Any design with numeric factors serves (a Latin hypercube spreads points most evenly).
 */
public final class PrimAnalysis {
    private PrimAnalysis() {}

    public record Options(String outcome, double threshold, boolean above, double alpha, double massMin, Double minDensity, boolean paste) {}

    /** A factor's limits in the chosen box; unrestricted limits are reported as the factor's range. */
    public record Limit(String factor, double lower, double upper, boolean restrictedLow, boolean restrictedHigh, double min, double max) {
        public boolean restricted() { return restrictedLow || restrictedHigh; }
    }

    public record Step(int step, String kind, PrimBox box) {}

    /** The trajectory (peeling steps, then pasting steps), the chosen step's index in it, and its limits. */
    public record Result(Options options, int points, int hits, List<Step> trajectory, int chosen, String rule, List<Limit> limits) {
        public PrimBox box() { return trajectory.get(chosen).box(); }
    }

    public static Result analyse(SweepData data, Options o) {
        if (!(o.alpha() > 0 && o.alpha() < 0.5)) throw new UserError("--alpha must be between 0 and 0.5 (a share of the box peeled per step), found " + o.alpha());
        if (!(o.massMin() > 0 && o.massMin() < 1)) throw new UserError("--mass-min must be between 0 and 1, found " + o.massMin());
        if (o.minDensity() != null && !(o.minDensity() > 0 && o.minDensity() <= 1)) throw new UserError("--min-density must be in (0, 1], found " + o.minDensity());
        if (!Double.isFinite(o.threshold())) throw new UserError("--threshold must be a number");
        for (int f = 0; f < data.k(); f++) {
            for (double[] row : data.x) {
                if (Double.isNaN(row[f])) throw new UserError("factor " + data.factors.get(f).path() + " has non-numeric levels; PRIM needs numeric factors");
            }
        }
        String name = data.chooseOutcomes(List.of(o.outcome()), "PRIM").get(0);
        double[] y = data.pointMeans(name);
        boolean[] hit = new boolean[y.length];
        int hits = 0;
        for (int p = 0; p < y.length; p++) {
            hit[p] = o.above() ? y[p] >= o.threshold() : y[p] <= o.threshold();
            if (hit[p]) hits++;
        }
        String cond = name + (o.above() ? " >= " : " <= ") + o.threshold();
        if (hits == 0) throw new UserError("no design point has " + cond + " (averaged over replications): nothing to discover");
        if (hits == y.length) throw new UserError("every design point has " + cond + " (averaged over replications): nothing to discover");

        List<PrimBox> peeled = PrimPeeling.peel(data.x, hit, o.alpha(), o.massMin());
        int chosen = o.minDensity() == null ? PrimSelection.knee(peeled) : PrimSelection.byMinDensity(peeled, o.minDensity());
        String rule = o.minDensity() == null ? "knee" : "min-density " + o.minDensity();
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < peeled.size(); s++) steps.add(new Step(s, "peel", peeled.get(s)));
        if (o.paste()) {
            List<PrimBox> pasted = PrimPasting.paste(data.x, hit, peeled.get(chosen), o.alpha());
            for (PrimBox b : pasted) steps.add(new Step(steps.size(), "paste", b));
            if (!pasted.isEmpty()) {
                chosen = steps.size() - 1;
                rule += ", then pasted";
            }
        }
        return new Result(o, y.length, hits, steps, chosen, rule, limits(data, steps.get(chosen).box()));
    }

    private static List<Limit> limits(SweepData data, PrimBox box) {
        double[] min = new double[data.k()], max = new double[data.k()];
        PrimPeeling.bounds(data.x, min, max);
        List<Limit> out = new ArrayList<>();
        for (int f = 0; f < data.k(); f++) {
            SweepData.Factor fac = data.factors.get(f);
            boolean lo = box.restrictedLow(f, min), hi = box.restrictedHigh(f, max);
            out.add(new Limit(fac.path(), lo ? box.lo()[f] : fac.min(), hi ? box.hi()[f] : fac.max(), lo, hi, fac.min(), fac.max()));
        }
        return out;
    }
}
