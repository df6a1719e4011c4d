package org.alignsim.validation;

import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.calibration.StanceClass;
import org.alignsim.scenario.ScenarioException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metric 1, the 2024 classes: each listed state's simulated class is that of its mean stance over
 * the observation window (the calibration file's), by the scenario's hedging band; the score is
 * the share of (seed, state) pairs in a class other than the observed one. The same share at the
 * last step and over the states whose class is not contestable, and the states wrong in more than
 * half the seeds, are reported beside it.
 */
final class ClassFit {
    private ClassFit() {}

    static void score(String scenario, Trajectories t, ValidationSpec spec, Scorecard card, CsvFile perState) {
        CalibrationSpec.Stances st = spec.classes();
        double band = t.world.scenario.hedgingBand();
        if (!t.covers(st.from(), st.to() + 1e-6)) {
            throw new ScenarioException(StateLookup.shown(spec.classesFile()), st.line(), "stances.window",
                    "the window " + st.from() + "-" + st.to() + " lies outside the run of " + scenario);
        }
        int runs = t.runs(), last = t.steps() - 1;
        long wrong = 0, wrongEnd = 0, pairs = 0, wrongUncontested = 0, pairsUncontested = 0;
        List<String> majority = new ArrayList<>(), contestable = new ArrayList<>();
        int missing = 0;
        int[] wrongPerSeed = new int[runs];
        for (CalibrationSpec.Target target : st.classes()) {
            if (!t.world.index.containsKey(target.code())) {
                missing++;
                continue;
            }
            int i = StateLookup.actor(t.world, target.code(), spec.classesFile(), target.line());
            int[] counts = new int[3];
            int w = 0, wEnd = 0;
            double meanStance = 0;
            for (int r = 0; r < runs; r++) {
                double m = t.mean(r, i, st.from(), st.to(), true);
                meanStance += m / runs;
                StanceClass c = StanceClass.of(m, band);
                counts[c.ordinal()]++;
                if (c != target.observed()) {
                    w++;
                    wrongPerSeed[r]++;
                }
                if (StanceClass.of(t.alignment[r][last][i], band) != target.observed()) wEnd++;
            }
            wrong += w;
            wrongEnd += wEnd;
            pairs += runs;
            boolean isContestable = st.contestable().contains(target.code());
            if (!isContestable) {
                wrongUncontested += w;
                pairsUncontested += runs;
            }
            if (w * 2 > runs) (isContestable ? contestable : majority).add(target.code());
            StanceClass modal = StanceClass.values()[argmax(counts)];
            perState.row(scenario, target.code(), target.observed().key, modal.key, meanStance, counts[0] / (double) runs,
                    counts[1] / (double) runs, counts[2] / (double) runs, w / (double) runs, isContestable ? 1 : 0);
        }
        String window = fmtYear(st.from()) + "-" + fmtYear(st.to());
        if (pairs == 0) return;
        int states = (int) (pairs / runs);
        double[] perSeed = new double[runs];
        for (int r = 0; r < runs; r++) perSeed[r] = wrongPerSeed[r] / (double) states;
        SeedError e = SeedError.of(perSeed, 0.95);
        String spread = Double.isNaN(e.standardError()) ? "" : String.format(Locale.ROOT,
                "; seed standard error %.3f, 95 %% interval %.3f-%.3f", e.standardError(), e.low(), e.high());
        card.add(scenario, "classes.misclassification", wrong / (double) pairs, Double.NaN,
                states + " states x " + runs + " seeds, mean stance over " + window + (missing > 0 ? "; " + missing + " listed states not in the scenario" : "") + spread,
                "share of (seed, state) pairs whose simulated class differs from the observed 2024 class");
        card.add(scenario, "classes.misclassification_end", wrongEnd / (double) pairs, Double.NaN,
                "class at the last step (" + fmtYear(t.years[last]) + ")", "the same share at the end of the run");
        if (pairsUncontested < pairs && pairsUncontested > 0) {
            card.add(scenario, "classes.misclassification_uncontested", wrongUncontested / (double) pairsUncontested, Double.NaN,
                    pairsUncontested / runs + " states the classes file does not mark contestable",
                    "the same share over the states whose observed class is not contestable");
        }
        String detail = majority.isEmpty() ? "none" : String.join(" ", majority);
        if (!contestable.isEmpty()) detail += "; contestable, not counted: " + String.join(" ", contestable);
        card.add(scenario, "classes.states_wrong_majority", majority.size(), Double.NaN, detail,
                "states in the wrong class in more than half the seeds, those the classes file marks contestable not counted");
    }

    static final String HEADER = "scenario,state,observed,modal_class,mean_stance,share_us_aligned,share_hedger,share_china_aligned,share_wrong,contestable";

    private static int argmax(int[] c) {
        int best = 0;
        for (int k = 1; k < c.length; k++) if (c[k] > c[best]) best = k;
        return best;
    }

    static String fmtYear(double y) {
        return y == Math.rint(y) ? Long.toString((long) y) : Double.toString(Math.round(y * 100) / 100.0);
    }
}
