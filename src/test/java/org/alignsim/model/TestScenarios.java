package org.alignsim.model;

import org.alignsim.scenario.ScenarioLoader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Scenarios for tests: the six-state mini world and the project's own scenario files. */
public final class TestScenarios {
    private TestScenarios() {}

    public static Path resource(String name) {
        try {
            return Path.of(TestScenarios.class.getResource("/scenarios/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Scenario mini() {
        return ScenarioLoader.load(resource("mini.yaml")).scenario();
    }

    public static Scenario mini(Map<String, Object> overrides) {
        return ScenarioLoader.load(resource("mini.yaml"), overrides).scenario();
    }

    /** A file under the project's scenarios/ folder (tests run from the project root). */
    public static Scenario project(String file) {
        return ScenarioLoader.load(Path.of("scenarios", file)).scenario();
    }
}
