package org.alignsim.data;

import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The baseline's data-derived inputs are what the documented rules give on the project's data
 * (scenarios/README.md, "Derived from data"): a value edited by hand, or data replaced without
 * deriving again, fails here.
 */
class BaselineInputsTest {
    private static final Scenario BASELINE = ScenarioLoader.load(Path.of("scenarios", "indo-pacific-2024.yaml")).scenario();
    private static final DerivedInputs RULES = new DerivedInputs(Path.of("data"));

    @Test
    void hedgingIsTheShareOfPostwarYearsOutsideGreatPowerAlliances() {
        for (Parameters.State s : BASELINE.states()) {
            if (isPole(s)) continue;
            assertEquals(RULES.hedging(s.iso3()), s.hedging(), 1e-9, s.iso3());
        }
    }

    @Test
    void armsAreTheSharesOfImportsFromEachSupplier2012To2021() {
        for (Parameters.State s : BASELINE.states()) assertEquals(RULES.arms(s.iso3(), 2012, 2021), s.arms(), s.iso3());
    }

    @Test
    void democracyIsVDemsElectoralDemocracyIn2023() {
        for (Parameters.State s : BASELINE.states()) {
            double d = RULES.democracy(s.iso3(), 2023);
            if (Double.isNaN(d)) continue;   // BRN: not coded by V-Dem, an estimate in the scenario
            assertEquals(d, s.democracy(), 1e-9, s.iso3());
        }
    }

    @Test
    void tiersFollowMembershipsTroopsAndArms() {
        for (Parameters.State s : BASELINE.states()) {
            if (s.iso3().equals("CHN")) continue;
            assertEquals(RULES.tier(s.iso3(), 2024, 2012, 2021), s.tier().key, s.iso3());
        }
    }

    @Test
    void theUsShareAtParityIsMaddisonsForTheScenariosStatesIn2018() {
        List<String> states = BASELINE.states().stream().map(Parameters.State::iso3).toList();
        assertEquals(RULES.gdpShareAtParity("USA", states, 2018), BASELINE.voting().hegemonyShare(), 1e-9);
    }

    @Test
    void cohesionIsTheDensityOfDefencePactsAboveAFloor() {
        for (Parameters.Institution i : BASELINE.institutions()) assertEquals(RULES.cohesion(i.members(), 2018, 0.2), i.cohesion(), 1e-9, i.name());
    }

    @Test
    void theUsKeepsForcesWhereItsMajorBasesAbroadAre() {
        List<Parameters.Base> bases = BASELINE.states().stream().filter(s -> s.iso3().equals("USA")).findFirst().orElseThrow().forwardBases();
        List<String[]> expected = RULES.usForwardBases();
        assertEquals(expected.size(), bases.size());
        for (int k = 0; k < bases.size(); k++) {
            assertEquals(expected.get(k)[0], bases.get(k).name());
            assertEquals(Double.parseDouble(expected.get(k)[1]), bases.get(k).lat(), 1e-9);
            assertEquals(Double.parseDouble(expected.get(k)[2]), bases.get(k).lon(), 1e-9);
        }
    }

    private static boolean isPole(Parameters.State s) {
        return s.iso3().equals(BASELINE.poles().west()) || s.iso3().equals(BASELINE.poles().east());
    }

}
