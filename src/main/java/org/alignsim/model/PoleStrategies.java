package org.alignsim.model;

/**
 * The poles act too. China offers trade and investment (inducement) or coerces (sanctions and
 * military pressure) depending on how encircled it feels; an adaptive China switches to coercion
 * once encirclement passes its threshold. Coercion works through dependence (the sanction bites
 * in proportion to the target's vulnerability to China) and also raises China's hostility toward
 * US-aligned states, which feeds their threat perception: coercion can backfire. The US rewards
 * partners in proportion to their status and presses through its own trade ties.
 */
public final class PoleStrategies {
    private PoleStrategies() {}

    /** Share of the east pole's neighbourhood (power- and proximity-weighted) that leans to the US. */
    static double encirclement(World w, double[] aggregate, double[] alignment, boolean[] active) {
        double num = 0, den = 0;
        for (int j : w.actors) {
            if (!active[j]) continue;
            double weight = aggregate[j] * w.decay(j, w.east);
            num += weight * Math.max(0, alignment[j]);
            den += weight;
        }
        return den > 0 ? num / den : 0;
    }

    static boolean coercing(Parameters.China c, double encirclement) {
        return switch (c.strategy()) {
            case COERCION -> true;
            case ADAPTIVE -> encirclement > c.encirclementThreshold();
            default -> false;
        };
    }

    static boolean inducing(Parameters.China c, boolean coercing) {
        return c.strategy() == Parameters.ChinaStrategy.INDUCEMENT
                || (c.strategy() == Parameters.ChinaStrategy.ADAPTIVE && !coercing);
    }

    /** Unweighted pull of both poles' strategies on a state. */
    static double pull(double inducement, double coercion, double reward, double pressure, boolean coercing, boolean inducing,
                       boolean usAligned, double vulnerabilityEast, double vulnerabilityWest, double status) {
        double china = 0;
        if (inducing) china -= inducement * vulnerabilityEast;
        if (coercing && usAligned) china -= coercion * vulnerabilityEast;
        return china + reward * status + pressure * vulnerabilityWest;
    }

    /** Hostility coercion adds toward a US-aligned state. */
    static double coercionHostility(double coercion, boolean coercing, boolean usAligned) {
        return coercing && usAligned ? coercion : 0;
    }
}
