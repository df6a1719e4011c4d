package org.alignsim.model;

/**
 * Relative power trajectory (balancing vs bandwagoning; Walt 1987, Schweller 1994): states
 * balance against the rising east pole while the coalition can still match it and bandwagon
 * once it cannot. R is the power of the east bloc over the power of the coalition (states at or
 * above the coalition's ladder level). The pull is tanh((R* - R) / width) times the threat the
 * state perceives from the east pole: a state that does not fear China has nothing to balance,
 * and a feared China that the coalition can no longer match invites bandwagoning.
 */
public final class PowerTrajectory {
    private PowerTrajectory() {}

    static double ratio(World w, double[] aggregate, double[] alignment, int[] commitment, boolean[] active, double band, int coalitionLevel) {
        double east = 0, coalition = 0;
        for (int j = 0; j < w.n; j++) {
            if (!active[j]) continue;
            if (alignment[j] < -band) east += aggregate[j];
            if (commitment[j] >= coalitionLevel) coalition += aggregate[j];
        }
        if (coalition <= 0) return Double.POSITIVE_INFINITY;
        return east / coalition;
    }

    /** The pull per unit of threat from the east (the pull is this times that threat): +1 balancing, -1 bandwagoning. */
    static double balance(double ratio, double tippingRatio, double width) {
        return Double.isInfinite(ratio) ? -1 : Math.tanh((tippingRatio - ratio) / width);
    }
}
