package org.alignsim.scenario;

import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.alignsim.scenario.ScenarioErrors.assertError;
import static org.alignsim.scenario.ScenarioErrors.loadFails;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file in src/test/resources/scenarios/bad/ fails at the line marked {@code # <-- error}
 * (and with the key path given after it), or at line 1 when nothing is marked.
 */
class BadScenarioFilesTest {

    private static final Pattern MARK = Pattern.compile("#\\s*<-- error(?::\\s*(\\S+))?");

    static Stream<Path> badFiles() throws IOException {
        try (Stream<Path> s = Files.list(TestScenarios.resource("bad"))) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            return files.stream();
        }
    }

    @Test
    void thereAreBadFiles() throws IOException {
        assertTrue(badFiles().count() >= 8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void failsAtTheMarkedLine(Path file) throws IOException {
        int line = 1;
        String path = "";
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            if (m.find()) {
                line = i + 1;
                path = m.group(1) == null ? "" : m.group(1);
            }
        }
        assertError(loadFails(file), file, line, path);
    }

    @Test
    void cycleFailsAtAnExtendsLineOfTheCycle() {
        Path a = TestScenarios.resource("bad/cycle/a.yaml");
        Path b = TestScenarios.resource("bad/cycle/b.yaml");
        ScenarioErrors.assertCycleError(loadFails(a), "a.yaml -> b.yaml -> a.yaml", a, b);
    }
}
