package org.alignsim.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alignsim.results.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.alignsim.analysis.SweepFixture.*;
import static org.junit.jupiter.api.Assertions.*;

/** Bad input: one line on stderr, exit code 2, and nothing written. */
class AnalyzeErrorsTest {
    @TempDir
    static Path tmp;
    static Path saltelli, factorial;

    @BeforeAll
    static void sweeps() throws IOException {
        String f2 = factors(new double[]{0, 0}, new double[]{1, 1});
        saltelli = sweep(tmp, "salt", 1, "{type: saltelli, samples: 16}", f2, TestFunctions.kernel(2, x -> x[0] + x[1]));
        factorial = sweep(tmp, "ff", 1, "{type: full_factorial}", "  x1: {levels: [0, 1]}\n  x2: {levels: [0, 1]}\n",
                TestFunctions.kernel(2, x -> x[0] + x[1]));
    }

    /** Exit 2, exactly one line, containing each of the given fragments; no analysis/ folder. */
    static void refused(Path dir, String[] fragments, String... args) {
        Exit e = cli(args);
        assertEquals(2, e.code(), String.join(" ", args) + ": " + e.err() + e.out());
        List<String> lines = e.err().strip().lines().toList();
        assertEquals(1, lines.size(), e.err());
        assertTrue(lines.get(0).startsWith("alignsim: error: "), e.err());
        for (String f : fragments) assertTrue(lines.get(0).contains(f), "'" + f + "' not in: " + lines.get(0));
        if (dir != null) assertFalse(Files.exists(dir.resolve("analysis")), "nothing written for " + String.join(" ", args));
    }

    @Test
    void sobolOnAFullFactorial() {
        refused(factorial, new String[]{"saltelli", "full_factorial"}, "analyze", "sobol", factorial.toString());
    }

    @Test
    void secondOrderOfAFirstOrderDesign() {
        refused(saltelli, new String[]{"second_order"}, "analyze", "sobol", saltelli.toString(), "--second-order");
    }

    @Test
    void morrisOnASaltelliDesign() {
        refused(saltelli, new String[]{"morris", "saltelli"}, "analyze", "morris", saltelli.toString());
    }

    @Test
    void tooFewBaseSamplesForABootstrap() throws IOException {
        Path few = sweep(tmp, "few", 1, "{type: saltelli, samples: 8}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.kernel(2, x -> x[0]));
        refused(few, new String[]{"at least 10 base samples", "N = 8"}, "analyze", "sobol", few.toString());
    }

    @Test
    void tooFewResamples() {
        refused(saltelli, new String[]{"--bootstrap"}, "analyze", "sobol", saltelli.toString(), "--bootstrap", "10");
    }

    @Test
    void anUnknownOutcomeListsTheValidOnes() {
        refused(saltelli, new String[]{"unknown outcome 'nope'", "valid: y"}, "analyze", "sobol", saltelli.toString(), "--outcome", "nope");
        refused(saltelli, new String[]{"unknown outcome 'nope'"}, "analyze", "prim", saltelli.toString(), "--outcome", "nope", "--threshold", "1");
    }

    @Test
    void failedRunsAreRefusedWithTheirCountAndWhere() throws IOException {
        Path failed = sweep(tmp, "failed", 2, "{type: saltelli, samples: 16}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.kernel(2, x -> x[0]), Set.of(3L, 41L));
        refused(failed, new String[]{"2 failed runs", "run 3, 41", "runs.csv"}, "analyze", "sobol", failed.toString());
    }

    /** A finished Saltelli sweep of 16 x 4 = 64 runs whose runs.csv keeps the header and the first 60. */
    private static Path cutAfter60(String name) throws IOException {
        Path cut = sweep(tmp, name, 1, "{type: saltelli, samples: 16}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.kernel(2, x -> x[0]));
        Files.write(cut.resolve("runs.csv"), Files.readAllLines(cut.resolve("runs.csv")).subList(0, 61));
        return cut;
    }

    @Test
    void missingRunsAreRefusedWithTheirCountAndWhere() throws IOException {
        Path cut = cutAfter60("cut");
        // With the manifest a sweep writes while it runs (no sums of its growing files), as an interrupted sweep would.
        ObjectNode m = (ObjectNode) Json.MAPPER.readTree(cut.resolve("manifest.json").toFile());
        m.put("status", "running");
        m.remove("files");
        Json.write(cut.resolve("manifest.json"), m);
        refused(cut, new String[]{"4 of 64 runs missing", "from run 60", "design point 60"}, "analyze", "sobol", cut.toString());
        refused(cut, new String[]{"4 of 64 runs missing"}, "analyze", "prim", cut.toString(), "--outcome", "y", "--threshold", "0.5");
    }

    @Test
    void aFinishedSweepWhoseRunsWereCutIsRefusedByItsChecksums() throws IOException {
        Path cut = cutAfter60("cutfinished");
        refused(cut, new String[]{"runs.csv", "60 rows where manifest.json says 64"}, "analyze", "sobol", cut.toString());
    }

    @Test
    void anUnfinishedSweepIsRefused() throws IOException {
        Path running = sweep(tmp, "running", 1, "{type: saltelli, samples: 16}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.kernel(2, x -> x[0]));
        Path m = running.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"complete\"", "\"running\""));
        refused(running, new String[]{"'running'", "not complete"}, "analyze", "sobol", running.toString());
    }

    @Test
    void aFolderThatIsNotASweep() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        refused(empty, new String[]{"not a sweep result folder"}, "analyze", "sobol", empty.toString());
        refused(null, new String[]{"no such folder"}, "analyze", "morris", tmp.resolve("nowhere").toString());
    }

    @Test
    void primWithNothingToDiscover() {
        // y = x1 + x2 <= 2 everywhere.
        refused(saltelli, new String[]{"no design point", "y >= 5"}, "analyze", "prim", saltelli.toString(), "--outcome", "y", "--threshold", "5");
        refused(saltelli, new String[]{"--alpha"}, "analyze", "prim", saltelli.toString(), "--outcome", "y", "--threshold", "1", "--alpha", "0.7");
        refused(saltelli, new String[]{"contradict"}, "analyze", "prim", saltelli.toString(), "--outcome", "y", "--threshold", "1", "--above", "--below");
    }

    @Test
    void aMinimumDensityNoBoxReaches() throws IOException {
        // y is 0 or 1 by a pseudo-random rule, about half the points each: a box that must keep
        // half the points (--mass-min 0.5) cannot be nearly pure.
        Path noise = sweep(tmp, "noise", 1, "{type: latin_hypercube, samples: 200}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.kernel(2, x -> Math.abs(Math.sin(x[0] * 1e4) * 1e3) % 1 > 0.5 ? 1 : 0));
        refused(noise, new String[]{"no box on the peeling trajectory reaches density 0.99", "lower --min-density"},
                "analyze", "prim", noise.toString(), "--outcome", "y", "--threshold", "0.5", "--mass-min", "0.5", "--min-density", "0.99");
    }
}
