package org.alignsim.scenario;

import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Overrides (a sweep's factor values) replace exactly the values at their key paths. */
class ScenarioOverridesTest {

    private static final Path MINI = TestScenarios.resource("mini.yaml");

    @Test
    void overridesChangeExactlyThoseValues() {
        Scenario plain = ScenarioLoader.load(MINI).scenario();
        Scenario over = ScenarioLoader.load(MINI, Map.of("weights.trade", 2.5, "states.IND.hedging", 0.9)).scenario();

        assertEquals(2.5, over.weights().trade());
        assertEquals(0.9, state(over, "IND").hedging());
        // mini.yaml sets neither: the defaults apply without overrides
        assertEquals(4.5, plain.weights().trade());
        assertEquals(0.8, state(plain, "IND").hedging());

        int ind = plain.states().indexOf(state(plain, "IND"));
        assertEquals(List.of("weights.trade", "states[" + ind + "].hedging"), differences(plain, over));
    }

    @Test
    void noOverridesGiveTheSameScenarioAsLoadWithoutThem() {
        assertEquals(List.of(), differences(ScenarioLoader.load(MINI).scenario(), ScenarioLoader.load(MINI, Map.of()).scenario()));
    }

    @Test
    void overrideOfAWholeNumberAndAList() {
        Scenario s = ScenarioLoader.load(MINI, Map.of("decision.options", 11, "asian_nato.members", List.of("JPN"),
                "china.strategy", "coercion")).scenario();
        assertEquals(11, s.decision().options());
        assertEquals(List.of("JPN"), s.asianNato().members());
        assertEquals(Parameters.ChinaStrategy.COERCION, s.china().strategy());
    }

    @Test
    void overrideOfAnEventByItsKeyPath() {
        Scenario s = ScenarioLoader.load(MINI, Map.of("events.crisis.size", 3.0)).scenario();
        assertEquals(3.0, s.events().get(0).size());
    }

    @Test
    void overrideWithAnUnknownKeyPathFailsNamingThePath() {
        assertOverrideFails(Map.of("weights.nonsense", 1.0), "weights.nonsense", "unknown key");
    }

    @Test
    void overrideWithAnUnknownNestedKeyFailsNamingThePath() {
        assertOverrideFails(Map.of("states.IND.hedgin", 0.5), "states.IND.hedgin", "unknown key");
    }

    @Test
    void overrideWithAnUnknownTopLevelKeyFailsNamingThePath() {
        assertOverrideFails(Map.of("nonsense", 1.0), "nonsense", "unknown key");
    }

    @Test
    void overrideOutOfRangeFailsNamingThePath() {
        assertOverrideFails(Map.of("weights.trade", 101.0), "weights.trade", "101");
    }

    @Test
    void overrideOfTheWrongTypeFailsNamingThePath() {
        assertOverrideFails(Map.of("weights.trade", "high"), "weights.trade", "number");
    }

    @Test
    void overrideThroughAScalarFailsNamingThePath() {
        assertOverrideFails(Map.of("name.first", "x"), "name.first", "not a mapping");
    }

    @Test
    void overrideWithAnEmptyPartFailsNamingThePath() {
        assertOverrideFails(Map.of("weights..trade", 1.0), "weights..trade", "empty");
    }

    private static void assertOverrideFails(Map<String, Object> overrides, String path, String word) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(MINI, overrides));
        String msg = e.getMessage();
        ScenarioErrors.assertOneLine(msg);
        assertTrue(msg.contains(path + ": "), () -> "should name " + path + ": " + msg);
        assertEquals(path, e.path(), msg);
        assertTrue(msg.contains(word), () -> "should mention \"" + word + "\": " + msg);
    }

    private static Parameters.State state(Scenario s, String code) {
        return s.states().stream().filter(x -> x.iso3().equals(code)).findFirst().orElseThrow();
    }

    /** The paths (records, lists, maps, arrays walked) at which two values differ. */
    static List<String> differences(Object a, Object b) {
        List<String> out = new ArrayList<>();
        diff("", a, b, out);
        return out;
    }

    private static void diff(String path, Object a, Object b, List<String> out) {
        if (a instanceof Record && b != null && a.getClass() == b.getClass()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    diff(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) diff(path + "[" + i + "]", la.get(i), lb.get(i), out);
        } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb && ma.keySet().equals(mb.keySet())) {
            for (Object k : ma.keySet()) diff(path + "." + k, ma.get(k), mb.get(k), out);
        } else if (a instanceof double[] da && b instanceof double[] db) {
            if (!Arrays.equals(da, db)) out.add(path);
        } else if (!Objects.equals(a, b)) {
            out.add(path);
        }
    }
}
