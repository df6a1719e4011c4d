package org.alignsim.results;

import org.alignsim.model.Aggregates;
import org.alignsim.model.Ladder;
import org.alignsim.model.Outcome;
import org.alignsim.model.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** The contents of summary.json: outcomes only, nothing time-dependent, so equal runs give equal bytes. */
public final class Summaries {
    private Summaries() {}

    public static Map<String, Object> summary(Scenario s, long seed, Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("seed", seed);
        m.put("steps", s.time().steps());
        m.put("start_year", s.time().startYear());
        m.put("end_year", s.time().startYear() + s.time().horizonYears());
        m.put("asian_nato_formed", o.asianNatoFormed());
        m.put("asian_nato_year", Double.isNaN(o.asianNatoYear()) ? null : round(o.asianNatoYear()));
        m.put("asian_nato_at_end", o.asianNatoAtEnd());
        Map<String, Object> fin = new LinkedHashMap<>();
        double[] v = o.last().values();
        for (int k = 0; k < v.length; k++) fin.put(Aggregates.COLUMNS[k], round(v[k]));
        m.put("final", fin);
        Map<String, Object> fa = new LinkedHashMap<>();
        o.finalAlignment().forEach((k, x) -> fa.put(k, round(x)));
        m.put("final_alignment", fa);
        Map<String, Object> fc = new LinkedHashMap<>();
        o.finalCommitment().forEach((k, x) -> fc.put(k, Ladder.of(x).key));
        m.put("final_commitment", fc);
        return m;
    }

    static Double round(double x) {
        return Double.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null;
    }
}
