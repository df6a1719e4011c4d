package org.alignsim.model;

/**
 * Balance of threat (Walt 1987): the threat i perceives from j grows with j's aggregate power
 * and offensive capability measured against i's own, falls with the distance to where j's forces are (its capital, the
 * states that host them, its bases), and is multiplied by j's hostile intentions (which include a
 * small baseline between states that share no institution), so capability alone does not settle
 * it. A state balances by moving away from the side a threatening state stands on. A pole stands
 * at its end of the axis; any other state's side is its stance measured against the hedging band,
 * so the threat of a Russia or a North Korea acts in full once they stand outside the band, and
 * not in proportion to where they stand on the US-China axis.
 */
public final class ThreatPerception {
    private ThreatPerception() {}

    /** Capability of every state: a mix of aggregate power and offensive capability, each scaled to the strongest. */
    static void capabilities(World w, double[] gdp, double[] milex, double[] population, boolean[] active, double[] aggregate, double[] capability) {
        Parameters.Threat p = w.scenario.threat();
        Parameters.PowerMix mix = p.powerMix();
        int n = w.n;
        double sg = 0, sm = 0, sp = 0;
        for (int j = 0; j < n; j++) {
            if (!active[j]) continue;
            sg += gdp[j];
            sm += milex[j];
            sp += population[j];
        }
        double mixSum = mix.gdp() + mix.military() + mix.population();
        double maxAgg = 0, maxOff = 0;
        double[] off = capability; // reuse: offensive capability first, then blended in place
        for (int j = 0; j < n; j++) {
            if (!active[j]) {
                aggregate[j] = 0;
                off[j] = 0;
                continue;
            }
            double g = sg > 0 ? gdp[j] / sg : 0, m = sm > 0 ? milex[j] / sm : 0, pop = sp > 0 ? population[j] / sp : 0;
            aggregate[j] = (mix.gdp() * g + mix.military() * m + mix.population() * pop) / mixSum;
            off[j] = m * (1 + (w.nuclear[j] ? p.nuclearBonus() : 0)) * w.projection[j];
            maxAgg = Math.max(maxAgg, aggregate[j]);
            maxOff = Math.max(maxOff, off[j]);
        }
        double s = p.offensiveShare();
        for (int j = 0; j < n; j++) {
            double a = maxAgg > 0 ? aggregate[j] / maxAgg : 0, o = maxOff > 0 ? off[j] / maxOff : 0;
            capability[j] = (1 - s) * a + s * o;
        }
    }

    /**
     * The hostile intentions i reads into j's capability alone, where the two have no security
     * relationship: the baseline, and, with {@code regime} > 0, more the less democratic j is than
     * i (liberal threat perception: democracies read an autocracy's power as a threat, Owen 1997;
     * Doyle 1986), nothing more the other way.
     */
    static double baselineIntentions(double baseline, double regime, double democracyI, double democracyJ) {
        return regime > 0 && democracyI > democracyJ ? baseline + regime * (democracyI - democracyJ) : baseline;
    }

    /** Threat that i perceives from j. */
    public static double threat(World w, double[] proximity, double[] capability, double[] hostility, int i, int j) {
        return relative(capability, i, j) * proximity[i * w.n + j] * hostility[j * w.n + i];
    }

    /**
     * j's capability against i's own, cap_j / (cap_i + cap_j): threat is a matter of the balance
     * between the two (Walt's aggregate power is relative; Organski's power transition is dyadic),
     * so a small state fears a middle power next door as a great power fears another.
     */
    static double relative(double[] capability, int i, int j) {
        double sum = capability[i] + capability[j];
        return sum > 0 ? capability[j] / sum : 0;
    }

    /** The side j stands on, as a balancer sees it: +-1 for a pole, the stance over the band (clipped) for anyone else. */
    static double side(World w, double[] alignment, int j, double band) {
        double a = alignment[j];
        if (w.isPole(j)) return a;
        if (band <= 0) return Math.signum(a);
        return Math.max(-1, Math.min(1, a / band));
    }

    /** The side every state stands on ({@link #side}), into {@code out}. */
    static void sides(World w, double[] alignment, double band, double[] out) {
        for (int j = 0; j < w.n; j++) out[j] = side(w, alignment, j, band);
    }

    /** Unweighted pull on i from the threats of all other states, each standing on its side (from {@link #sides}). */
    static double pull(World w, double[] proximity, double[] capability, double[] hostility, double[] side, boolean[] active, int i) {
        int n = w.n;
        double sum = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            if (j == i || !active[j]) continue;
            double h = hostility[j * n + i];
            if (h == 0) continue;
            sum -= relative(capability, i, j) * proximity[row + j] * h * side[j];
        }
        return sum;
    }
}
