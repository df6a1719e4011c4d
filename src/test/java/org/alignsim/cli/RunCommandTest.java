package org.alignsim.cli;

import org.alignsim.model.TestScenarios;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code alignsim run}: exit codes, the one-line error, and output folders that appear whole or not at all. */
class RunCommandTest {

    private static final String MINI = TestScenarios.resource("mini.yaml").toString();

    @TempDir
    Path tmp;

    /** Hidden staging folders {@code .<name>.partial-*} left next to {@code target}. */
    static List<String> partials(Path target) throws IOException {
        if (!Files.isDirectory(target.getParent())) return List.of();
        try (Stream<Path> s = Files.list(target.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + target.getFileName() + ".partial-")).toList();
        }
    }

    /** Every file under {@code dir}, by relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad/syntax-error.yaml", "bad/unknown-key.yaml", "bad/unknown-state.yaml",
            "bad/negative-gdp.yaml", "bad/duplicate-key.yaml", "bad/missing-base.yaml", "bad/even-options.yaml",
            "bad/event-ends-before-start.yaml", "bad/empty.yaml", "bad/list.yaml", "bad/cycle/a.yaml"})
    void badScenarioExitsWith2OneLineAndNoOutputFolder(String resource) throws IOException {
        Path scenario = TestScenarios.resource(resource);
        Path target = tmp.resolve("out");
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", target.toString());

        assertEquals(2, r.code(), () -> "exit code; stderr: " + r.err());
        assertEquals(1, r.errLines().size(), () -> "stderr should be one line:\n" + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("alignsim: error: "), line);
        assertTrue(line.contains(scenario.getFileName().toString()), () -> "should name the file: " + line);
        // the CLI passes on the loader's message as it is
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(scenario));
        assertEquals("alignsim: error: " + e.getMessage(), line);
        assertEquals("", r.out(), "nothing on stdout");

        assertFalse(Files.exists(target), "no output folder");
        assertEquals(List.of(), partials(target), "no staging folder left");
    }

    @Test
    void missingScenarioFileExitsWith2() throws IOException {
        Path scenario = tmp.resolve("no-such-scenario.yaml");
        Path target = tmp.resolve("out");
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", target.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("alignsim: error: "), r.err());
        assertTrue(r.err().contains("no-such-scenario.yaml"), r.err());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), partials(target));
    }

    @Test
    void badScenarioInATempFileNamesThatFile() throws IOException {
        String text = Files.readString(Path.of(MINI)) + "weights:\n  trad: 1\n";
        Path scenario = Files.writeString(tmp.resolve("typo.yaml"), text);
        int line = text.lines().toList().indexOf("  trad: 1") + 1;
        Path target = tmp.resolve("results").resolve("typo");
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", target.toString(), "--seed", "7");
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("alignsim: error: " + scenario.toAbsolutePath() + ":" + line + ": weights.trad: unknown key"), r.errLines());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), partials(target));
    }

    @Test
    void goodRunWritesTheFourFiles() throws IOException {
        Path target = tmp.resolve("out");
        Cli.Result r = Cli.run("run", MINI, "--out", target.toString(), "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (String f : new String[]{"timeseries.csv", "states.csv", "summary.json", "manifest.json"}) {
            Path p = target.resolve(f);
            assertTrue(Files.isRegularFile(p), f);
            assertTrue(Files.size(p) > 0, f + " is empty");
        }
        // 10 years at 4 steps a year: a header and step 0..40
        assertEquals(1 + 41, Files.readAllLines(target.resolve("timeseries.csv")).size());
        assertTrue(Files.readString(target.resolve("manifest.json")).contains("\"seed\""));
        assertEquals(List.of(), partials(target));
        assertTrue(r.out().contains("wrote"), r.out());
    }

    @Test
    void quietGoodRunPrintsNothing() {
        Cli.Result r = Cli.run("run", MINI, "--out", tmp.resolve("out").toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
    }

    @Test
    void secondRunToTheSameFolderNeedsForce() throws IOException {
        Path target = tmp.resolve("out");
        assertEquals(0, Cli.run("run", MINI, "--out", target.toString(), "--seed", "1", "-q").code());
        Map<String, byte[]> first = snapshot(target);

        Cli.Result again = Cli.run("run", MINI, "--out", target.toString(), "--seed", "2", "-q");
        assertEquals(2, again.code(), again.err());
        assertEquals(1, again.errLines().size(), again.err());
        assertTrue(again.errLines().get(0).startsWith("alignsim: error: "), again.err());
        assertTrue(again.err().contains("--force"), again.err());
        assertUnchanged(first, snapshot(target));
        assertEquals(List.of(), partials(target));

        Cli.Result forced = Cli.run("run", MINI, "--out", target.toString(), "--seed", "2", "-q", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("", forced.err());
        Map<String, byte[]> second = snapshot(target);
        assertEquals(first.keySet(), second.keySet());
        String manifest = new String(second.get("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.matches("(?s).*\"seed\"\\s*:\\s*2\\b.*"), "the forced run (seed 2) replaced the folder:\n" + manifest);
        assertEquals(List.of(), partials(target));
    }

    @Test
    void badScenarioDoesNotTouchAnExistingOutputFolder() throws IOException {
        Path target = tmp.resolve("out");
        assertEquals(0, Cli.run("run", MINI, "--out", target.toString(), "-q").code());
        Map<String, byte[]> first = snapshot(target);
        Cli.Result r = Cli.run("run", TestScenarios.resource("bad/unknown-key.yaml").toString(), "--out", target.toString(), "--force");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertUnchanged(first, snapshot(target));
        assertEquals(List.of(), partials(target));
    }

    @Test
    void helpExitsWith0() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("run"), r.out());
    }

    @Test
    void runHelpExitsWith0AndListsTheOptions() {
        Cli.Result r = Cli.run("run", "--help");
        assertEquals(0, r.code(), r.err());
        for (String o : new String[]{"--seed", "--out", "--force", "SCENARIO"}) assertTrue(r.out().contains(o), o + " in:\n" + r.out());
    }

    @Test
    void missingScenarioArgumentIsBadInput() {
        Cli.Result r = Cli.run("run");
        assertEquals(2, r.code());
        assertFalse(r.err().isEmpty());
    }

    @Test
    void unknownOptionIsBadInput() {
        Cli.Result r = Cli.run("run", MINI, "--no-such-option");
        assertEquals(2, r.code());
        assertFalse(r.err().isEmpty());
    }

    private static void assertUnchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "same files");
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k + " unchanged");
    }
}
