package org.alignsim.model;

/**
 * Asymmetric interdependence (Hirschman 1945; Keohane and Nye 1977): i's exposure to pole p is
 * the share of its trade with p times its openness (trade/GDP). The same trade weighs less on the
 * larger partner, so the asymmetry A = GDP_p / (GDP_p + GDP_i) sharpens the exposure of the
 * smaller side: V = exposure * (1 - gamma + 2 gamma A). Confronting a main trading partner is
 * costly, so the pull is V_west - V_east.
 */
public final class TradeDependence {
    private TradeDependence() {}

    public static double vulnerability(double share, double openness, double gdpSelf, double gdpPartner, double asymmetry) {
        double exposure = share * openness;
        double a = gdpPartner / (gdpPartner + gdpSelf);
        return exposure * (1 - asymmetry + 2 * asymmetry * a);
    }

    static double towardWest(World w, double[] gdp, double[] shareWest, int i) {
        return vulnerability(shareWest[i], w.openness[i], gdp[i], gdp[w.west], w.scenario.trade().asymmetry());
    }

    static double towardEast(World w, double[] gdp, double[] shareEast, int i) {
        return vulnerability(shareEast[i], w.openness[i], gdp[i], gdp[w.east], w.scenario.trade().asymmetry());
    }
}
