package org.alignsim.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.alignsim.analysis.SweepFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class PrimTest {
    /** y = 1 inside x1 ∈ [0.2, 0.5] × x2 ∈ [0.6, 0.9] (any x3), else 0: 9 % of the unit cube. */
    static double planted(double[] x) {
        return x[0] >= 0.2 && x[0] <= 0.5 && x[1] >= 0.6 && x[1] <= 0.9 ? 1 : 0;
    }

    static Path plantedSweep(Path tmp) throws IOException {
        return sweep(tmp, "planted", 1, "{type: latin_hypercube, samples: 500, seed: 11}",
                factors(new double[3], new double[]{1, 1, 1}), TestFunctions.kernel(3, PrimTest::planted));
    }

    /** The chosen box's limits are the planted ones within 0.05 (500 points: about 45 inside), x3 left free. */
    static void recovers(Path dir) throws IOException {
        List<Map<String, String>> box = csv(dir.resolve("analysis/prim_box.csv"));
        Map<String, String> x1 = row(box, "factor", "x1"), x2 = row(box, "factor", "x2"), x3 = row(box, "factor", "x3");
        assertEquals(0.2, num(x1, "lower"), 0.05, box.toString());
        assertEquals(0.5, num(x1, "upper"), 0.05, box.toString());
        assertEquals(0.6, num(x2, "lower"), 0.05, box.toString());
        assertEquals(0.9, num(x2, "upper"), 0.05, box.toString());
        assertEquals("false", x3.get("restricted"), box.toString());
        assertEquals(0, num(x3, "lower"), 1e-9);
        assertEquals(1, num(x3, "upper"), 1e-9);
        Map<String, String> chosen = row(csv(dir.resolve("analysis/prim_trajectory.csv")), "chosen", "true");
        assertTrue(num(chosen, "coverage") >= 0.85 && num(chosen, "density") >= 0.85, chosen.toString());
    }

    @Test
    void thePlantedBoxIsFoundAtTheKnee(@TempDir Path tmp) throws IOException {
        Path dir = plantedSweep(tmp);
        Exit e = ok("analyze", "prim", dir.toString(), "--outcome", "y", "--threshold", "0.5");
        assertTrue(e.out().contains("unrestricted: x3"), e.out());
        recovers(dir);
        List<Map<String, String>> t = csv(dir.resolve("analysis/prim_trajectory.csv"));
        // The first box is everything: coverage 1, density the base rate (the box's 9 % of the cube).
        assertEquals(1, num(t.get(0), "coverage"), 1e-9);
        assertEquals(0.09, num(t.get(0), "density"), 0.03);
        // Peeling stops before the box holds less than 5 % of the points.
        assertTrue(num(t.get(t.size() - 1), "mass") >= 0.05);
        assertTrue(Files.size(dir.resolve("analysis/prim_tradeoff.png")) > 1000);
    }

    @Test
    void aMinimumDensityAndPastingFindItToo(@TempDir Path tmp) throws IOException {
        Path dir = plantedSweep(tmp);
        ok("analyze", "prim", dir.toString(), "--outcome", "y", "--threshold", "0.5", "--min-density", "0.9", "--paste");
        recovers(dir);
    }

    /** --below flips the outcome of interest: y <= 0.5 is everywhere but the box, so no single box is pure. */
    @Test
    void belowLooksForTheComplement(@TempDir Path tmp) throws IOException {
        Path dir = plantedSweep(tmp);
        Exit e = ok("analyze", "prim", dir.toString(), "--outcome", "y", "--threshold", "0.5", "--below");
        List<Map<String, String>> t = csv(dir.resolve("analysis/prim_trajectory.csv"));
        assertEquals(0.91, num(t.get(0), "density"), 0.03, e.out());
    }
}
