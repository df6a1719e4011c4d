package org.alignsim.model;

/**
 * Asymmetric interdependence (Hirschman 1945; Keohane and Nye 1977). A state's dependence on a
 * pole grows with its trade with that pole as a share of its GDP, saturating (the first tenth of
 * GDP traded matters more than the next), and is sharpened when the pole is much the larger
 * economy. Dependence makes moving away from the partner costly: the utility loses
 * V_p (x - a_p)^2 / 4 for each pole p. A state that depends on one pole is held near it; one that
 * depends on both is held near the middle, which is the paper's argument for why trade with China
 * keeps Europe and China's neighbours from joining a US bloc.
 */
public final class TradeDependence {
    private TradeDependence() {}

    /** V = e / (e + saturation) times the asymmetry factor, with e = share * openness. */
    public static double vulnerability(double share, double openness, double gdpSelf, double gdpPartner, double asymmetry, double saturation) {
        double exposure = share * openness;
        if (exposure <= 0) return 0;
        double a = gdpPartner / (gdpPartner + gdpSelf);
        return exposure / (exposure + saturation) * (1 - asymmetry + 2 * asymmetry * a);
    }

    /** i's dependence on the west pole, given the share of its trade that counts as the west's. */
    static double towardWest(World w, double[] gdp, double share, int i) {
        Parameters.Trade t = w.scenario.trade();
        return vulnerability(share, w.openness[i], gdp[i], gdp[w.west], t.asymmetry(), t.saturation());
    }

    /** i's dependence on the east pole, given the share of its trade that counts as the east's. */
    static double towardEast(World w, double[] gdp, double share, int i) {
        Parameters.Trade t = w.scenario.trade();
        return vulnerability(share, w.openness[i], gdp[i], gdp[w.east], t.asymmetry(), t.saturation());
    }

    /**
     * Trade with the states that side with a pole, as a share of i's trade: each partner's share
     * times how far it stands on the pole's side (sign +1 for the west, -1 for the east); the poles
     * themselves are left out (their trade is the pole share). Trade with a hedger counts for neither.
     */
    static double camp(World w, float[] partners, double[] alignment, boolean[] active, int i, int sign) {
        int n = w.n, row = i * n;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            if (j == i || j == w.west || j == w.east || !active[j]) continue;
            double side = sign * alignment[j];
            if (side > 0) sum += partners[row + j] * side;
        }
        return sum;
    }

    /**
     * Dependence on a pole, discounted by the threat perceived from it: V / (1 + kappa T). Trade
     * holds a state near a partner only while it expects the trade to go on; dependence on a
     * state it fears is a vulnerability to escape, not a bond (Copeland 1996, trade expectations;
     * Hirschman's leverage seen from the weaker side).
     */
    static double discounted(double v, double kappa, double threat) {
        return kappa > 0 ? v / (1 + kappa * threat) : v;
    }

    /** Linear coefficient of the trade utility: (V_west - V_east) / 2. */
    static double linear(double vWest, double vEast) {
        return (vWest - vEast) / 2;
    }

    /** Curvature of the trade utility: (V_west + V_east) / 4. */
    static double curvature(double vWest, double vEast) {
        return (vWest + vEast) / 4;
    }
}
