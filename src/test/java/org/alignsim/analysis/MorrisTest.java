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

class MorrisTest {
    /**
     * Sobol's g-function with a = (0, 1, 4.5, 9, 99, 99). On a 4-level grid every move of x_i
     * changes |4 x_i − 2| by ±4/3 and so g by ±(4/3)/(1 + a_i) times the other factors' product:
     * mu*_i is proportional to 1/(1 + a_i) = 1, 0.5, 0.18, 0.1, 0.01, 0.01, the known order.
     */
    @Test
    void morrisRanksTheGFunctionsFactorsInTheKnownOrder(@TempDir Path tmp) throws IOException {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        Path dir = sweep(tmp, "gfun", 1, "{type: morris, samples: 40, levels: 4}", factors(new double[6], new double[]{1, 1, 1, 1, 1, 1}),
                TestFunctions.kernel(6, x -> TestFunctions.gFunction(x, a)));
        Exit e = ok("analyze", "morris", dir.toString());
        assertTrue(e.out().contains("mu*"), e.out());
        List<Map<String, String>> rows = csv(dir.resolve("analysis/morris.csv"));
        assertEquals(6, rows.size());
        double[] muStar = new double[6];
        for (int i = 0; i < 6; i++) muStar[i] = num(row(rows, "factor", "x" + (i + 1)), "mu_star");
        for (int i = 0; i < 3; i++) assertTrue(muStar[i] > muStar[i + 1], "mu* of x" + (i + 1) + " > x" + (i + 2) + ": " + java.util.Arrays.toString(muStar));
        assertTrue(muStar[3] > Math.max(muStar[4], muStar[5]), java.util.Arrays.toString(muStar));
        // (1 + 0) / (1 + 99): the a = 99 factors barely matter.
        assertTrue(muStar[4] < 0.05 * muStar[0] && muStar[5] < 0.05 * muStar[0], java.util.Arrays.toString(muStar));
        // x1 enters |4 x1 − 2|, V-shaped: its effects change sign, so mu is near 0 while mu* is not.
        assertTrue(Math.abs(num(row(rows, "factor", "x1"), "mu")) < 0.5 * muStar[0], rows.toString());
        assertTrue(Files.size(dir.resolve("analysis/morris_y.png")) > 1000);
    }

    /**
     * A linear function y = 2 x1 − 3 x2 on x1 ∈ [0, 1], x2 ∈ [0, 10]: scaled by each factor's
     * range, every elementary effect is exactly the change over the full range, 2 and −30, so
     * mu = EE, mu* = |EE| and sigma = 0.
     */
    @Test
    void linearEffectsArePerFullFactorRange(@TempDir Path tmp) throws IOException {
        Path dir = sweep(tmp, "lin", 2, "{type: morris, samples: 10, levels: 6}", factors(new double[]{0, 0}, new double[]{1, 10}),
                TestFunctions.kernel(2, x -> 2 * x[0] - 3 * x[1]));
        ok("analyze", "morris", dir.toString());
        List<Map<String, String>> rows = csv(dir.resolve("analysis/morris.csv"));
        Map<String, String> x1 = row(rows, "factor", "x1"), x2 = row(rows, "factor", "x2");
        assertEquals(2, num(x1, "mu"), 1e-6);
        assertEquals(2, num(x1, "mu_star"), 1e-6);
        assertEquals(0, num(x1, "sigma"), 1e-6);
        assertEquals(-30, num(x2, "mu"), 1e-6);
        assertEquals(30, num(x2, "mu_star"), 1e-6);
        assertEquals(0, num(x2, "sigma"), 1e-6);
    }
}
