package org.alignsim.bench;

import org.alignsim.model.Ladder;
import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.model.Tier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated scenarios of any size for scaling measurements: random capitals, lognormal economies,
 * random institutions of 5 to 12 members (one per 10 states), a few hostile dyads. Not real data;
 * the mechanism parameters are those of a real scenario.
 */
public final class SyntheticWorlds {
    private SyntheticWorlds() {}

    public static Scenario of(Scenario template, int states, long seed) {
        Random r = new Random(seed);
        List<Parameters.State> list = new ArrayList<>();
        Tier[] tiers = Tier.values();
        for (int i = 0; i < states; i++) {
            String code = code(i);
            double gdp = Math.exp(4 + 2 * r.nextGaussian());
            double openness = 0.2 + r.nextDouble();
            double west = 0.3 * r.nextDouble(), east = 0.3 * r.nextDouble();
            Map<String, String> disputes = new LinkedHashMap<>();
            if (i > 1 && r.nextDouble() < 0.1) disputes.put(code(1), "maritime");
            list.add(new Parameters.State(code, code, "synthetic", -60 + 130 * r.nextDouble(), -180 + 360 * r.nextDouble(),
                    gdp, gdp * 0.02, Math.exp(3 + r.nextGaussian()), r.nextDouble() < 0.05, 1, r.nextDouble(),
                    new Parameters.StateTrade(openness, i == 0 ? 0 : west, i == 1 ? 0 : east), r.nextDouble(),
                    i == 0 ? Tier.CORE : tiers[1 + r.nextInt(tiers.length - 1)], 0.01 + 0.04 * r.nextDouble(),
                    i == 0 ? 1 : i == 1 ? -1 : 2 * r.nextDouble() - 1, i == 0 ? Ladder.COLLECTIVE_DEFENCE : Ladder.NONE, disputes,
                    Map.of(), List.of()));
        }
        List<Parameters.Institution> inst = new ArrayList<>();
        for (int k = 0; k < Math.max(1, states / 10); k++) {
            List<String> members = new ArrayList<>();
            int size = 5 + r.nextInt(8);
            while (members.size() < Math.min(size, states)) {
                String c = code(r.nextInt(states));
                if (!members.contains(c)) members.add(c);
            }
            inst.add(new Parameters.Institution("I" + k, members, 0.5 + r.nextDouble(), r.nextBoolean(), Ladder.FUNCTIONAL));
        }
        Map<String, Map<String, Double>> hostility = new LinkedHashMap<>();
        for (int k = 0; k < states / 5; k++) {
            String a = code(r.nextInt(states)), b = code(r.nextInt(states));
            if (!a.equals(b)) hostility.computeIfAbsent(a, x -> new LinkedHashMap<>()).put(b, r.nextDouble());
        }
        Parameters.AsianNato an = new Parameters.AsianNato(List.of(code(2), code(3), code(4), code(5)), Ladder.COLLECTIVE_DEFENCE, 3, 2);
        return new Scenario("synthetic-" + states, "generated", template.time(), new Parameters.Poles(code(0), code(1)),
                template.decision(), template.hedgingBand(), template.weights(), template.threat(), template.trade(),
                template.hierarchy(), template.power(), template.commitment(), template.china(),
                template.us(), an, template.voting(), inst, list, hostility, List.of());
    }

    /** Three-letter codes AAA, AAB, ... so any number of states up to 17,576 gets a valid code. */
    static String code(int i) {
        return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }
}
