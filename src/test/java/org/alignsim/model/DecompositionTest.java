package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AlignmentModel#decomposition}: the parts it reports are the ones the decision uses, the
 * moment {@link AlignmentModel#runUntil} stops at is the one a full run passes through, and a
 * mechanism's "alone" stance moves the way its data push it.
 */
class DecompositionTest {

    /** Without inertia, switching or realignment cost, the best response maximises the reported parts over the grid. */
    @Test
    void bestResponseMaximisesTheReportedUtilityOverTheGrid() {
        Scenario s = TestScenarios.mini(Map.of("decision.realignment_cost", 0.0, "decision.switching_cost", 0.0, "decision.inertia", 0.0));
        AlignmentModel m = new AlignmentModel(new World(s), 7);
        m.runUntil(2028.0);
        int options = s.decision().options();
        int checked = 0;
        for (int i : m.world.actors) {
            Decomposition d = m.decomposition(i);
            double l = 0, c = 0;
            for (int k = 0; k < Mechanism.ALL.length; k++) {
                l += d.linear()[k];
                c += d.curvature()[k];
            }
            double best = Double.NaN, bestU = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < options; k++) {
                double x = -1 + 2.0 * k / (options - 1);
                double u = l * x - c * x * x;
                // ties go to the option nearest the current stance, as the decision's do
                if (u > bestU + 1e-12 || (Math.abs(u - bestU) <= 1e-12 && Math.abs(x - d.stance()) < Math.abs(best - d.stance()))) {
                    bestU = u;
                    best = x;
                }
            }
            assertEquals(best, d.bestResponse(), 1e-9, d.state());
            checked++;
        }
        assertEquals(4, checked, "the four states that are not poles");
    }

    /** Each mechanism's slope at the stance is what the outputs report, and the threat's sources add up to its L. */
    @Test
    void partsAgreeWithTheReportedPullsAndTheThreatSourcesAddUp() {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.project("indo-pacific-2024.yaml")), 3);
        m.runUntil(2027.0);
        for (int i : m.world.actors) {
            Decomposition d = m.decomposition(i);
            for (Mechanism mech : Mechanism.ALL) assertEquals(m.contribution(mech, i), d.slope(mech), 1e-12, d.state() + " " + mech.key);
            double sum = 0;
            for (double t : d.threats()) sum += t;
            assertEquals(d.linear()[Mechanism.THREAT.ordinal()], sum, 1e-9, d.state());
            assertEquals(0.0, d.threats()[i], d.state() + " does not threaten itself");
            for (Mechanism mech : Mechanism.ALL) {
                boolean curved = mech == Mechanism.TRADE || mech == Mechanism.ARMS || mech == Mechanism.TRADITION || mech == Mechanism.INSTITUTIONS;
                if (!curved) assertEquals(0.0, d.curvature()[mech.ordinal()], d.state() + " " + mech.key + " is linear");
                assertTrue(d.curvature()[mech.ordinal()] >= 0, "utility concave in every part");
            }
        }
    }

    /** runUntil stops where a full run of the same seed is at that year: the same stances. */
    @Test
    void runUntilStopsAtTheMomentAFullRunPassesThrough() {
        Scenario s = TestScenarios.project("indo-pacific-2024.yaml");
        double at = 2031.25;
        Map<String, Double> seen = new HashMap<>();
        AlignmentModel full = new AlignmentModel(new World(s), 11);
        full.addObserver(mm -> {
            if (Math.abs(mm.year() - at) < 1e-9) for (int i : mm.world.actors) seen.put(mm.world.codes[i], mm.alignment(i));
        });
        full.runToEnd();
        AlignmentModel part = new AlignmentModel(new World(s), 11);
        part.runUntil(at);
        assertEquals(at, part.year(), 1e-9);
        assertEquals(part.world.actors.length, seen.size());
        for (int i : part.world.actors) assertEquals(seen.get(part.world.codes[i]), part.alignment(i), 0.0, part.world.codes[i]);
    }

    /** More of Japan's trade with China moves where trade alone would hold it toward China, all else equal. */
    @Test
    void tradeAloneMovesTowardTheLargerPartner() {
        double low = tradeAlone(0.10), high = tradeAlone(0.40);
        assertTrue(high < low, "trade alone: " + low + " with 10 % China trade, " + high + " with 40 %");
    }

    private static double tradeAlone(double chinaShare) {
        Scenario s = TestScenarios.mini(Map.of("states.JPN.trade.CHN", chinaShare));
        AlignmentModel m = new AlignmentModel(new World(s), 5);
        m.runUntil(2025.0);
        return m.decomposition(m.world.index.get("JPN")).ownBest(Mechanism.TRADE);
    }
}
