package org.alignsim.scenario;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.World;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data-driven backcast of the 40 states: it loads, states enter when the data say, and a seed gives the same run. */
class HistoryBackcastTest {
    static final World WORLD = new World(ScenarioLoader.load(Path.of("scenarios", "history-1946-2020.yaml")).scenario());

    private static List<double[]> run(long seed) {
        return run(WORLD, seed);
    }

    /** Each recorded step's (year, stance of every state) of one run. */
    private static List<double[]> run(World world, long seed) {
        List<double[]> rows = new ArrayList<>();
        AlignmentModel m = new AlignmentModel(world, seed);
        m.addObserver(mm -> {
            double[] r = new double[world.n + 1];
            r[0] = mm.year();
            for (int i = 0; i < world.n; i++) r[i + 1] = mm.alignment(i);
            rows.add(r);
        });
        m.runToEnd();
        return rows;
    }

    @Test
    void theFortyStatesRunFrom1946To2021AndEnterWhenTheyBecomeStates() {
        List<double[]> rows = run(1);
        assertEquals(40, WORLD.n);
        assertEquals(75 * 4 + 1, rows.size());
        int ukr = WORLD.index.get("UKR") + 1, bgd = WORLD.index.get("BGD") + 1, gbr = WORLD.index.get("GBR") + 1;
        for (double[] r : rows) {
            // COW: Ukraine a state from 1991, Bangladesh from 1971 (data/history/capabilities.csv).
            assertEquals(r[0] < 1991, Double.isNaN(r[ukr]), "UKR in " + r[0]);
            assertEquals(r[0] < 1971, Double.isNaN(r[bgd]), "BGD in " + r[0]);
            assertFalse(Double.isNaN(r[gbr]));
        }
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnother() {
        List<double[]> a = run(3), b = run(3), c = run(4);
        for (int k = 0; k < a.size(); k++) assertTrue(java.util.Arrays.equals(a.get(k), b.get(k)), "step " + k);
        boolean differs = false;
        for (int k = 0; k < a.size(); k++) differs |= !java.util.Arrays.equals(a.get(k), c.get(k));
        assertTrue(differs);
    }

    @Test
    void gdpAndDemocracyFollowTheData() {
        AlignmentModel m = new AlignmentModel(WORLD, 1);
        int kor = WORLD.index.get("KOR");
        double[] gdp = new double[2];
        m.addObserver(mm -> {
            if (Math.abs(mm.year() - 1960.0) < 1e-9) gdp[0] = mm.gdp(kor);
            if (Math.abs(mm.year() - 2010.0) < 1e-9) gdp[1] = mm.gdp(kor);
        });
        m.runToEnd();
        // Maddison: South Korea's GDP grew about thirty-fold from 1960 to 2010.
        assertTrue(gdp[1] / gdp[0] > 20 && gdp[1] / gdp[0] < 50, gdp[0] + " -> " + gdp[1]);
    }

    /** Each step's (year, stances) of a history in which ordinary revisions practically never come. */
    private static List<double[]> quiet(double review) {
        return run(new World(ScenarioLoader.load(Path.of("scenarios", "history-1946-2020.yaml"),
                java.util.Map.of("decision.revision_rate", 1e-9, "decision.shock_sd", 0.0, "decision.event_review", review)).scenario()), 1);
    }

    private static double at(List<double[]> rows, double year, String code) {
        for (double[] r : rows) if (Math.abs(r[0] - year) < 1e-9) return r[WORLD.index.get(code) + 1];
        throw new AssertionError("no step at " + year);
    }

    @Test
    void aYearOfDataThatMakesOrEndsAPactPromptsAReview() {
        List<double[]> rows = quiet(1.0);
        // ATOP: Poland's pact with the USSR/Russia ends after 1991, its pact with the US begins in
        // 1997. Each moves it toward the US in the step that brings that year's data.
        assertTrue(at(rows, 1992.0, "POL") > at(rows, 1991.75, "POL"), "the Warsaw Pact's end");
        assertTrue(at(rows, 1997.0, "POL") > at(rows, 1996.75, "POL"), "the pact with the US");
        // Between years only a dated event moves anyone, and every dated event here names China alone
        // among the states that decide.
        int chn = WORLD.index.get("CHN") + 1;
        for (int k = 1; k < rows.size(); k++) {
            double[] before = rows.get(k - 1), now = rows.get(k);
            if (now[0] == Math.rint(now[0])) continue;
            for (int i = 1; i < now.length; i++) {
                if (i == chn || Double.isNaN(before[i]) || Double.isNaN(now[i])) continue;
                assertEquals(before[i], now[i], 0.0, WORLD.codes[i - 1] + " moved at " + now[0]);
            }
        }
        // Without reviews nothing moves after the start but those entering the system.
        List<double[]> still = quiet(0.0);
        for (int k = 1; k < still.size(); k++) {
            for (int i = 1; i < still.get(k).length; i++) {
                double a = still.get(k - 1)[i], b = still.get(k)[i];
                if (!Double.isNaN(a)) assertEquals(a, b, 0.0, WORLD.codes[i - 1] + " at " + still.get(k)[0]);
            }
        }
    }
}
