package org.alignsim.scenario;

import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.alignsim.scenario.ScenarioErrors.assertError;
import static org.alignsim.scenario.ScenarioErrors.edit;
import static org.alignsim.scenario.ScenarioErrors.lineOf;
import static org.alignsim.scenario.ScenarioErrors.loadFails;
import static org.alignsim.scenario.ScenarioErrors.mini;
import static org.alignsim.scenario.ScenarioErrors.shown;
import static org.alignsim.scenario.ScenarioErrors.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code extends}: merging a child over its base, and the errors of a broken chain. */
class ScenarioExtendsTest {

    @TempDir
    Path dir;

    /** The base: mini.yaml with explicit weights and a second event. */
    private static String base() {
        return mini() + """
                  embargo:
                    type: trade
                    source: CHN
                    targets: [JPN, IND]
                    start_year: 2027
                    size: -0.1
                weights:
                  threat: 1.5
                  trade: 2
                  tradition: 0.5
                """;
    }

    @Test
    void childOverridesOneWeightAddsAnEventAndRemovesABaseEvent() {
        write(dir, "base.yaml", base());
        Path child = write(dir, "child.yaml", """
                extends: base.yaml
                weights:
                  trade: 3.5
                events:
                  crisis: null
                  blockade:
                    type: hostility
                    source: CHN
                    targets: [JPN]
                    start_year: 2028
                    size: 2
                """);
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(child);
        Scenario s = loaded.scenario();

        // the child's value
        assertEquals(3.5, s.weights().trade());
        // the base's other values
        assertEquals(1.5, s.weights().threat());
        assertEquals(0.5, s.weights().tradition());
        assertEquals(1.0, s.weights().power(), "a default the base did not set");
        assertEquals("mini", s.name());
        assertEquals(2024.5, s.time().startYear());
        assertEquals(6, s.states().size());
        assertEquals(4200, state(s, "JPN").gdp());
        // events: the base's kept one, the child's new one, not the removed one
        List<String> ids = s.events().stream().map(Parameters.Event::id).toList();
        assertTrue(ids.contains("embargo"), ids.toString());
        assertTrue(ids.contains("blockade"), ids.toString());
        assertFalse(ids.contains("crisis"), ids.toString());
        assertEquals(2, ids.size(), ids.toString());
        Parameters.Event blockade = s.events().stream().filter(e -> e.id().equals("blockade")).findFirst().orElseThrow();
        assertEquals(2028, blockade.startYear());
        assertEquals(List.of("JPN"), blockade.targets());
        // both files are recorded, base first
        assertEquals(List.of(shown(dir.resolve("base.yaml")), shown(child)),
                loaded.files().stream().map(ScenarioLoader.SourceFile::path).toList());
    }

    @Test
    void mapsMergeKeyByKeyAndListsReplace() {
        write(dir, "base.yaml", mini());
        Path child = write(dir, "child.yaml", """
                extends: base.yaml
                states:
                  JPN: {gdp: 4300}
                institutions:
                  REGION: {members: [IND, PAK]}
                """);
        Scenario s = ScenarioLoader.load(child).scenario();
        Parameters.State jpn = state(s, "JPN");
        assertEquals(4300, jpn.gdp());
        assertEquals(125, jpn.population(), "the rest of JPN comes from the base");
        Parameters.Institution region = s.institutions().stream().filter(i -> i.name().equals("REGION")).findFirst().orElseThrow();
        assertEquals(List.of("IND", "PAK"), region.members(), "a list replaces the base's list");
        assertEquals(0.3, region.cohesion(), "the rest of REGION comes from the base");
    }

    @Test
    void aChainOfThreeFilesMerges() {
        write(dir, "a.yaml", mini());
        write(dir, "b.yaml", "extends: a.yaml\nweights: {trade: 2, threat: 3}\n");
        Path c = write(dir, "c.yaml", "extends: b.yaml\nweights: {trade: 4}\n");
        Scenario s = ScenarioLoader.load(c).scenario();
        assertEquals(4, s.weights().trade());
        assertEquals(3, s.weights().threat());
    }

    @Test
    void extendsResolvesRelativeToTheFileNotTheWorkingDirectory() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        write(dir, "base.yaml", mini());
        Path child = write(sub, "child.yaml", "extends: ../base.yaml\nname: child\n");
        assertEquals("child", ScenarioLoader.load(child).scenario().name());
    }

    @Test
    void anErrorInTheBaseIsReportedAgainstTheBaseFile() {
        String baseText = edit(mini(), "gdp: 4200,", "gdp: -5,");
        Path basePath = write(dir, "base.yaml", baseText);
        Path child = write(dir, "child.yaml", "extends: base.yaml\nname: child\n");
        assertError(loadFails(child), basePath, lineOf(baseText, "gdp: -5"), "states.JPN.gdp", "> 0");
    }

    @Test
    void anErrorInTheChildIsReportedAgainstTheChildFile() {
        write(dir, "base.yaml", mini());
        String childText = "extends: base.yaml\n# a typo\nweights:\n  threat: 2\n  trad: 1\n";
        Path child = write(dir, "child.yaml", childText);
        assertError(loadFails(child), child, lineOf(childText, "trad:"), "weights.trad", "unknown key");
    }

    @Test
    void aChildValueOutOfRangeIsReportedAgainstTheChildFile() {
        write(dir, "base.yaml", mini());
        String childText = "extends: base.yaml\nstates:\n  JPN:\n    gdp: -5\n";
        Path child = write(dir, "child.yaml", childText);
        assertError(loadFails(child), child, lineOf(childText, "gdp: -5"), "states.JPN.gdp", "> 0", "-5");
    }

    @Test
    void extendsToAMissingFile() {
        String text = "# a scenario whose base is gone\nextends: gone.yaml\nname: orphan\n";
        Path child = write(dir, "orphan.yaml", text);
        assertError(loadFails(child), child, lineOf(text, "extends:"), "extends", "no such file", "gone.yaml");
    }

    @Test
    void extendsThatIsNotAPath() {
        String text = "name: x\nextends: [a.yaml, b.yaml]\n";
        Path child = write(dir, "list.yaml", text);
        assertError(loadFails(child), child, lineOf(text, "extends:"), "extends", "path");
    }

    /**
     * a.yaml extends b.yaml extends a.yaml: the error must name the cycle and point at the
     * {@code extends:} line of a file in it (README: "an extends cycle ... stops with one line
     * naming the file, line and key").
     */
    @Test
    void extendsCycleOfTwoFiles() {
        String a = mini().replace("name: mini", "name: a\nextends: b.yaml");
        String b = "# b lays one weight over a\nextends: a.yaml\nweights: {trade: 2}\n";
        Path aPath = write(dir, "a.yaml", a);
        Path bPath = write(dir, "b.yaml", b);
        ScenarioErrors.assertCycleError(loadFails(aPath), "a.yaml -> b.yaml -> a.yaml", aPath, bPath);
    }

    @Test
    void extendsCycleOfOneFile() {
        Path self = write(dir, "self.yaml", "# extends itself\nextends: self.yaml\nname: self\n");
        ScenarioErrors.assertCycleError(loadFails(self), "self.yaml -> self.yaml", self);
    }

    @Test
    void extendsCycleMessageIsOneLineNamingTheCycle() {
        // Whatever the line, the cycle must be named in one line that starts with a file of the cycle.
        write(dir, "a.yaml", "extends: b.yaml\nname: a\n");
        write(dir, "b.yaml", "extends: c.yaml\n");
        write(dir, "c.yaml", "extends: a.yaml\n");
        ScenarioException e = loadFails(dir.resolve("a.yaml"));
        ScenarioErrors.assertOneLine(e.getMessage());
        assertTrue(e.getMessage().contains("a.yaml -> b.yaml -> c.yaml -> a.yaml"), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.toAbsolutePath().toString()), e.getMessage());
    }

    private static Parameters.State state(Scenario s, String code) {
        return s.states().stream().filter(x -> x.iso3().equals(code)).findFirst().orElseThrow();
    }
}
