package org.alignsim.analysis;


import org.alignsim.base.UserError;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris screening of a morris sweep: mu, mu* and sigma per factor and outcome. As for Sobol,
 * replications are averaged per design point first, so an effect is the change in the expected
 * outcome; replication noise left in the means inflates sigma and, for unimportant factors, mu*.
 */
public final class MorrisAnalysis {
    private MorrisAnalysis() {}

    public record Row(String outcome, String factor, double mu, double muStar, double sigma, int effects) {}

    public record Outcome(String outcome, double noiseShare, List<Row> rows) {}

    public record Result(int trajectories, int levels, List<Outcome> outcomes) {}

    public static Result analyse(SweepData data, List<String> asked) {
        String type = data.design.type();
        if (!type.equals("morris")) {
            throw new UserError("Morris elementary effects need a morris design; " + data.dir + " has a " + type
                    + " design (set design: {type: morris, samples: r, levels: 4} in the sweep file)");
        }
        int r = data.points() / (data.k() + 1);
        if (r < 2) throw new UserError("Morris statistics need at least 2 trajectories; " + data.dir + " has " + r);
        List<Outcome> out = new ArrayList<>();
        for (String o : data.chooseOutcomes(asked, "a Morris analysis")) {
            List<MorrisEffects.Summary> st = MorrisEffects.compute(data, data.pointMeans(o));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < data.k(); i++) {
                MorrisEffects.Summary s = st.get(i);
                rows.add(new Row(o, data.factors.get(i).path(), s.mu(), s.muStar(), s.sigma(), s.effects()));
            }
            out.add(new Outcome(o, data.noiseShare(o), rows));
        }
        return new Result(r, data.design.levels(), out);
    }
}
