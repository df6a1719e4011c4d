package org.alignsim.model;

import org.junit.jupiter.api.Test;

import org.alignsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class RealignmentCostTest {

    /**
     * Every grid option scored directly: b x - a x^2 - c |x - current|, less the cost if x lies in
     * another camp than the current stance; the best, and of equal ones the nearest the current
     * stance. An independent reference for the two-candidate shortcut.
     */
    private static int bruteForce(double b, double a, double c, double current, int options, double band, double cost) {
        int best = -1;
        double bestU = Double.NEGATIVE_INFINITY, bestDist = Double.POSITIVE_INFINITY;
        int home = current > band ? 1 : current < -band ? -1 : 0;
        for (int k = 0; k < options; k++) {
            double x = -1 + 2.0 * k / (options - 1);
            int camp = x > band + 1e-9 ? 1 : x < -band - 1e-9 ? -1 : 0;
            double u = b * x - a * x * x - c * Math.abs(x - current) - (camp == home ? 0 : cost);
            double d = Math.abs(x - current);
            if (u > bestU + 1e-9 || (u > bestU - 1e-9 && d < bestDist)) {
                best = k;
                bestU = Math.max(u, bestU);
                bestDist = d;
            }
        }
        return best;
    }

    @Test
    void theChoiceIsTheBestOptionOnTheWholeGrid() {
        Random r = new Random(11);
        for (int trial = 0; trial < 20000; trial++) {
            int options = 41;
            double b = (r.nextDouble() - 0.5) * 8, a = r.nextDouble() * 4, c = r.nextDouble() < 0.5 ? 0 : r.nextDouble() * 0.5;
            double current = LogitChoice.position(r.nextInt(options), options);
            double cost = r.nextDouble() < 0.2 ? 0 : r.nextDouble() * 1.5;
            int k = RealignmentCost.best(b, a, c, current, options, 0.3, cost);
            int ref = bruteForce(b, a, c, current, options, 0.3, cost);
            // Ties within rounding may pick either of two options of the same utility.
            double x = LogitChoice.position(k, options), y = LogitChoice.position(ref, options);
            int home = Camp.of(current, 0.3);
            double ux = b * x - a * x * x - c * Math.abs(x - current) - (Camp.of(x, 0.3) == home ? 0 : cost);
            double uy = b * y - a * y * y - c * Math.abs(y - current) - (Camp.of(y, 0.3) == home ? 0 : cost);
            assertEquals(uy, ux, 1e-9, "b=" + b + " a=" + a + " c=" + c + " current=" + current + " cost=" + cost);
        }
    }

    @Test
    void withoutACostItIsThePersistentChoice() {
        Random r = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            double b = (r.nextDouble() - 0.5) * 8, a = r.nextDouble() * 4, current = LogitChoice.position(r.nextInt(41), 41);
            assertEquals(PersistentChoice.best(b, a, 0.1, current, 41), RealignmentCost.best(b, a, 0.1, current, 41, 0.3, 0));
        }
    }

    @Test
    void aSmallReasonToChangeCampIsLeftUnansweredAndALargeOneIsNot() {
        // A hedger at 0.3, the band's edge. The smooth optimum b / 2a: 0.4 is a small reason to cross, 0.9 a large one.
        double a = 1;
        assertEquals(0.4, LogitChoice.position(RealignmentCost.best(0.8, a, 0, 0.3, 41, 0.3, 0), 41), 1e-12);
        assertEquals(0.3, LogitChoice.position(RealignmentCost.best(0.8, a, 0, 0.3, 41, 0.3, 0.1), 41), 1e-12,
                "crossing gains 0.01, less than the cost");
        assertEquals(0.9, LogitChoice.position(RealignmentCost.best(1.8, a, 0, 0.3, 41, 0.3, 0.1), 41), 1e-12,
                "crossing gains 0.36, more than the cost");
        // The same from the US camp back into the band: leaving costs as much as joining.
        assertEquals(0.35, LogitChoice.position(RealignmentCost.best(0.4, a, 0, 0.35, 41, 0.3, 0.1), 41), 1e-12);
    }

    @Test
    void theBestStanceNeverFallsWhenThePullRises() {
        for (double current : new double[]{-0.6, -0.3, 0, 0.3, 0.35, 0.8}) {
            double last = -2;
            for (double b = -6; b <= 6; b += 0.01) {
                double x = LogitChoice.position(RealignmentCost.best(b, 1.3, 0.05, current, 41, 0.3, 0.2), 41);
                assertTrue(x >= last, "current " + current + ", b = " + b);
                last = x;
            }
        }
    }

    @Test
    void aLargerCostNeverMakesAChangeOfCampMoreLikely() {
        Random r = new Random(17);
        for (int trial = 0; trial < 5000; trial++) {
            double b = (r.nextDouble() - 0.5) * 6, a = 0.2 + r.nextDouble() * 3, current = LogitChoice.position(r.nextInt(41), 41);
            double low = r.nextDouble(), high = low + r.nextDouble();
            int home = Camp.of(current, 0.3);
            boolean movesAtHigh = Camp.of(LogitChoice.position(RealignmentCost.best(b, a, 0, current, 41, 0.3, high), 41), 0.3) != home;
            boolean movesAtLow = Camp.of(LogitChoice.position(RealignmentCost.best(b, a, 0, current, 41, 0.3, low), 41), 0.3) != home;
            assertFalse(movesAtHigh && !movesAtLow, "b=" + b + " a=" + a + " current=" + current + " costs " + low + " " + high);
        }
    }

    /** Camp changes of all states over the 2024 baseline's run, seeds 1-5. */
    private static int campChanges(double cost) {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", "indo-pacific-2024.yaml"), Map.of("decision.realignment_cost", cost)).scenario();
        World w = new World(s);
        int[] changes = {0};
        for (long seed = 1; seed <= 5; seed++) {
            AlignmentModel m = new AlignmentModel(w, seed);
            int[] last = new int[w.n];
            boolean[] seen = {false};
            m.addObserver(model -> {
                for (int i : w.actors) {
                    int camp = Camp.of(model.alignment[i], s.hedgingBand());
                    if (seen[0] && camp != last[i]) changes[0]++;
                    last[i] = camp;
                }
                seen[0] = true;
            });
            m.runToEnd();
        }
        return changes[0];
    }

    @Test
    void inTheBaselineACostOfChangingCampMeansFewerChanges() {
        int free = campChanges(0), costly = campChanges(0.3);
        assertTrue(free > 0, "without the cost some state changes camp");
        assertTrue(costly < free, "with the cost " + costly + " changes, without " + free);
    }
}
