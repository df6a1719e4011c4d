package org.alignsim.sweep;

import org.alignsim.runtime.DecisionRules;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioLoader;

/** {@code sweep --dry-run}: what would run, and a time estimate from a few timed runs of the first point. */
public final class DryRun {
    private DryRun() {}

    /** The design, the run count and the estimated time, as {@code sweep --dry-run} prints them. */
    public static String describe(SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design, Shard sh, int threads) {
        StringBuilder b = new StringBuilder();
        int pStart = sh.firstPoint(design.points()), pEnd = sh.endPoint(design.points());
        long runs = (long) (pEnd - pStart) * spec.replications();
        b.append(String.format("sweep %s on %s%n", spec.name(), ScenarioLoader.display(spec.scenarioFile())));
        b.append(String.format("design %s: %d points x %d replications = %d runs%s%n", spec.design().type().key, design.points(),
                spec.replications(), design.runs(), sh.whole() ? "" : "; shard " + sh + ": points " + pStart + "-" + (pEnd - 1) + ", " + runs + " runs"));
        for (SweepSpec.Factor f : spec.factors()) {
            b.append(String.format("  factor %s: %s%n", f.path(), f.levels() != null ? f.levels() : "[" + f.min() + ", " + f.max() + "]"));
        }
        // Time a few runs of the first point to estimate the whole.
        World w = new World(base.with(design.overrides(pStart)));
        for (int k = 0; k < 20; k++) DecisionRules.model(w, k).runToEnd();
        int probes = 50;
        long t0 = System.nanoTime();
        for (int k = 0; k < probes; k++) DecisionRules.model(w, 100 + k).runToEnd();
        double perRun = (System.nanoTime() - t0) / 1e9 / probes;
        double est = perRun * runs / Math.min(threads, Math.max(1, runs));
        b.append(String.format("estimated time: %.1f s on %d threads (%.2f ms per run)%n", est, threads, perRun * 1000));
        return b.toString();
    }
}
