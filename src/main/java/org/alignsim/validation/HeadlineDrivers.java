package org.alignsim.validation;

import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metric 6, what decides the headline: every judgement-call input is moved, one at a time, to
 * each end of its plausible range (all else, seeds included, as in the base runs), and the
 * spread it causes in the share of runs in which the Asian NATO forms, in the mean number of its
 * candidate members at the required rung at the end, and in the mean final stance is recorded.
 * The inputs are ranked by the spread of the formation share, then of the members, then of the
 * mean stance: the first ones are the inputs the headline answer turns on.
 */
final class HeadlineDrivers {
    private HeadlineDrivers() {}

    static final String HEADER = "scenario,rank,input,base_value,low_value,high_value,formation_low,formation_base,formation_high,"
            + "members_low,members_base,members_high,mean_low,mean_base,mean_high,formation_spread,members_spread,mean_spread";

    record Effect(JudgementInputs.Input input, double[] formation, double[] members, double[] mean) {
        double spread(double[] v) {
            return Math.max(v[0], Math.max(v[1], v[2])) - Math.min(v[0], Math.min(v[1], v[2]));
        }
    }

    /** How many runs the experiment needs (for progress). */
    static int runs(List<JudgementInputs.Input> inputs, int seeds) {
        int n = 0;
        for (JudgementInputs.Input in : inputs) {
            if (!in.low().equals(in.base())) n += seeds;
            if (!in.high().equals(in.base())) n += seeds;
        }
        return n;
    }

    static void score(String scenario, ScenarioLoader.Loaded loaded, Finals base, List<JudgementInputs.Input> inputs, ValidationSpec spec,
                      int seeds, Parallel pool, Scorecard card, CsvFile out) {
        List<Effect> effects = new ArrayList<>();
        for (JudgementInputs.Input in : inputs) {
            Finals lo = in.low().equals(in.base()) ? base : Finals.run(world(loaded, in, in.low(), spec), seeds, pool);
            Finals hi = in.high().equals(in.base()) ? base : Finals.run(world(loaded, in, in.high(), spec), seeds, pool);
            effects.add(new Effect(in, new double[]{lo.formationShare(), base.formationShare(), hi.formationShare()},
                    new double[]{lo.meanMembers(), base.meanMembers(), hi.meanMembers()},
                    new double[]{lo.meanOfMeans(), base.meanOfMeans(), hi.meanOfMeans()}));
        }
        List<Effect> ranked = new ArrayList<>(effects);
        ranked.sort(Comparator.comparingDouble((Effect e) -> -e.spread(e.formation()))
                .thenComparingDouble(e -> -e.spread(e.members()))
                .thenComparingDouble(e -> -e.spread(e.mean())));
        card.add(scenario, "headline.formation_share", base.formationShare(), Double.NaN, base.runs() + " runs",
                "share of runs in which the Asian NATO forms (the scenario's asian_nato condition)");
        card.add(scenario, "headline.members_at_rung", base.meanMembers(), Double.NaN,
                "of " + base.world.asianNatoMembers.length + " candidates, " + base.world.scenario.asianNato().minMembers() + " needed",
                "mean number of the Asian NATO's candidate members at the required rung at the end of the run");
        for (int k = 0; k < ranked.size(); k++) {
            Effect e = ranked.get(k);
            JudgementInputs.Input in = e.input();
            out.row(scenario, k + 1, in.key(), JudgementInputs.text(in.base()), JudgementInputs.text(in.low()), JudgementInputs.text(in.high()),
                    e.formation()[0], e.formation()[1], e.formation()[2], e.members()[0], e.members()[1], e.members()[2],
                    e.mean()[0], e.mean()[1], e.mean()[2], e.spread(e.formation()), e.spread(e.members()), e.spread(e.mean()));
            if (k < spec.top()) {
                card.add(scenario, "headline.driver_" + (k + 1), e.spread(e.formation()), Double.NaN,
                        String.format(Locale.ROOT, "%s %s..%s: formation %.2f..%.2f, members %.2f..%.2f, mean stance %+.3f..%+.3f", in.key(),
                                JudgementInputs.text(in.low()), JudgementInputs.text(in.high()), e.formation()[0], e.formation()[2],
                                e.members()[0], e.members()[2], e.mean()[0], e.mean()[2]),
                        "spread of the formation share when this judgement call moves across its plausible range (rank " + (k + 1) + ")");
            }
        }
    }

    private static World world(ScenarioLoader.Loaded loaded, JudgementInputs.Input in, Object value, ValidationSpec spec) {
        try {
            return new World(loaded.with(Map.of(in.key(), JudgementInputs.override(value))));
        } catch (ScenarioException e) {
            throw new ScenarioException(spec.shown(), 0, "judgement_calls.inputs",
                    in.key() + " = " + JudgementInputs.text(value) + " is rejected by the scenario (" + e.problem() + "); narrow its range");
        }
    }
}
