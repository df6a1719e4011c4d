package org.alignsim.validation;

import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;

import java.nio.file.Path;

/** Finding the states a validation file names in a scenario, with a one-line error when one is not there. */
final class StateLookup {
    private StateLookup() {}

    static String shown(Path p) { return ScenarioLoader.display(p); }

    /** The index of a deciding state (not a pole) named at a line of a file. */
    static int actor(World w, String code, Path file, int line) {
        Integer i = w.index.get(code);
        if (i == null) throw new ScenarioException(shown(file), line, code, "no such state in the scenario " + w.scenario.name());
        if (w.isPole(i)) throw new ScenarioException(shown(file), line, code, "is a pole of the scenario " + w.scenario.name() + ", whose stance is fixed");
        return i;
    }

    /** The index of a deciding state, or -1 if the scenario does not have it (or has it as a pole). */
    static int actorOrNone(World w, String code) {
        Integer i = w.index.get(code);
        return i == null || w.isPole(i) ? -1 : i;
    }
}
