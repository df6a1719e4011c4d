package org.alignsim.cli;

import org.alignsim.model.Mechanism;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code alignsim explain}: the table, tidy CSV whose parts add up, the same run as {@code run}, and one-line errors. */
class ExplainCommandTest {

    private static final String MINI = TestScenarios.resource("mini.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void tableNamesEveryMechanismForEachStateAsked() {
        Cli.Result r = Cli.run("explain", MINI, "--year", "2027", "--state", "JPN,IND", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("mini, seed 3, 2027.00"), r.out());
        for (String state : List.of("JPN", "IND")) assertTrue(r.out().contains("\n" + state + "  stance "), state);
        for (Mechanism m : Mechanism.ALL) {
            long lines = r.out().lines().filter(l -> l.trim().matches(m.key + " {2,}[-+].*")).count();
            assertEquals(2, lines, m.key + " once per state");
        }
        assertEquals(2, r.out().lines().filter(l -> l.contains("if it revised now")).count());
        assertEquals("", r.err());
    }

    @Test
    void csvPartsAddUpAndTheSameSeedGivesTheSameOutput() {
        Cli.Result r = Cli.run("explain", MINI, "--year", "2026.5", "--csv", "--seed", "9");
        assertEquals(0, r.code(), r.err());
        assertEquals(r.out(), Cli.run("explain", MINI, "--year", "2026.5", "--csv", "--seed", "9").out(), "deterministic");
        List<String[]> rows = r.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
        assertEquals(ExplainCommand.CSV_HEADER, r.out().lines().findFirst().orElseThrow());
        Map<String, Double> mechanisms = new HashMap<>(), all = new HashMap<>(), sources = new HashMap<>(), threat = new HashMap<>();
        for (String[] c : rows) {
            assertEquals(14, c.length, String.join(",", c));
            String state = c[3], term = c[4], source = c[5];
            double l = Double.parseDouble(c[6]);
            if (!source.isEmpty()) sources.merge(state, l, Double::sum);
            else if (term.equals("all")) all.put(state, l);
            else {
                mechanisms.merge(state, l, Double::sum);
                if (term.equals("threat")) threat.put(state, l);
            }
        }
        assertEquals(List.of("DEU", "IND", "JPN", "PAK"), all.keySet().stream().sorted().toList(), "every state but the poles");
        for (String state : all.keySet()) {
            // each number is rounded to 6 decimals
            assertEquals(all.get(state), mechanisms.get(state), 1e-5, state + ": the mechanisms' L add up to the total");
            assertEquals(threat.get(state), sources.getOrDefault(state, 0.0), 1e-5, state + ": the threat sources add up to the threat's L");
        }
    }

    /** Pakistan's value in one column of the states.csv that `run` writes with seed 21, at 2029.75. */
    private String runWrites(String column) throws IOException {
        Path out = tmp.resolve("run-" + column);
        assertEquals(0, Cli.run("run", MINI, "--seed", "21", "--out", out.toString(), "--quiet").code());
        List<String> lines = Files.readAllLines(out.resolve("states.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int year = header.indexOf("year"), iso = header.indexOf("iso3"), col = header.indexOf(column);
        assertTrue(col > 0, column + " in " + header);
        return lines.stream().map(l -> l.split(",")).filter(c -> c[iso].equals("PAK") && Double.parseDouble(c[year]) == 2029.75)
                .map(c -> c[col]).findFirst().orElseThrow();
    }

    /** The table's UN vote: its parts add up, and the total is the voting position `run` writes for the same moment. */
    @Test
    void theVoteLineAddsUpToTheVotingPositionRunWrites() throws IOException {
        double written = Double.parseDouble(runWrites("voting"));
        Cli.Result r = Cli.run("explain", MINI, "--year", "2029.75", "--state", "PAK", "--seed", "21");
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.trim().startsWith("UN vote")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[+-]\\d+\\.\\d+").matcher(line);
        List<Double> nums = new java.util.ArrayList<>();
        while (m.find()) nums.add(Double.parseDouble(m.group()));
        assertEquals(6, nums.size(), line);
        assertEquals(written, nums.get(0), 0.005, line);
        assertEquals(nums.get(0), nums.get(1) + nums.get(2) + nums.get(3) + nums.get(4) + nums.get(5), 0.026, line);   // five rounded parts
    }

    /** The stance explained is the one `run` writes for the same seed and year. */
    @Test
    void explainsTheRunThatRunMakes() throws IOException {
        String written = runWrites("alignment");
        Cli.Result r = Cli.run("explain", MINI, "--year", "2029.75", "--state", "PAK", "--csv", "--seed", "21");
        assertEquals(0, r.code(), r.err());
        String[] first = r.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertEquals(Double.parseDouble(written), Double.parseDouble(first[10]), 1e-6);
    }

    @Test
    void badRequestsExitWith2AndOneLine() {
        assertBad(Cli.run("explain", MINI, "--year", "2027", "--state", "XYZ"), "--state XYZ: no such state in scenario mini");
        assertBad(Cli.run("explain", MINI, "--year", "2027", "--state", "USA"), "--state USA: a pole");
        assertBad(Cli.run("explain", MINI, "--year", "1990"), "--year 1990: outside the scenario's run, 2024.50 to 2034.50");
        assertBad(Cli.run("explain", MINI, "--year", "2027", "--sources", "-1"), "--sources -1");
        assertBad(Cli.run("explain", MINI), "--year");
    }

    /** Landscape theory does not choose by the mechanisms' utility, so there is nothing to take apart; the logit rule's expected stance is shown. */
    @Test
    void landscapeRuleIsRefusedAndLogitGivesItsExpectedStance() throws IOException {
        Path landscape = tmp.resolve("landscape.yaml"), logit = tmp.resolve("logit.yaml");
        Files.writeString(landscape, "extends: " + MINI + "\ndecision: {rule: landscape}\n");
        Files.writeString(logit, "extends: " + MINI + "\ndecision: {rule: logit}\n");
        assertBad(Cli.run("explain", landscape.toString(), "--year", "2027"), "uses decision.rule: landscape");
        Cli.Result r = Cli.run("explain", logit.toString(), "--year", "2027", "--state", "IND", "--csv");
        assertEquals(0, r.code(), r.err());
        String[] first = r.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        assertEquals("0", first[11], "no persistent shock under the logit rule");
        double choice = Double.parseDouble(first[13]);
        assertTrue(choice > -1 && choice < 1, "an expected stance, strictly inside the scale: " + choice);
    }

    private static void assertBad(Cli.Result r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("alignsim: error: ") && r.err().contains(expected), r.err());
        assertEquals("", r.out());
    }
}
