package org.alignsim.model;

/**
 * Balance of threat (Walt 1987): the threat i perceives from j grows with j's aggregate power
 * and offensive capability, falls with distance, and is multiplied by j's hostile intentions
 * (which include a small baseline between states that share no institution), so capability
 * alone does not settle it. A state balances by moving
 * away from the side a threatening state stands on: the pull is -T_ij * a_j.
 */
public final class ThreatPerception {
    private ThreatPerception() {}

    /** Capability of every state: a mix of aggregate power and offensive capability, each scaled to the strongest. */
    static void capabilities(World w, double[] gdp, double[] milex, double[] aggregate, double[] capability) {
        Parameters.Threat p = w.scenario.threat();
        Parameters.PowerMix mix = p.powerMix();
        int n = w.n;
        double sg = 0, sm = 0, sp = 0;
        for (int j = 0; j < n; j++) { sg += gdp[j]; sm += milex[j]; sp += w.population[j]; }
        double mixSum = mix.gdp() + mix.military() + mix.population();
        double maxAgg = 0, maxOff = 0;
        double[] off = capability; // reuse: offensive capability first, then blended in place
        for (int j = 0; j < n; j++) {
            double g = sg > 0 ? gdp[j] / sg : 0, m = sm > 0 ? milex[j] / sm : 0, pop = sp > 0 ? w.population[j] / sp : 0;
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

    /** Threat that i perceives from j. */
    public static double threat(World w, double[] capability, double[] hostility, int i, int j) {
        return capability[j] * w.decay(i, j) * hostility[j * w.n + i];
    }

    /** Unweighted pull on i from the threats of all other states. */
    static double pull(World w, double[] capability, double[] hostility, double[] alignment, int i) {
        int n = w.n;
        double sum = 0;
        int row = i * n;
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            double t = capability[j] * w.distanceDecay[row + j] * hostility[j * n + i];
            sum -= t * alignment[j];
        }
        return sum;
    }
}
