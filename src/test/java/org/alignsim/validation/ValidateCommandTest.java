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
}
