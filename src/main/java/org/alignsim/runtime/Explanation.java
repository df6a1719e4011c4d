package org.alignsim.runtime;

import org.alignsim.base.UserError;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Decomposition;
import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One moment of a run, taken apart: the run of a seed is stepped to a year, and each asked-for
 * state's decision is decomposed into its mechanisms ({@link AlignmentModel#decomposition}). The
 * run is the one `alignsim run` makes with the same seed.
 */
public final class Explanation {
    private Explanation() {}

    /** The decompositions at the first step at or after {@code year}, in the order asked (every actor if none is named). */
    public static List<Decomposition> at(Scenario s, long seed, double year, List<String> states) {
        double start = s.time().startYear(), end = start + s.time().steps() * s.time().dt();
        if (!(year >= start - 1e-9 && year <= end + 1e-9)) {
            throw new UserError(String.format(Locale.ROOT, "--year %s: outside the scenario's run, %s to %s",
                    num(year), num(start), num(end)));
        }
        if (s.decision().rule() == Parameters.Rule.LANDSCAPE) {
            // landscape theory chooses by the landscape's energy, not by this utility: its parts would explain nothing
            throw new UserError("explain takes apart the utility of the persistent and logit rules; " + s.name() + " uses decision.rule: landscape");
        }
        World w = new World(s);
        List<Integer> who = new ArrayList<>();
        if (states.isEmpty()) {
            for (int i : w.actors) who.add(i);
        } else {
            for (String code : states) {
                Integer i = w.index.get(code);
                if (i == null) throw new UserError("--state " + code + ": no such state in scenario " + s.name());
                if (w.isPole(i)) throw new UserError("--state " + code + ": a pole, whose stance is fixed");
                who.add(i);
            }
        }
        AlignmentModel m = DecisionRules.model(w, seed);
        m.runUntil(year);
        List<Decomposition> out = new ArrayList<>();
        for (int i : who) {
            if (!m.active(i)) {
                if (!states.isEmpty()) {
                    throw new UserError("--state " + w.codes[i] + ": not yet in the state system in " + num(m.year()));
                }
                continue;
            }
            out.add(m.decomposition(i));
        }
        return out;
    }

    private static String num(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }
}
