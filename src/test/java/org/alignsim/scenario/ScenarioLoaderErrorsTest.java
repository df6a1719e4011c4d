package org.alignsim.scenario;

import org.alignsim.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.alignsim.scenario.ScenarioErrors.assertLoadFails;
import static org.alignsim.scenario.ScenarioErrors.edit;
import static org.alignsim.scenario.ScenarioErrors.lastLineOf;
import static org.alignsim.scenario.ScenarioErrors.lineOf;
import static org.alignsim.scenario.ScenarioErrors.mini;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bad input stops loading with one line {@code <file>:<line>: <key.path>: <problem>} that
 * points at the offending line. Every case is the valid mini.yaml with one thing broken.
 */
class ScenarioLoaderErrorsTest {

    @TempDir
    Path dir;

    /** A broken scenario, the text on the line the error must point at, its key path and words of the problem. */
    record Bad(String name, String text, int line, int alsoOk, String path, String... words) {
        Bad(String name, String text, int line, String path, String... words) {
            this(name, text, line, 0, path, words);
        }

        /** Either line is right: e.g. an unclosed bracket may be reported where it opens or where the parser gives up. */
        Bad orLineOf(String needle) {
            return new Bad(name, text, line, lineOf(text, needle), path, words);
        }

        @Override
        public String toString() { return name; }
    }

    /** {@code text} with {@code from} replaced; the error is expected on the line holding {@code at}. */
    private static Bad bad(String name, String from, String to, String at, String path, String... words) {
        String text = edit(mini(), from, to);
        return new Bad(name, text, lineOf(text, at), path, words);
    }

    /** Like {@link #bad}, but the error is expected on the last line holding {@code at}. */
    private static Bad badLast(String name, String from, String to, String at, String path, String... words) {
        String text = edit(mini(), from, to);
        return new Bad(name, text, lastLineOf(text, at), path, words);
    }

    /** mini.yaml with {@code more} appended; the error is expected on the line holding {@code at}. */
    private static Bad appended(String name, String more, String at, String path, String... words) {
        String text = mini() + more;
        return new Bad(name, text, lineOf(text, at), path, words);
    }

    @Test
    void theUnbrokenMiniScenarioLoads() {
        assertDoesNotThrow(() -> ScenarioLoader.load(ScenarioErrors.write(dir, "mini.yaml", mini())));
    }

    static Stream<Bad> cases() {
        return Stream.of(
                // YAML syntax
                bad("unclosed flow sequence", "members: [USA, JPN, DEU]", "members: [USA, JPN, DEU", "ALLIANCE:",
                        "", "YAML syntax error"),
                bad("unclosed flow mapping", "poles: {west: USA, east: CHN}", "poles: {west: USA, east: CHN", "poles:",
                        "", "YAML syntax error").orLineOf("institutions:"),
                bad("unclosed flow sequence in a block mapping", "targets: [JPN]", "targets: [JPN", "targets:",
                        "", "YAML syntax error").orLineOf("start_year: 2026"),
                bad("unclosed quote", "name: mini", "name: \"mini", "name:", "", "YAML syntax error"),
                bad("under-indented key in a block mapping", "    source: CHN", "   source: CHN", "source: CHN",
                        "", "YAML syntax error"),
                appended("over-indented key after blank and comment lines",
                        "weights:\n  trade: 1\n\n# the threat weight\n\n    threat: 2\n", "threat: 2",
                        "", "YAML syntax error"),
                bad("tab used for indentation", "    source: CHN", "\tsource: CHN", "source: CHN",
                        "", "YAML syntax error"),
                appended("two YAML documents", "---\nname: second\n", "name: second", "", "more than one"),

                // unknown keys
                appended("unknown top-level key", "colour: blue\n", "colour:", "colour", "unknown key"),
                appended("unknown weight (block)", "weights:\n  threat: 1\n  trad: 1\n", "trad:", "weights.trad", "unknown key"),
                appended("unknown weight (flow)", "weights: {trad: 1}\n", "trad:", "weights.trad", "unknown key"),
                bad("unknown key in a state", "gdp: 4200,", "gdp: 4200, gpd: 5,", "gpd:", "states.JPN.gpd", "unknown key"),
                bad("unknown key in a state's capital", "capital: {lat: 35.7, lon: 139.8}",
                        "capital: {lat: 35.7, lon: 139.8, alt: 40}", "alt:", "states.JPN.capital.alt", "unknown key"),
                bad("unknown key in an event", "    size: 1.0", "    size: 1.0\n    sise: 2", "sise:",
                        "events.crisis.sise", "unknown key"),
                bad("unknown key in an institution", "cohesion: 0.3}", "cohesion: 0.3, cohesoin: 1}", "cohesoin",
                        "institutions.REGION.cohesoin", "unknown key"),
                appended("unknown key two levels down", "threat:\n  power_mix:\n    gdp: 0.5\n    gpd: 0.1\n", "gpd:",
                        "threat.power_mix.gpd", "unknown key"),

                // unknown state codes
                bad("unknown state in institution members", "members: [USA, JPN, DEU]", "members: [USA, XYZ, DEU]",
                        "XYZ", "institutions.ALLIANCE.members[1]", "unknown state", "XYZ"),
                bad("unknown hostility target", "  IND: {PAK: 0.6}", "  IND: {PAK: 0.6, XYZ: 1}", "XYZ",
                        "hostility.IND.XYZ", "unknown state", "XYZ"),
                bad("unknown hostility source", "  IND: {PAK: 0.6}", "  IND: {PAK: 0.6}\n  XYZ: {PAK: 0.6}", "XYZ",
                        "hostility.XYZ", "unknown state", "XYZ"),
                bad("unknown event target (block list)", "    targets: [JPN]", "    targets:\n      - JPN\n      - XYZ\n", "XYZ",
                        "events.crisis.targets[1]", "unknown", "XYZ"),
                bad("unknown event source", "    source: CHN", "    source: XYZ", "source:",
                        "events.crisis.source", "unknown state", "XYZ"),
                bad("unknown west pole", "poles: {west: USA, east: CHN}", "poles: {west: XYZ, east: CHN}", "poles:",
                        "poles.west", "unknown state", "XYZ"),
                bad("unknown east pole (block)", "poles: {west: USA, east: CHN}",
                        "poles:\n  west: USA\n  east: XYZ", "east:", "poles.east", "unknown state", "XYZ"),
                appended("unknown state in asian_nato.members", "asian_nato:\n  level: minilateral\n  members: [JPN, XYZ]\n",
                        "XYZ", "asian_nato.members[1]", "unknown state", "XYZ"),
                bad("unknown state in disputes", "disputes: {CHN: maritime}", "disputes: {XYZ: maritime}", "XYZ",
                        "states.JPN.disputes.XYZ", "unknown state", "XYZ"),

                // values: range, type, required
                bad("negative GDP", "gdp: 4200,", "gdp: -5,", "gdp: -5", "states.JPN.gdp", "> 0", "-5"),
                appended("weight above its range", "weights: {trade: 101}\n", "trade: 101", "weights.trade", "[0, 100]", "101"),
                appended("weight below its range", "weights:\n  power: -0.5\n", "power:", "weights.power", "[0, 100]", "-0.5"),
                appended("weight of the wrong type", "weights:\n  trade: \"high\"\n", "high", "weights.trade", "number", "high"),
                appended("weight that is a list", "weights:\n  trade: [1, 2]\n", "trade: [1, 2]", "weights.trade", "number", "list"),
                bad("alignment above 1", "tier: ally, alignment: 0.5, trade: {openness: 0.39",
                        "tier: ally, alignment: 1.5, trade: {openness: 0.39", "alignment: 1.5", "states.JPN.alignment", "1.5"),
                bad("latitude out of range", "lat: 35.7", "lat: 95.7", "lat: 95.7", "states.JPN.capital.lat", "95.7"),
                bad("text where a boolean belongs", "us_led: true", "us_led: 1", "us_led:", "institutions.ALLIANCE.us_led",
                        "true or false"),
                bad("fractional steps per year", "steps_per_year: 4", "steps_per_year: 2.5", "steps_per_year",
                        "time.steps_per_year", "whole number"),
                bad("missing state GDP", "gdp: 4200, ", "", "JPN:", "states.JPN.gdp", "required"),
                bad("missing start year", "{start_year: 2024.5, horizon_years", "{horizon_years", "time:",
                        "time.start_year", "required"),
                bad("missing start year (block)", "time: {start_year: 2024.5, horizon_years: 10, steps_per_year: 4, spin_up_years: 0}",
                        "time:\n  horizon_years: 10\n  steps_per_year: 4\n  spin_up_years: 0", "time:", "time.start_year", "required"),
                bad("missing event type", "    type: hostility\n", "", "crisis:", "events.crisis.type", "required"),
                bad("missing capital", "capital: {lat: 35.7, lon: 139.8}, ", "", "JPN:", "states.JPN.capital", "required"),
                bad("unknown ladder level", "ladder: minilateral", "ladder: treaty", "ladder:",
                        "institutions.ALLIANCE.ladder", "ladder level", "treaty"),
                bad("hostility event below its range", "    size: 1.0", "    size: -10.5", "size: -10.5",
                        "events.crisis.size", "[-10, 10]", "-10.5"),
                appended("event review above its range", "decision:\n  event_review: 1.5\n", "event_review",
                        "decision.event_review", "[0, 1]", "1.5"),
                bad("unknown event type", "type: hostility", "type: war", "type: war", "events.crisis.type", "war"),

                // structure
                badLast("duplicate top-level key", "poles: {west: USA, east: CHN}\n",
                        "poles: {west: USA, east: CHN}\npoles: {west: USA, east: CHN}\n", "poles:", "poles", "duplicate key"),
                badLast("duplicate nested key", "    source: CHN", "    source: CHN\n    source: CHN", "source: CHN",
                        "events.crisis.source", "duplicate key"),
                bad("duplicate key in a flow mapping", "lat: 35.7, lon: 139.8", "lat: 35.7, lat: 35.8, lon: 139.8",
                        "lat: 35.8", "states.JPN.capital.lat", "duplicate key"),
                appended("even number of options", "decision:\n  inertia: 1\n  options: 40\n", "options:",
                        "decision.options", "odd"),
                appended("thresholds not increasing", "commitment:\n  thresholds:\n    - 0.1\n    - 0.5\n    - 0.3\n    - 0.75\n",
                        "- 0.3", "commitment.thresholds[2]", "increase"),
                appended("equal thresholds", "commitment: {thresholds: [0.1, 0.3, 0.3, 0.75]}\n",
                        "thresholds", "commitment.thresholds[2]", "increase"),
                appended("three thresholds", "commitment:\n  thresholds: [0.1, 0.3, 0.5]\n",
                        "thresholds", "commitment.thresholds", "4"),
                bad("event ends before it starts", "    start_year: 2026\n", "    start_year: 2026\n    end_year: 2025\n",
                        "end_year", "events.crisis.end_year", "start_year"),
                bad("event ends when it starts", "    start_year: 2026\n", "    start_year: 2026\n    end_year: 2026\n",
                        "end_year", "events.crisis.end_year", "start_year"),
                bad("a state that is not a mapping", "  PAK: {region: south_asia", "  PAK: [1, 2]\n  PAQ: {region: south_asia",
                        "PAK: [1, 2]", "states.PAK", "mapping", "list"),
                bad("events that are a list", "events:\n  crisis:\n", "events:\n  - crisis:\n", "events:", "events",
                        "mapping", "list")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsWithOneLineNamingFileLineAndKey(Bad c) {
        Path file = ScenarioErrors.write(dir, "bad.yaml", c.text());
        ScenarioException e = ScenarioErrors.loadFails(file);
        int line = c.alsoOk() != 0 && e.line() == c.alsoOk() ? c.alsoOk() : c.line();
        try {
            ScenarioErrors.assertError(e, file, line, c.path(), c.words());
        } catch (AssertionError a) {
            throw new AssertionError(c.name() + ": " + a.getMessage(), a);
        }
    }

    // --- files that are not scenarios at all

    @Test
    void emptyFile() {
        assertLoadFails(dir, "empty.yaml", "", 1, "", "empty");
    }

    @Test
    void fileWithOnlyCommentsIsEmpty() {
        assertLoadFails(dir, "comments.yaml", "# nothing here\n# yet\n", 1, "", "empty");
    }

    @Test
    void fileThatIsAListNotAMapping() {
        String text = "# a list of states is not a scenario\n- USA\n- CHN\n";
        assertLoadFails(dir, "list.yaml", text, lineOf(text, "- USA"), "", "mapping", "list");
    }

    @Test
    void fileThatIsOneScalar() {
        assertLoadFails(dir, "scalar.yaml", "just some text\n", 1, "", "mapping", "just some text");
    }

    @Test
    void missingFile() {
        Path nowhere = dir.resolve("nowhere.yaml");
        ScenarioException e = ScenarioErrors.loadFails(nowhere);
        ScenarioErrors.assertOneLine(e.getMessage());
        assertTrue(e.getMessage().startsWith(ScenarioErrors.shown(nowhere) + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void keyWithALineBreakStillGivesOneLine() {
        // A quoted key may hold a line break; the message must stay one line all the same.
        String text = mini() + "weights: {\"tra\\nde\": 1}\n";
        ScenarioException e = ScenarioErrors.loadFails(ScenarioErrors.write(dir, "newline-key.yaml", text));
        ScenarioErrors.assertOneLine(e.getMessage());
    }

    /**
     * YAML aliases must be resolved or rejected; they must not be read as the anchor's name
     * (here PAK's region would silently become "sa").
     */
    @Test
    void aliasIsResolvedOrRejected() {
        String text = edit(edit(mini(), "IND: {region: south_asia", "IND: {region: &sa south_asia"),
                "PAK: {region: south_asia", "PAK: {region: *sa");
        Path file = ScenarioErrors.write(dir, "alias.yaml", text);
        Scenario s;
        try {
            s = ScenarioLoader.load(file).scenario();
        } catch (ScenarioException e) {
            ScenarioErrors.assertOneLine(e.getMessage());
            assertTrue(e.getMessage().startsWith(ScenarioErrors.shown(file) + ":" + lineOf(text, "*sa") + ": "), e.getMessage());
            return;
        }
        String region = s.states().stream().filter(x -> x.iso3().equals("PAK")).findFirst().orElseThrow().region();
        assertEquals("south_asia", region, "PAK's region given by the alias *sa");
    }

    /** An alias to an anchor that does not exist is a YAML error, not the text "undefined". */
    @Test
    void undefinedAliasIsAnError() {
        String text = edit(mini(), "name: mini", "name: *undefined");
        Path file = ScenarioErrors.write(dir, "undefined-alias.yaml", text);
        ScenarioException e = ScenarioErrors.loadFails(file);
        ScenarioErrors.assertOneLine(e.getMessage());
        assertEquals(lineOf(text, "*undefined"), e.line(), e.getMessage());
    }

    @Test
    void duplicateKeyLineIsTheSecondOccurrence() {
        String text = mini() + "weights:\n  trade: 1\n  threat: 2\n  trade: 3\n";
        assertLoadFails(dir, "dup.yaml", text, lastLineOf(text, "trade:"), "weights.trade", "duplicate key");
    }
}
