package org.alignsim.validation;

import org.alignsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `alignsim validate` through the real CLI: reproducible files, a report, and one-line errors on bad input. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private Cli.Result validate(ValidationFixture fx, Path out, String... extra) {
        String[] base = {"validate", fx.scenario.toString(), "--validation", fx.validation.toString(), "--data", fx.data.toString(),
                "--seeds", "5", "--out", out.toString(), "-q"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    /** A validate folder's scorecard: each metric's value as written (one scenario). */
    private static java.util.Map<String, String> values(Path out) throws IOException {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        java.util.List<String> card = Files.readAllLines(out.resolve("scorecard.csv"));
        for (String line : card.subList(1, card.size())) {
            String[] c = line.split(",", -1);
            values.put(c[1], c[2]);
        }
        return values;
    }

    @Test
    void theSameSeedsGiveTheSameBytesWhateverTheThreads() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Files.writeString(fx.scenario, ValidationFixture.scenario(2.0));   // states revise: there is noise to reproduce
        Cli.Result one = validate(fx, tmp.resolve("one"), "--threads", "1", "--no-report");
        Cli.Result two = validate(fx, tmp.resolve("two"), "--threads", "2", "--no-report");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        for (String f : Validation.FILES) {
            assertEquals(Files.readString(tmp.resolve("one").resolve(f)), Files.readString(tmp.resolve("two").resolve(f)), f);
        }
        assertTrue(Files.readString(tmp.resolve("one/scorecard.csv")).lines().count() > 10);
    }

    @Test
    void writesAReportAndStrictFailsOnAMissedTarget() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Cli.Result r = validate(fx, tmp.resolve("v"), "--strict");
        assertEquals(1, r.code(), "the fixture misses its misclassification target: " + r.err());
        String html = Files.readString(tmp.resolve("v/report.html"));
        assertTrue(html.contains("classes.misclassification"));
        assertTrue(Files.exists(tmp.resolve("v/charts/un-scatter-frozen.png")));
        assertTrue(Files.exists(tmp.resolve("v/charts/tornado-frozen.svg")));
        assertEquals(0, validate(fx, tmp.resolve("w")).code(), "without --strict the scores do not decide the exit code");
        Cli.Result again = Cli.run("report", tmp.resolve("v").toString());
        assertEquals(0, again.code(), again.err());
        // GBR is wrong on purpose: the report says what holds it
        int at = html.indexOf("What holds the states in the wrong class");
        assertTrue(at > 0, "a section on the wrong states");
        assertTrue(html.indexOf(">GBR<", at) > 0, "GBR's row");
        assertFalse(html.contains("Decade shifts the model does not follow"), "a present-day run has no decade shifts");
        // a history's missed decade shifts are listed, the followed and the unclear ones not
        Files.writeString(tmp.resolve("v/decade_shifts.csv"), Files.readString(tmp.resolve("v/decade_shifts.csv"))
                + "h,IRN,2000,2010,-0.3,0.2,1,1.1,0,-0.3,0.8,1,0,0.05,-0.1,1.2,0.03,-0.08\n"
                + "h,CAN,2000,2010,-0.3,0.2,1,-0.5,1,-0.3,-0.8,1,1,,,,,\n"
                + "h,KOR,2000,2010,0.1,0.2,0,-0.5,,0.1,-0.8,0,,,,,,\n");
        assertEquals(0, Cli.run("report", tmp.resolve("v").toString()).code());
        String shifts = Files.readString(tmp.resolve("v/report.html"));
        int sec = shifts.indexOf("Decade shifts the model does not follow");
        assertTrue(sec > 0, "a section on the missed shifts");
        assertTrue(shifts.indexOf(">IRN<", sec) > 0, "Iran's miss");
        assertTrue(shifts.indexOf("soft balancing +1.20 · regime -0.10 · deference -0.08 · stance +0.05 · development +0.03", sec) > 0,
                "its terms, largest first");
        assertTrue(shifts.indexOf(">CAN<", sec) < 0 && shifts.indexOf(">KOR<", sec) < 0, "neither a followed nor an unclear shift");
        // a folder from before class_drivers.csv and decade_shifts.csv still makes a report, without those sections
        Files.delete(tmp.resolve("v/class_drivers.csv"));
        Files.delete(tmp.resolve("v/decade_shifts.csv"));
        Cli.Result older = Cli.run("report", tmp.resolve("v").toString());
        assertEquals(0, older.code(), older.err());
        assertFalse(Files.readString(tmp.resolve("v/report.html")).contains("What holds the states"));
        assertFalse(Files.readString(tmp.resolve("v/report.html")).contains("Decade shifts the model"));
    }

    /**
     * The UN cross-section reads the voting position, and un.rho_stance the stance. The fixture's
     * frozen stances are in the UN order (ρ 1); a regime weight of 10 alone in the vote puts Iran
     * (democracy 0.1) above Russia (0.06), one adjacent swap of five: ρ = 1 - 6 x 2 / (5 x 24) = 0.9.
     */
    @Test
    void theCrossSectionReadsTheVoteAndTheStanceRowTheStance() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Files.writeString(fx.scenario, ValidationFixture.scenario(1e-9) + "voting: {regime: 10, soft_balancing: 0, development: 0}\n");
        Path out = tmp.resolve("v");
        Cli.Result r = validate(fx, out, "--quick", "--no-report");
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, String> values = values(out);
        assertEquals(0.9, Double.parseDouble(values.get("un.rho")), 1e-9, values.toString());
        assertEquals(1.0, Double.parseDouble(values.get("un.rho_stance")), 1e-9, values.toString());
        java.util.List<String> states = Files.readAllLines(out.resolve("cross_section_states.csv"));
        String irn = states.stream().filter(l -> l.contains(",IRN,")).findFirst().orElseThrow();
        String rus = states.stream().filter(l -> l.contains(",RUS,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(irn.split(",")[3]) > Double.parseDouble(rus.split(",")[3]), irn + " / " + rus);
    }

    /**
     * --un swaps the UN ideal points alone, the rest of the data folder staying: with Japan and
     * India exchanged in the file it names, the frozen stances (the folder's UN order) are one
     * adjacent swap of five away from it, ρ = 1 - 6 x 2 / (5 x 24) = 0.9; the manifest names the
     * file read; a missing one is bad input.
     */
    @Test
    void unSwapsTheIdealPointsAloneForTheOutOfSampleCheck() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Path elsewhere = Files.createDirectories(tmp.resolve("withheld")).resolve("full.csv");
        Files.writeString(elsewhere, Files.readString(fx.data.resolve("unga_ideal_points.csv"))
                .replace("JPN,0,", "TMP,0,").replace("IND,0,", "JPN,0,").replace("TMP,0,", "IND,0,"));
        Path out = tmp.resolve("v");
        Cli.Result r = validate(fx, out, "--quick", "--no-report", "--un", elsewhere.toString());
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, String> values = values(out);
        assertEquals(0.9, Double.parseDouble(values.get("un.rho_stance")), 1e-9, values.toString());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("full.csv"), "the manifest names the file scored against");
        Cli.Result own = validate(fx, tmp.resolve("own"), "--quick", "--no-report");
        assertEquals(0, own.code(), own.err());
        assertTrue(Files.readString(tmp.resolve("own/scorecard.csv")).contains(",un.rho_stance,1,"), "without --un the folder's file: the UN order");
        Path bad = tmp.resolve("bad");
        assertBadInput(validate(fx, bad, "--un", tmp.resolve("nope.csv").toString()), bad, "nope.csv: no such data file");
    }

    /**
     * The out-of-sample split: the data folder's own UN file has the poles, Britain and Japan; the
     * file --un names has all. India, Russia and Iran are held out. With the vote the stance (its
     * own terms at 0) their frozen stances (0, -0.6, -0.8) are in the UN order (0, -1, -2): ρ 1;
     * democracy (0.7, 0.2, 0.3) swaps Russia and Iran, ρ = 1 - 6 x 2 / (3 x 8) = 0.5, and no
     * pact: the reference is 0.5. Two given states are too few for a ρ of their own. A state of
     * the file that the scenario does not model is not among the held out.
     */
    @Test
    void theStatesHeldOutOfTheDataFolderAreScoredApart() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Files.writeString(fx.scenario, ValidationFixture.scenario(1e-9) + "voting: {regime: 0, soft_balancing: 0, development: 0}\n");
        Path full = tmp.resolve("full.csv");
        Files.copy(fx.data.resolve("unga_ideal_points.csv"), full);
        String own = Files.readString(full).lines().filter(l -> !l.startsWith("IND,") && !l.startsWith("RUS,") && !l.startsWith("IRN,"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(fx.data.resolve("unga_ideal_points.csv"), own);
        Files.writeString(full, "BRA,0,2020,0.5,,,\n", java.nio.file.StandardOpenOption.APPEND);   // a state no scenario models: not listed
        Path out = tmp.resolve("v");
        Cli.Result r = validate(fx, out, "--quick", "--no-report", "--un", full.toString());
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, String[]> rows = new java.util.HashMap<>();
        java.util.List<String> card = Files.readAllLines(out.resolve("scorecard.csv"));
        for (String line : card.subList(1, card.size())) rows.put(line.split(",", -1)[1], line.split(",", -1));
        assertEquals("3", rows.get("un.held_out_states")[2]);
        assertEquals("IND IRN RUS", rows.get("un.held_out_states")[6]);
        assertEquals(1.0, Double.parseDouble(rows.get("un.rho.held_out")[2]), 1e-9);
        assertEquals(0.5, Double.parseDouble(rows.get("un.rho.held_out")[3]), 1e-9);
        assertEquals("info", rows.get("un.rho.held_out")[5], "the split is information, not a judged metric");
        assertFalse(rows.containsKey("un.rho.given"), "two given states make no ρ");
        assertEquals(0, Cli.run("report", out.toString()).code());
        String scatter = Files.readString(out.resolve("charts/un-scatter-frozen.svg"));
        assertTrue(scatter.contains("IND*") && scatter.contains("IRN*"), "the held-out states are marked in the scatter");
        assertFalse(scatter.contains("GBR*"), "a given state is not");
        Cli.Result plain = validate(fx, tmp.resolve("plain"), "--quick", "--no-report");
        assertEquals(0, plain.code(), plain.err());
        assertFalse(Files.readString(tmp.resolve("plain/scorecard.csv")).contains("held_out"), "no split without --un");
    }

    /**
     * compare on validate folders: the fixture with a regime weight of 10 in the vote (ρ 0.9, see
     * above) against the vote as the stance (ρ 1): un.rho differs by +0.1 and is printed; the
     * classes, from the same frozen stances, are the same and are not; a validate folder beside a
     * run folder is bad input.
     */
    @Test
    void compareSetsScorecardsSideBySide() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Files.writeString(fx.scenario, ValidationFixture.scenario(1e-9) + "voting: {regime: 10, soft_balancing: 0, development: 0}\n");
        assertEquals(0, validate(fx, tmp.resolve("regime"), "--quick", "--no-report").code());
        Files.writeString(fx.scenario, ValidationFixture.scenario(1e-9) + "voting: {regime: 0, soft_balancing: 0, development: 0}\n");
        assertEquals(0, validate(fx, tmp.resolve("stance"), "--quick", "--no-report").code());
        Path out = tmp.resolve("cmp");
        Cli.Result r = Cli.run("compare", tmp.resolve("regime").toString(), tmp.resolve("stance").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, String[]> lines = new java.util.HashMap<>();
        java.util.List<String> csv = Files.readAllLines(out.resolve("scorecards.csv"));
        assertEquals("scenario,metric,target,result,value,reference,status,change", csv.get(0));
        for (String line : csv.subList(1, csv.size())) {
            String[] c = line.split(",", -1);
            lines.put(c[1] + " " + c[3], c);
        }
        assertEquals(0.9, Double.parseDouble(lines.get("un.rho regime")[4]), 1e-9);
        assertEquals(1.0, Double.parseDouble(lines.get("un.rho stance")[4]), 1e-9);
        assertEquals(0.1, Double.parseDouble(lines.get("un.rho stance")[7]), 1e-9, "the change from the first folder");
        assertEquals(lines.get("classes.misclassification regime")[4], lines.get("classes.misclassification stance")[4]);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("un.rho ")), r.out());
        assertFalse(r.out().contains("classes.misclassification"), "only the metrics that differ are listed: " + r.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("un.rho"));
        Path run = tmp.resolve("run");
        assertEquals(0, Cli.run("run", fx.scenario.toString(), "--out", run.toString(), "-q").code());
        Path bad = tmp.resolve("bad");
        assertBadInput(Cli.run("compare", tmp.resolve("regime").toString(), run.toString(), "--out", bad.toString()), bad, "compare folders of one kind");
    }

    /** class_drivers.csv averages the parts of the very runs that are scored: with seeds 1 and 2, the mean of what `explain` prints for them. */
    @Test
    void classDriversAreTheScoredRunsTakenApart() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Files.writeString(fx.scenario, ValidationFixture.scenario(2.0));
        Path out = tmp.resolve("v");
        Cli.Result r = Cli.run("validate", fx.scenario.toString(), "--validation", fx.validation.toString(), "--data", fx.data.toString(),
                "--seeds", "2", "--quick", "--no-report", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, Double> drivers = new java.util.HashMap<>();
        java.util.Map<String, Double> sums = new java.util.HashMap<>();
        java.util.List<String> lines = Files.readAllLines(out.resolve("class_drivers.csv"));
        assertEquals(ClassDrivers.HEADER, lines.get(0));
        assertEquals(1 + 5 * 10, lines.size(), "five listed states, nine mechanisms and their sum each");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals("2032", c[2], "the middle of the window 2029.5-2034.5");
            double l = Double.parseDouble(c[4]);
            if (c[3].equals("all")) assertEquals(sums.get(c[1]), l, 1e-5, c[1] + ": the sum of its mechanisms");
            else {
                drivers.put(c[1] + " " + c[3], l);
                sums.merge(c[1], l, Double::sum);
            }
        }
        java.util.Map<String, Double> explained = new java.util.HashMap<>();
        for (String seed : new String[]{"1", "2"}) {
            Cli.Result e = Cli.run("explain", fx.scenario.toString(), "--year", "2032", "--seed", seed, "--csv");
            assertEquals(0, e.code(), e.err());
            for (String line : e.out().lines().skip(1).toList()) {
                String[] c = line.split(",", -1);
                if (c[5].isEmpty() && !c[4].equals("all")) explained.merge(c[3] + " " + c[4], Double.parseDouble(c[6]) / 2, Double::sum);
            }
        }
        assertEquals(5 * 9, drivers.size());
        for (String k : drivers.keySet()) assertEquals(explained.get(k), drivers.get(k), 2e-6, k);
        assertTrue(drivers.values().stream().anyMatch(v -> Math.abs(v) > 0.01), "something pulls");
    }

    /** The validation file with an un_excluded list (its YAML lines, indented under observations). */
    private static String withExcluded(String entries) {
        return ValidationFixture.validation("").replace("  lags: [1, 5]\n", "  lags: [1, 5]\n  un_excluded:\n" + entries);
    }

    /**
     * Votes cast for a government not in control are left out: the file gives Russia an ideal point
     * of 5 in 2021-2024 (above the US), so its 2020-2024 mean is (-1 + 4 x 5) / 5 = 3.8 and the
     * frozen stances, in the UN order of the other years, are 3 ranks off for Russia and 1 for
     * each of India, Japan and Britain: ρ = 1 - 6 x 12 / (5 x 24) = 0.4. With those years excluded
     * Russia's mean is its 2020 value, -1, and the order is the UN's again: ρ 1.
     */
    @Test
    void votesNotCastForTheGovernmentInControlAreLeftOut() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Path un = fx.data.resolve("unga_ideal_points.csv");
        StringBuilder shifted = new StringBuilder();
        for (String line : Files.readAllLines(un)) {
            boolean late = line.startsWith("RUS,") && Integer.parseInt(line.split(",")[2]) >= 2021;
            shifted.append(late ? line.replace(",-1.0,", ",5.0,") : line).append('\n');
        }
        Files.writeString(un, shifted);
        Path kept = tmp.resolve("kept");
        assertEquals(0, validate(fx, kept, "--quick", "--no-report").code());
        assertEquals(0.4, Double.parseDouble(values(kept).get("un.rho_stance")), 1e-9);
        Files.writeString(fx.validation, withExcluded("    - {state: RUS, from: 2021, to: 2024, why: the seat is held by the ousted government}\n"));
        Path left = tmp.resolve("left");
        Cli.Result r = validate(fx, left, "--quick", "--no-report");
        assertEquals(0, r.code(), r.err());
        assertEquals(1.0, Double.parseDouble(values(left).get("un.rho_stance")), 1e-9);
        assertTrue(Files.readString(left.resolve("scorecard.csv")).contains("vs UN 2020-2024 (left out: RUS 2021-2024)"), "the scorecard says so");
    }

    @Test
    void aMistakenExclusionNamesItsLine() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Path out = tmp.resolve("out");
        Files.writeString(fx.validation, withExcluded("    - {state: RUS, from: 2030, to: 2031, why: a typo in the years}\n"));
        assertBadInput(validate(fx, out), out, "validation.yaml:11: observations.un_excluded: the UN ideal points have no value for RUS in 2030-2031");
        Files.writeString(fx.validation, withExcluded("    - {state: RUS, from: 2022, to: 2021, why: backwards}\n"));
        assertBadInput(validate(fx, out), out, "observations.un_excluded[0].to: ends (2021) before it starts (2022)");
        Files.writeString(fx.validation, withExcluded("    - {state: RUS, from: 2021, to: 2024}\n"));
        assertBadInput(validate(fx, out), out, "observations.un_excluded[0].why: required key is missing");
        Files.writeString(fx.validation, withExcluded("    - {state: Rus, from: 2021, to: 2024, why: x}\n"));
        assertBadInput(validate(fx, out), out, "observations.un_excluded[0].state: 'Rus' is not an ISO3 code");
    }

    private void assertBadInput(Cli.Result r, Path out, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badInputStopsWithOneLineAndWritesNothing() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Path out = tmp.resolve("out");
        assertBadInput(Cli.run("validate", tmp.resolve("nope.yaml").toString(), "--validation", fx.validation.toString(), "--data", fx.data.toString(),
                "--out", out.toString()), out, "nope.yaml");
        assertBadInput(Cli.run("validate", fx.scenario.toString(), "--validation", fx.validation.toString(), "--data", tmp.resolve("nodata").toString(),
                "--out", out.toString()), out, "no such data folder");
        assertBadInput(Cli.run("validate", fx.scenario.toString(), "--validation", fx.validation.toString(), "--data", fx.data.toString(),
                "--seeds", "1", "--out", out.toString()), out, "--seeds");

        Files.writeString(fx.data.resolve("unga_ideal_points.csv"), "iso3,ccode,year,idealpointfp\nUSA,2,2020,1.5\nGBR,200,2020,abc\n");
        assertBadInput(validate(fx, out), out, "unga_ideal_points.csv:3: column 'idealpointfp': 'abc' is not a number");
        Files.delete(fx.data.resolve("unga_ideal_points.csv"));
        assertBadInput(validate(fx, out), out, "unga_ideal_points.csv: no such data file");
    }

    @Test
    void aMistakeInTheValidationFileNamesItsLine() throws IOException {
        ValidationFixture fx = new ValidationFixture(tmp);
        Path out = tmp.resolve("out");
        Files.writeString(fx.validation, ValidationFixture.validation("    states.*.hedgin: {delta: 0.1}\n"));
        assertBadInput(validate(fx, out), out, "states.*.hedgin: not a judgement-call input");
        Files.writeString(fx.validation, ValidationFixture.validation("").replace("  un.rho: {above_reference: true}", "  un.rho: {above: 1}"));
        assertBadInput(validate(fx, out), out, "validation.yaml:4: targets.un.rho.above: unknown target kind");
        Files.writeString(fx.validation, ValidationFixture.validation("    states.*.tier: {delta: 1}\n"));
        assertBadInput(validate(fx, out), out, "moves in steps");
        Files.writeString(fx.validation, ValidationFixture.validation("    states.IND.alignment: {delta: 1.5}\n").replace("    states.IND.alignment: {delta: 0.3, within: [-1, 1]}\n", ""));
        assertBadInput(validate(fx, out), out, "is rejected by the scenario");
    }

    /**
     * On the real history, with the real model: every row of decade_shifts.csv has its simulated
     * shift split into the voting position's five terms, which add up to it (the position is
     * their sum at every step, and the means are linear), and the clear rows' verdicts give the
     * scorecard's share.
     */
    @Test
    void theHistorysDecadeShiftsAddUpFromTheVotesTerms() throws IOException {
        Path out = tmp.resolve("h");
        Cli.Result r = Cli.run("validate", "--quick", "--seeds", "2", "--no-report", "--out", out.toString(), "scenarios/history-1946-2020.yaml");
        assertEquals(0, r.code(), r.err());
        java.util.List<String> lines = Files.readAllLines(out.resolve("decade_shifts.csv"));
        java.util.List<String> header = java.util.List.of(lines.get(0).split(","));
        int judged = 0, followed = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            double sum = 0;
            for (String term : java.util.List.of("stance", "regime", "soft_balancing", "development", "deference")) {
                sum += Double.parseDouble(c[header.indexOf(term + "_shift")]);
            }
            assertEquals(Double.parseDouble(c[header.indexOf("model_shift")]), sum, 1e-4, line);
            if (c[header.indexOf("clear")].equals("1")) {
                judged++;
                if (c[header.indexOf("followed")].equals("1")) followed++;
            }
        }
        assertTrue(judged > 50, "the history has dozens of clear decade shifts: " + judged);
        assertEquals(followed / (double) judged, Double.parseDouble(values(out).get("un.decade_shifts_right")), 1e-5);
    }
}
