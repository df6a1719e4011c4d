package org.alignsim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sim.util.Interval;
import sim.util.SimpleProperties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Console's Model tab offers, read as MASON's Console reads it (SimpleProperties on the
 * model): every live parameter with the registry's slider, and only those the run's decision
 * rule reads. The expected lists are written out here, from AlignmentModel.decide and the
 * landscape rule, rather than taken from the registry they check.
 */
class LiveParameterConsoleTest {
    private static final List<String> WEIGHTS = List.of("WeightThreat", "WeightTrade", "WeightArms", "WeightTradition",
            "WeightHierarchy", "WeightPower", "WeightInstitutions", "WeightPoles", "WeightIdeology");
    private static final List<String> POLES = List.of("ChinaInducement", "ChinaCoercion", "UsPressure", "UsReward");

    private static AlignmentModel model(Parameters.Rule rule) {
        return new AlignmentModel(new World(TestScenarios.mini(Map.of("decision.rule", rule.key))), 1);
    }

    /** The read-write properties the Console offers (not hidden). */
    private static Set<String> offered(AlignmentModel m) {
        SimpleProperties p = new SimpleProperties(m);
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < p.numProperties(); k++) if (p.isReadWrite(k) && !p.isHidden(k)) out.add(p.getName(k));
        return out;
    }

    private static Set<String> all() {
        Set<String> s = new LinkedHashSet<>(WEIGHTS);
        s.add("ThreatDiscount");
        s.add("TraditionDiscount");
        s.addAll(List.of("Rationality", "Inertia", "RevisionRate", "ShockSd", "SwitchingCost", "RealignmentCost", "EventReview", "HedgingBand"));
        s.addAll(POLES);
        return s;
    }

    /** The Console shows a property's description as its tooltip: each says where in a scenario file the value lives. */
    @Test
    void everyOfferedParameterExplainsItselfWithItsScenarioKey() {
        SimpleProperties p = new SimpleProperties(model(Parameters.Rule.PERSISTENT));
        Map<String, String> keys = Map.of("WeightTrade", "weights.trade", "ShockSd", "decision.shock_sd",
                "HedgingBand", "blocs.hedging_band", "ChinaCoercion", "china.coercion", "UsReward", "us.reward");
        for (int k = 0; k < p.numProperties(); k++) {
            if (!all().contains(p.getName(k))) continue;
            String d = p.getDescription(k);
            assertTrue(d != null && d.length() > 20, p.getName(k) + ": " + d);
            if (keys.containsKey(p.getName(k))) assertTrue(d.contains(keys.get(p.getName(k))), p.getName(k) + ": " + d);
        }
    }

    @Test
    void persistentHidesTheRationality() {
        Set<String> expected = all();
        expected.remove("Rationality");
        assertEquals(expected, offered(model(Parameters.Rule.PERSISTENT)));
    }

    @Test
    void logitHidesTheShockAndTheSwitchingCost() {
        Set<String> expected = all();
        expected.removeAll(List.of("ShockSd", "SwitchingCost", "RealignmentCost"));
        assertEquals(expected, offered(model(Parameters.Rule.LOGIT)));
    }

    @Test
    void landscapeHidesTheWeightsAndAllThatActsThroughThePulls() {
        // Its propensities are worked out once from the scenario's weights; only these reach its decisions or the blocs.
        // An event's prompt to reconsider decides when a state chooses, not what, so it acts under every rule.
        assertEquals(Set.of("Rationality", "RevisionRate", "EventReview", "HedgingBand"), offered(model(Parameters.Rule.LANDSCAPE)));
    }

    @ParameterizedTest
    @EnumSource(Parameters.Rule.class)
    void everyLiveParameterIsAPropertyWithTheRegistrysSliderAndHiddenOnlyWhereItIdles(Parameters.Rule rule) {
        SimpleProperties p = new SimpleProperties(model(rule));
        List<String> names = new ArrayList<>();
        for (int k = 0; k < p.numProperties(); k++) names.add(p.getName(k));
        for (LiveParameter lp : LiveParameter.values()) {
            int k = names.indexOf(lp.property());
            assertTrue(k >= 0, lp.property() + " in " + names);
            assertTrue(p.isReadWrite(k), lp.property());
            Interval d = assertInstanceOf(Interval.class, p.getDomain(k), lp.property());
            assertEquals(lp.slider.min(), d.getMin().doubleValue(), lp.property());
            assertEquals(lp.slider.max(), d.getMax().doubleValue(), lp.property());
            assertEquals(!lp.actsUnder(rule), p.isHidden(k), lp.property() + " under " + rule.key);
        }
    }

    @Test
    void theRegistryListsEveryParameterTheConsoleCanChange() {
        Set<String> registry = new LinkedHashSet<>();
        for (LiveParameter lp : LiveParameter.values()) registry.add(lp.property());
        assertEquals(all(), registry);
        SimpleProperties p = new SimpleProperties(model(Parameters.Rule.PERSISTENT));
        Set<String> writable = new LinkedHashSet<>();
        for (int k = 0; k < p.numProperties(); k++) if (p.isReadWrite(k)) writable.add(p.getName(k));
        assertEquals(registry, writable);
    }

    @Test
    void aScenarioThatGivesNoneOfThemStartsTheModelAtTheRegistrysDefaults() {
        // mini.yaml sets no weight, decision, bloc or pole parameter, so the binder's defaults are what the model holds.
        SimpleProperties p = new SimpleProperties(model(Parameters.Rule.PERSISTENT));
        for (int k = 0; k < p.numProperties(); k++) {
            for (LiveParameter lp : LiveParameter.values()) {
                if (lp.property().equals(p.getName(k))) assertEquals(lp.dflt, ((Number) p.getValue(k)).doubleValue(), lp.key);
            }
        }
    }

    @Test
    void theRegistryOfAScenariosNumbersCallsTheseLiveAndNoOthers() {
        Set<ScenarioParameter> console = new LinkedHashSet<>();
        for (LiveParameter lp : LiveParameter.values()) console.add(lp.param);
        Set<ScenarioParameter> live = new LinkedHashSet<>();
        for (ScenarioParameter p : ScenarioParameter.values()) if (p.live()) live.add(p);
        assertEquals(console, live);
    }

    @Test
    void sliderEndsLieWithinWhatAScenarioMayGive() {
        for (LiveParameter lp : LiveParameter.values()) {
            assertTrue(lp.slider.min() >= lp.allowed.min() && lp.slider.max() <= lp.allowed.max(), lp.key);
            assertTrue(lp.dflt >= lp.slider.min() && lp.dflt <= lp.slider.max(), lp.key + ": the default is on the slider");
        }
    }
}
