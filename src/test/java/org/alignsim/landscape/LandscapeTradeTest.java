package org.alignsim.landscape;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.TradeDependence;
import org.alignsim.model.World;
import org.alignsim.runtime.Landscape;
import org.alignsim.runtime.ScenarioLandscape;
import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How trade enters the landscape built from a scenario. The model's trade term holds a state
 * dependent on both poles toward the middle; a rule with two sides and no middle must read from
 * it only what trade prefers between the two ends, (V_W - V_E) / 2, wherever the state stands.
 */
class LandscapeTradeTest {
    /** The baseline with every weight but trade's at 0 and no threat discount: the west pole's propensities are trade's alone. */
    private static Scenario tradeOnly(double spinUpYears) {
        Map<String, Object> o = new HashMap<>();
        for (String k : new String[]{"threat", "arms", "tradition", "hierarchy", "power", "institutions", "poles", "ideology"}) o.put("weights." + k, 0.0);
        o.put("trade.threat_discount", 0.0);
        o.put("time.spin_up_years", spinUpYears);
        return ScenarioLoader.load(Path.of("scenarios", "indo-pacific-2024.yaml"), o).scenario();
    }

    @Test
    void tradeGivesTheWestPoleWhatItPrefersBetweenTheEndsFromIndependentlyComputedDependence() {
        Scenario s = tradeOnly(10);
        Landscape l = ScenarioLandscape.of(s);
        World w = new World(s);
        AlignmentModel m = new AlignmentModel(w, 0);
        m.start();
        double weight = s.weights().trade(), asym = s.trade().asymmetry(), sat = s.trade().saturation();
        double sizeWest = l.size(w.west);
        int checked = 0;
        for (int i : w.actors) {
            double vWest = TradeDependence.vulnerability(m.shareWest(i), w.openness[i], m.gdp(i), m.gdp(w.west), asym, sat);
            double vEast = TradeDependence.vulnerability(m.shareEast(i), w.openness[i], m.gdp(i), m.gdp(w.east), asym, sat);
            assertEquals(weight * (vWest - vEast) / 2, sizeWest * l.propensity(i, w.west), 1e-12, w.codes[i]);
            checked++;
        }
        assertEquals(38, checked);
    }

    @Test
    void whereTheStatesStandDoesNotChangeWhatTradeMakesOfTheLandscape() {
        // Without a spin-up every state starts at 0; after ten years they stand apart. Trade's
        // propensities must be the same either way.
        Landscape spun = ScenarioLandscape.of(tradeOnly(10)), unspun = ScenarioLandscape.of(tradeOnly(0));
        AlignmentModel a = new AlignmentModel(new World(tradeOnly(10)), 0), b = new AlignmentModel(new World(tradeOnly(0)), 0);
        a.start();
        b.start();
        double moved = 0;
        for (int i = 0; i < spun.n(); i++) moved = Math.max(moved, Math.abs(a.alignment(i) - b.alignment(i)));
        assertTrue(moved >= 0.2, "the spin-up moves the states, so their trade slopes differ: " + moved);
        for (int i = 0; i < spun.n(); i++)
            for (int j = 0; j < spun.n(); j++) assertEquals(unspun.propensity(i, j), spun.propensity(i, j), 1e-12);
    }

    @Test
    void moreTradeWithChinaNeverDrawsAStateTowardTheUs() {
        Scenario base = tradeOnly(10);
        Scenario more = ScenarioLoader.load(Path.of("scenarios", "indo-pacific-2024.yaml"), Map.of(
                "weights.threat", 0.0, "weights.arms", 0.0, "weights.tradition", 0.0, "weights.hierarchy", 0.0, "weights.power", 0.0,
                "weights.institutions", 0.0, "weights.poles", 0.0, "weights.ideology", 0.0, "trade.threat_discount", 0.0,
                "states.VNM.trade.CHN", 0.4)).scenario();
        World w = new World(base);
        int vnm = w.index.get("VNM");
        assertTrue(ScenarioLandscape.of(more).propensity(vnm, w.west) < ScenarioLandscape.of(base).propensity(vnm, w.west));
    }
}
