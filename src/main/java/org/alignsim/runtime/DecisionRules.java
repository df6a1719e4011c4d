package org.alignsim.runtime;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Parameters;
import org.alignsim.model.World;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Gives a model the decision rule its scenario names. Every place that builds a model for a run
 * (run, sweep, GUI, calibration) goes through {@link #model}, so {@code decision.rule} means the
 * same everywhere. A landscape is built once per World and shared by its runs.
 */
public final class DecisionRules {
    private static final Map<World, Landscape> LANDSCAPES = new WeakHashMap<>();

    private DecisionRules() {}

    public static AlignmentModel model(World world, long seed) {
        AlignmentModel m = new AlignmentModel(world, seed);
        if (world.scenario.decision().rule() == Parameters.Rule.LANDSCAPE) m.setDecisionRule(new LandscapeDecision(landscape(world)));
        return m;
    }

    private static Landscape landscape(World world) {
        synchronized (LANDSCAPES) {
            return LANDSCAPES.computeIfAbsent(world, w -> ScenarioLandscape.of(w.scenario));
        }
    }
}
