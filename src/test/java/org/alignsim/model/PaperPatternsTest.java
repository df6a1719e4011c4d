package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The patterns the source paper (Yi and Yang 2023) reads from 2024 and from the history of
 * China-NATO relations, checked across many seeds so that no single seed decides them.
 */
class PaperPatternsTest {
    static final int SEEDS = 20;

    record Tally(double formed, double hedgeShare, double collectiveShare) {}

    /** Over SEEDS runs: share of runs where the Asian NATO formed; share of (run, state) pairs hedging / at collective defence. */
    static Tally tally(Scenario s, List<String> states, int seeds) {
        World w = new World(s);
        int formed = 0, hedge = 0, collective = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            Outcome o = new AlignmentModel(w, seed).runToEnd();
            if (o.asianNatoFormed()) formed++;
            for (String c : states) {
                if (Math.abs(o.finalAlignment().get(c)) < s.hedgingBand()) hedge++;
                if (o.finalCommitment().get(c) == Ladder.TOP) collective++;
            }
        }
        double pairs = (double) seeds * states.size();
        return new Tally(formed / (double) seeds, hedge / pairs, collective / pairs);
    }

    @Test
    void in2024IndiaAseanAndTheLargeEuStatesHedgeAndNoAsianNatoForms() {
        Scenario base = TestScenarios.project("indo-pacific-2024.yaml");
        Tally india = tally(base, List.of("IND"), SEEDS);
        Tally asean = tally(base, List.of("IDN", "VNM", "PHL", "THA", "MYS", "SGP", "MMR", "KHM", "LAO", "BRN", "TLS"), SEEDS);
        Tally eu = tally(base, List.of("DEU", "FRA", "ITA", "ESP"), SEEDS);
        assertTrue(india.hedgeShare() > 0.5, "India hedges in most runs: " + india);
        assertTrue(asean.hedgeShare() > 0.5, "most of ASEAN hedges: " + asean);
        assertTrue(eu.collectiveShare() < 0.5, "the large EU states mostly stay short of collective defence against China: " + eu);
        assertTrue(india.formed() < 0.5, "an Asian NATO forms in a minority of runs at most: " + india);
    }

    @Test
    void aTaiwanCrisisMakesAnAsianNatoMoreLikely() {
        int seeds = 40;
        Tally base = tally(TestScenarios.project("indo-pacific-2024.yaml"), List.of("JPN"), seeds);
        Tally crisis = tally(TestScenarios.project("taiwan-crisis.yaml"), List.of("JPN"), seeds);
        assertTrue(crisis.formed() > base.formed(), "crisis " + crisis.formed() + " vs baseline " + base.formed());
    }

    /** China's mean alignment over [from, to) in one run of the backcast. */
    static double[] phaseMeans(World w, long seed, double[][] phases) {
        int chn = w.index.get("CHN");
        double[] sum = new double[phases.length];
        int[] count = new int[phases.length];
        AlignmentModel m = new AlignmentModel(w, seed);
        m.addObserver(model -> {
            for (int p = 0; p < phases.length; p++) {
                if (model.year() >= phases[p][0] && model.year() < phases[p][1]) {
                    sum[p] += model.alignment(chn);
                    count[p]++;
                }
            }
        });
        m.runToEnd();
        for (int p = 0; p < phases.length; p++) sum[p] /= count[p];
        return sum;
    }

    @Test
    void theBackcastReplaysTheSignsOfThePapersPhases() {
        World w = new World(TestScenarios.project("china-nato-1949-2020.yaml"));
        double[][] phases = {{1949, 1972}, {1972, 1989}, {1989, 2002}};
        int toward = 0, away = 0;
        double[] mean = new double[phases.length];
        for (int seed = 1; seed <= SEEDS; seed++) {
            double[] m = phaseMeans(w, seed, phases);
            if (m[1] > m[0]) toward++;
            if (m[2] < m[1]) away++;
            for (int p = 0; p < phases.length; p++) mean[p] += m[p] / SEEDS;
        }
        // On average over the seeds and in most of them. Model v1 had both signs in every seed;
        // v2's persistent shocks make single runs noisier, and `alignsim validate` reports the
        // share of seeds against the target of 90 % (docs/MODEL.md, section 8): this test guards
        // the direction, validate the reliability.
        assertTrue(mean[1] > mean[0], "China moves toward the West in 1972-1989: " + java.util.Arrays.toString(mean));
        assertTrue(mean[2] < mean[1], "and away from it in 1989-2002: " + java.util.Arrays.toString(mean));
        assertTrue(toward > SEEDS / 2, "toward the West in most runs: " + toward + " of " + SEEDS);
        assertTrue(away > SEEDS / 2, "away from it in most runs: " + away + " of " + SEEDS);
    }
    /**
     * Pattern 3 on the 40-state history driven by data (docs/MODEL.md 11), the one validate scores:
     * China toward the West in 1972-89, away in 1989-2002 and back in 2002-20 (the engagement phase
     * the sketch misses in a quarter of its seeds), on average and in most runs, with the default
     * weights and with the ideology weight at 0 (the phases must come from threat and trade).
     */
    @Test
    void theHistoryReplaysAllThreePhaseShiftsWithAndWithoutIdeology() {
        double[][] phases = {{1949, 1972}, {1972, 1989}, {1989, 2002}, {2002, 2021}};
        for (double ideology : new double[]{1, 0}) {
            World w = new World(org.alignsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios", "history-1946-2020.yaml"),
                    java.util.Map.of("weights.ideology", ideology)).scenario());
            int[] right = new int[3];
            double[] mean = new double[phases.length];
            for (int seed = 1; seed <= SEEDS; seed++) {
                double[] m = phaseMeans(w, seed, phases);
                if (m[1] > m[0]) right[0]++;
                if (m[2] < m[1]) right[1]++;
                if (m[3] > m[2]) right[2]++;
                for (int p = 0; p < phases.length; p++) mean[p] += m[p] / SEEDS;
            }
            String at = "ideology " + ideology + ": " + java.util.Arrays.toString(mean) + ", right in " + java.util.Arrays.toString(right);
            assertTrue(mean[1] > mean[0] && mean[2] < mean[1] && mean[3] > mean[2], at);
            for (int k = 0; k < 3; k++) assertTrue(right[k] > SEEDS / 2, at);
        }
    }
}
