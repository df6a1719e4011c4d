package org.alignsim.validation;

import org.alignsim.model.Ladder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metric 5, the source paper's arguments: India, ASEAN and the large EU states hold back from a
 * US-led coalition (Yi and Yang 2023), and why. A group holds back in a run at the share of its
 * states that end the run hedging (within the hedging band) or, for a group judged by commitment,
 * below collective defence. Then each named mechanism's weight is set to 0 (all else, seeds
 * included, unchanged): the share of the group's holding back that disappears,
 * (H - H_off) / H, says how much of it that mechanism carries. Negative: switching the mechanism
 * off makes the group hold back more.
 */
final class PaperArguments {
    private PaperArguments() {}

    static final String HEADER = "scenario,group,knockout,holds_back,share_carried";

    static void score(String scenario, Finals base, Map<String, Finals> knockouts, ValidationSpec spec, Scorecard card, CsvFile out) {
        for (ValidationSpec.Group g : spec.groups()) {
            List<Integer> idx = new ArrayList<>();
            for (String s : g.states()) {
                int i = StateLookup.actorOrNone(base.world, s);
                if (i >= 0) idx.add(i);
            }
            if (idx.isEmpty()) continue;
            double h = holdsBack(base, idx, g.holdsBack());
            out.row(scenario, g.name(), "", h, Double.NaN);
            String what = g.holdsBack() == ValidationSpec.HoldsBack.HEDGING ? "end the run hedging" : "end the run below collective defence";
            card.add(scenario, "paper." + g.name() + ".holds_back", h, Double.NaN, String.join(" ", g.states()),
                    "share of (seed, state) pairs of the group that " + what);
            Map<String, Double> carried = new LinkedHashMap<>();
            for (Map.Entry<String, Finals> k : knockouts.entrySet()) {
                double hk = holdsBack(k.getValue(), idx, g.holdsBack());
                double share = h > 0 ? (h - hk) / h : Double.NaN;
                carried.put(k.getKey(), share);
                out.row(scenario, g.name(), k.getKey(), hk, share);
                card.add(scenario, "paper." + g.name() + "." + k.getKey() + "_share", share, Double.NaN,
                        String.format(Locale.ROOT, "holds back %.2f, with weights.%s = 0: %.2f", h, k.getKey(), hk),
                        "share of the group's holding back that disappears when the " + k.getKey() + " mechanism is switched off");
            }
        }
    }

    static double holdsBack(Finals f, List<Integer> idx, ValidationSpec.HoldsBack how) {
        double band = f.world.scenario.hedgingBand();
        long n = 0;
        for (int r = 0; r < f.runs(); r++) {
            for (int i : idx) {
                boolean held = how == ValidationSpec.HoldsBack.HEDGING ? Math.abs(f.alignment[r][i]) <= band : f.commitment[r][i] < Ladder.TOP;
                if (held) n++;
            }
        }
        return n / (double) (f.runs() * idx.size());
    }
}
