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

    static double towardWest(World w, double[] gdp, double[] shareWest, int i) {
        Parameters.Trade t = w.scenario.trade();
        return vulnerability(shareWest[i], w.openness[i], gdp[i], gdp[w.west], t.asymmetry(), t.saturation());
    }

    static double towardEast(World w, double[] gdp, double[] shareEast, int i) {
        Parameters.Trade t = w.scenario.trade();
        return vulnerability(shareEast[i], w.openness[i], gdp[i], gdp[w.east], t.asymmetry(), t.saturation());
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
