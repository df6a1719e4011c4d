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

/**
 * Sobol indices of analytic functions, run as sweep kernels through the sweep runner and analysed
 * by the CLI, against their known values.
 */
class SobolTest {
    static final double PI = Math.PI;

    /** Analytic Ishigami indices (Ishigami and Homma 1990; Saltelli et al. 2008, sec. 4.9), a = 7, b = 0.1. */
    static final double A = 7, B = 0.1;
    static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(PI, 4) / 5, 2);
    static final double V2 = A * A / 8;
    static final double V13 = B * B * Math.pow(PI, 8) * (1.0 / 18 - 1.0 / 50);
    static final double V = A * A / 8 + B * Math.pow(PI, 4) / 5 + B * B * Math.pow(PI, 8) / 18 + 0.5;
    static final double[] S1 = {V1 / V, V2 / V, 0};
    static final double[] ST = {(V1 + V13) / V, V2 / V, V13 / V};

    static final String ISHIGAMI_FACTORS = factors(new double[]{-PI, -PI, -PI}, new double[]{PI, PI, PI});

    @Test
    void theAnalyticIshigamiValuesAreTheOnesTheIssueQuotes() {
        // Guards the expected values themselves against a typo in the formulas above.
        assertArrayEquals(new double[]{0.314, 0.442, 0}, S1, 0.001);
        assertArrayEquals(new double[]{0.558, 0.442, 0.244}, ST, 0.001);
    }

    /**
     * N = 2048 base samples (10240 runs): the 95 % intervals are then about ±0.03–0.06 wide,
     * narrow enough that containing the analytic value is a real test.
     */
    @Test
    void ishigamiIndicesLieInsideTheirIntervals(@TempDir Path tmp) throws IOException {
        Path dir = sweep(tmp, "ishigami", 1, "{type: saltelli, samples: 2048}", ISHIGAMI_FACTORS,
                TestFunctions.kernel(3, x -> TestFunctions.ishigami(x, A, B)));
        Exit e = ok("analyze", "sobol", dir.toString());
        assertTrue(e.out().contains("x1"), e.out());
        List<Map<String, String>> rows = csv(dir.resolve("analysis/sobol.csv"));
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            Map<String, String> r = row(rows, "factor", "x" + (i + 1));
            assertEquals("y", r.get("outcome"));
            inside("S1 x" + (i + 1), S1[i], r, "S1");
            inside("ST x" + (i + 1), ST[i], r, "ST");
        }
        assertTrue(Files.size(dir.resolve("analysis/sobol_y.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("analysis/sobol_y.svg")).contains("<svg"));
    }

    /** The analytic value inside [lo, hi], the interval neither degenerate nor uselessly wide. */
    static void inside(String what, double truth, Map<String, String> r, String col) {
        double est = num(r, col), lo = num(r, col + "_lo"), hi = num(r, col + "_hi");
        assertTrue(lo <= est && est <= hi, what + ": estimate " + est + " outside its own interval [" + lo + ", " + hi + "]");
        assertTrue(lo <= truth && truth <= hi, what + ": analytic " + truth + " outside [" + lo + ", " + hi + "] (estimate " + est + ")");
        assertTrue(hi - lo > 0.001 && hi - lo < 0.15, what + ": interval width " + (hi - lo));
    }

    /**
     * y = Σ a_i x_i with independent uniform x_i: V = Σ a_i² (max_i − min_i)² / 12 and, with no
     * interactions, S1_i = ST_i = a_i² Var(x_i) / V. Ranges differ and one mean is large (x3 in
     * [10, 11]) so that neither scaling nor the output's mean can hide behind the unit cube.
     */
    @Test
    void aLinearModelsIndicesAreItsVarianceShares(@TempDir Path tmp) throws IOException {
        double[] a = {1, 2, 3, 0}, min = {0, -1, 10, 0}, max = {3, 1, 11, 1};
        double[] part = new double[4];
        double total = 0;
        for (int i = 0; i < 4; i++) total += part[i] = a[i] * a[i] * (max[i] - min[i]) * (max[i] - min[i]) / 12;
        Path dir = sweep(tmp, "linear", 1, "{type: saltelli, samples: 512}", factors(min, max),
                TestFunctions.kernel(4, x -> a[0] * x[0] + a[1] * x[1] + a[2] * x[2] + a[3] * x[3]));
        ok("analyze", "sobol", dir.toString(), "--outcome", "y");
        List<Map<String, String>> rows = csv(dir.resolve("analysis/sobol.csv"));
        for (int i = 0; i < 4; i++) {
            Map<String, String> r = row(rows, "factor", "x" + (i + 1));
            double share = part[i] / total;
            assertEquals(share, num(r, "S1"), 0.03, "S1 x" + (i + 1));
            assertEquals(share, num(r, "ST"), 0.03, "ST x" + (i + 1));
            assertTrue(num(r, "S1_lo") <= share + 1e-9 && share - 1e-9 <= num(r, "S1_hi"), "S1 interval of x" + (i + 1) + ": " + r);
            assertTrue(num(r, "ST_lo") <= share + 1e-9 && share - 1e-9 <= num(r, "ST_hi"), "ST interval of x" + (i + 1) + ": " + r);
        }
    }

    /**
     * Second order on Ishigami: the only interaction is x1 × x3, S13 = V13 / V ≈ 0.244; S12 = S23 = 0.
     */
    @Test
    void ishigamiSecondOrderFindsTheOneInteraction(@TempDir Path tmp) throws IOException {
        Path dir = sweep(tmp, "ishigami2", 1, "{type: saltelli, samples: 1024, second_order: true}", ISHIGAMI_FACTORS,
                TestFunctions.kernel(3, x -> TestFunctions.ishigami(x, A, B)));
        ok("analyze", "sobol", dir.toString(), "--second-order");
        List<Map<String, String>> rows = csv(dir.resolve("analysis/sobol2.csv"));
        assertEquals(3, rows.size());
        double[][] expected = {{0, 1, 0}, {0, 2, V13 / V}, {1, 2, 0}};
        for (double[] e : expected) {
            String f1 = "x" + ((int) e[0] + 1), f2 = "x" + ((int) e[1] + 1);
            Map<String, String> r = rows.stream().filter(m -> m.get("factor1").equals(f1) && m.get("factor2").equals(f2)).findFirst().orElseThrow();
            double lo = num(r, "S2_lo"), hi = num(r, "S2_hi");
            assertTrue(lo <= e[2] && e[2] <= hi, f1 + " x " + f2 + ": analytic " + e[2] + " outside [" + lo + ", " + hi + "]");
            assertTrue(hi - lo < 0.3, f1 + " x " + f2 + ": interval width " + (hi - lo));
        }
        // The interaction is the one pair the interval separates from zero.
        Map<String, String> r13 = rows.stream().filter(m -> m.get("factor1").equals("x1") && m.get("factor2").equals("x3")).findFirst().orElseThrow();
        assertTrue(num(r13, "S2_lo") > 0, r13.toString());
    }

    /**
     * Replications are averaged per point before estimating. y = x1 + 2 x2 + ε, ε ~ N(0, σ²),
     * x ∈ [0,1]², R = 4: the point means carry noise σ²/R, so V = 1/12 + 4/12 + σ²/R,
     * S1_i = V_i / V, and Jansen's ST_i = (V_i + σ²/R) / V (the noise differs between A and AB).
     * Using single runs instead (σ²) or pooling runs as points would give other numbers.
     */
    @Test
    void replicationsAreAveragedBeforeEstimating(@TempDir Path tmp) throws IOException {
        double sigma = 0.5, reps = 4, noise = sigma * sigma / reps;
        double v1 = 1.0 / 12, v2 = 4.0 / 12, v = v1 + v2 + noise;
        Path dir = sweep(tmp, "noisy", 4, "{type: saltelli, samples: 1024}", factors(new double[]{0, 0}, new double[]{1, 1}),
                TestFunctions.noisy(2, x -> x[0] + 2 * x[1], sigma));
        ok("analyze", "sobol", dir.toString());
        List<Map<String, String>> rows = csv(dir.resolve("analysis/sobol.csv"));
        Map<String, String> r1 = row(rows, "factor", "x1"), r2 = row(rows, "factor", "x2");
        assertEquals(v1 / v, num(r1, "S1"), 0.04);
        assertEquals(v2 / v, num(r2, "S1"), 0.04);
        assertEquals((v1 + noise) / v, num(r1, "ST"), 0.04);
        assertEquals((v2 + noise) / v, num(r2, "ST"), 0.04);
        assertEquals(noise / v, SweepData.read(dir).noiseShare("y"), 0.03);
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers(@TempDir Path tmp) throws IOException {
        Path dir = sweep(tmp, "seeded", 1, "{type: saltelli, samples: 64}", ISHIGAMI_FACTORS,
                TestFunctions.kernel(3, x -> TestFunctions.ishigami(x, A, B)));
        ok("analyze", "sobol", dir.toString(), "--seed", "7");
        String first = Files.readString(dir.resolve("analysis/sobol.csv"));
        ok("analyze", "sobol", dir.toString(), "--seed", "7");
        assertEquals(first, Files.readString(dir.resolve("analysis/sobol.csv")));
        ok("analyze", "sobol", dir.toString(), "--seed", "8");
        List<Map<String, String>> a = csv(dir.resolve("analysis/sobol.csv"));
        Files.writeString(tmp.resolve("first.csv"), first);
        List<Map<String, String>> b = csv(tmp.resolve("first.csv"));
        // Point estimates do not depend on the bootstrap; the intervals do.
        assertEquals(row(b, "factor", "x1").get("S1"), row(a, "factor", "x1").get("S1"));
        assertNotEquals(row(b, "factor", "x1").get("S1_lo"), row(a, "factor", "x1").get("S1_lo"));
    }
}
