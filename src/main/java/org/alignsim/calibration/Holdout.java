package org.alignsim.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * holdout.json: the targets that were not fitted, evaluated at the best parameters (and, for
 * comparison, at the starting ones), so that over-fitting shows: a fit that improves the 2024
 * stances while breaking the backcast's phase signs (or the reverse) has learned the target, not
 * the mechanisms. The fitted targets are repeated for reference.
 */
public final class Holdout {
    private Holdout() {}

    public static List<String> holdoutTargets(CalibrationSpec spec) {
        List<String> h = new ArrayList<>();
        if (spec.stances() != null && !spec.fit().stances()) h.add("stances");
        if (spec.backcast() != null && !spec.fit().backcast()) h.add("backcast");
        return h;
    }

    public static Map<String, Object> json(CalibrationSpec spec, Objective.Evaluation best, Objective.Evaluation start,
                                           LossLog.Row bestRow, double[] startX,
                                           Objective.StanceDetail freshBest, Objective.StanceDetail freshStart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fit", spec.fit().key);
        m.put("holdout", holdoutTargets(spec));
        m.put("best_evaluation", bestRow.evaluation());
        m.put("best_loss", bestRow.loss());
        m.put("best_parameters", params(spec, bestRow.x()));
        m.put("start_parameters", params(spec, startX));
        if (spec.backcast() != null) m.put("backcast", backcast(spec, best.backcast(), start.backcast()));
        if (spec.stances() != null) m.put("stances", stances(spec, best.stances(), start.stances(), freshBest, freshStart));
        return m;
    }

    private static Map<String, Object> params(CalibrationSpec spec, double[] x) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int k = 0; k < x.length; k++) p.put(spec.parameters().get(k).path(), x[k]);
        return p;
    }

    private static Map<String, Object> backcast(CalibrationSpec spec, Objective.BackcastDetail best, Objective.BackcastDetail start) {
        CalibrationSpec.Backcast b = spec.backcast();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", spec.fit().backcast() ? "fitted" : "held out");
        m.put("scenario", org.alignsim.scenario.ScenarioLoader.display(b.scenarioFile()));
        m.put("state", b.state());
        m.put("replications", b.replications());
        List<Map<String, Object>> phases = new ArrayList<>();
        for (double[] p : b.phases()) phases.add(ordered("from", p[0], "to", p[1]));
        m.put("phases", phases);
        List<String> signs = new ArrayList<>();
        for (int s : b.signs()) signs.add(s > 0 ? "up" : "down");
        m.put("expected_signs", signs);
        m.put("at_best", backcastAt(b, best));
        m.put("at_start", backcastAt(b, start));
        return m;
    }

    private static Map<String, Object> backcastAt(CalibrationSpec.Backcast b, Objective.BackcastDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase_means", d.meanByPhase());
        List<Map<String, Object>> signs = new ArrayList<>();
        for (int k = 0; k < b.signs().length; k++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("phases", (k + 1) + " vs " + k);
            s.put("expected", b.signs()[k] > 0 ? "up" : "down");
            double diff = d.meanByPhase()[k + 1] - d.meanByPhase()[k];
            s.put("mean_difference", diff);
            s.put("share_of_replications_right", d.correctShares()[k]);
            // The sign "holds" when the mean over replications moves the expected way.
            s.put("holds", b.signs()[k] > 0 ? diff > 0 : diff < 0);
            signs.add(s);
        }
        m.put("signs", signs);
        m.put("mean_wrong_signs_per_replication", d.meanWrong());
        return m;
    }

    private static Map<String, Object> stances(CalibrationSpec spec, Objective.StanceDetail best, Objective.StanceDetail start,
                                               Objective.StanceDetail freshBest, Objective.StanceDetail freshStart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", spec.fit().stances() ? "fitted" : "held out");
        m.put("window", ordered("from", spec.stances().from(), "to", spec.stances().to()));
        m.put("states", best.codes().size());
        m.put("replications", best.replications());
        m.put("at_best", ordered("misclassification", Objective.misclassification(best), "modal_matches", FitTable.matches(best)));
        m.put("at_start", ordered("misclassification", Objective.misclassification(start), "modal_matches", FitTable.matches(start)));
        // Other seeds than the fit's: a best that only fits its own draws shows here.
        m.put("fresh_seeds", ordered("replications", freshBest.replications(), "seed_rule", "Seeds.runSeed(Seeds.mix(seed + 2), r)",
                "at_best", ordered("misclassification", Objective.misclassification(freshBest), "modal_matches", FitTable.matches(freshBest)),
                "at_start", ordered("misclassification", Objective.misclassification(freshStart), "modal_matches", FitTable.matches(freshStart))));
        return m;
    }

    /** A map that keeps the order of its keys (Map.of does not), so the JSON is the same every time. */
    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
