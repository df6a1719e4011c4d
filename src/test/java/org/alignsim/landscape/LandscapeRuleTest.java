package org.alignsim.landscape;

import org.alignsim.runtime.ScenarioLandscape;
import org.alignsim.runtime.Landscape;
import org.alignsim.runtime.DecisionRules;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.Scenario;
import org.alignsim.model.TestScenarios;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** decision.rule: landscape runs the model with Axelrod and Bennett's myopic actors. */
class LandscapeRuleTest {

    @Test
    void nearlyRationalLandscapeActorsSettleInALocalMinimum() {
        Scenario s = TestScenarios.project("indo-pacific-2024.yaml");
        s = org.alignsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/indo-pacific-2024.yaml"),
                Map.of("decision.rule", "landscape", "decision.rationality", 200.0, "decision.revision_rate", 8.0)).scenario();
        World w = new World(s);
        AlignmentModel m = DecisionRules.model(w, 3);
        Outcome o = m.runToEnd();
        Landscape l = ScenarioLandscape.of(s);
        for (int i : w.actors) {
            double a = o.finalAlignment().get(w.codes[i]);
            assertEquals(1.0, Math.abs(a), 0.0, w.codes[i] + " takes a side");
        }
        // No actor can lower its own frustration by switching sides: a local minimum of the energy,
        // to the resolution of the actors' rationality. A logit actor with rationality beta whose two
        // sides differ by less than 10 / beta is all but indifferent between them (odds within e^10;
        // a near tie such as the Philippines' takes either side), so the test holds the others,
        // whose sides differ by 0.1 or more here, to the side that frustrates them less.
        double resolution = 10 / 200.0;
        for (int i : w.actors) {
            double mine = 0, switched = 0, a = o.finalAlignment().get(w.codes[i]);
            for (int j = 0; j < w.n; j++) {
                if (j == i) continue;
                double weight = l.size(j) * l.propensity(i, j), aj = o.finalAlignment().get(w.codes[j]);
                mine += weight * Math.abs(a - aj) / 2;
                switched += weight * Math.abs(-a - aj) / 2;
            }
            assertTrue(mine <= switched + resolution, w.codes[i] + " would rather switch: " + mine + " > " + switched);
        }
    }

    @Test
    void thePersistentRuleIsTheDefaultAndTheRuleChangesTheRun() {
        Scenario logit = TestScenarios.mini();
        Scenario land = TestScenarios.mini(Map.of("decision.rule", "landscape"));
        assertEquals(org.alignsim.model.Parameters.Rule.PERSISTENT, logit.decision().rule());
        Outcome a = DecisionRules.model(new World(logit), 1).runToEnd();
        Outcome b = DecisionRules.model(new World(land), 1).runToEnd();
        assertNotEquals(a.finalAlignment(), b.finalAlignment());
        for (String c : new String[]{"JPN", "IND", "PAK", "DEU"}) assertEquals(1.0, Math.abs(b.finalAlignment().get(c)), 0.0);
    }

    @Test
    void anUnknownRuleIsABadInput() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TestScenarios.mini(Map.of("decision.rule", "majority")));
        assertTrue(e.getMessage().contains("decision.rule: must be persistent, logit or landscape"), e.getMessage());
    }
}
