package org.alignsim.model;

/**
 * The system-level outcomes at one step, over the states that decide (the poles excluded). Bloc
 * shares are by count, GDP and population. Polarisation is the mean absolute difference of
 * alignments over all pairs, halved, so 0 when all agree and 1 when two equal halves sit at -1
 * and +1.
 */
public record Aggregates(double usCount, double hedgeCount, double chinaCount,
                         double usGdp, double hedgeGdp, double chinaGdp,
                         double usPopulation, double hedgePopulation, double chinaPopulation,
                         double meanAlignment, double polarisation, double powerRatio,
                         double encirclement, boolean chinaCoercing, int asianNatoMembers,
                         double asianNatoReadiness, boolean asianNato, boolean asianNatoFormed) {

    public static final String[] COLUMNS = {
            "share_us_count", "share_hedge_count", "share_china_count",
            "share_us_gdp", "share_hedge_gdp", "share_china_gdp",
            "share_us_pop", "share_hedge_pop", "share_china_pop",
            "mean_alignment", "polarisation", "power_ratio", "encirclement", "china_coercing",
            "asian_nato_members", "asian_nato_readiness", "asian_nato", "asian_nato_formed"};

    public double[] values() {
        return new double[]{usCount, hedgeCount, chinaCount, usGdp, hedgeGdp, chinaGdp, usPopulation,
                hedgePopulation, chinaPopulation, meanAlignment, polarisation, powerRatio, encirclement,
                chinaCoercing ? 1 : 0, asianNatoMembers, asianNatoReadiness, asianNato ? 1 : 0, asianNatoFormed ? 1 : 0};
    }

    /**
     * Polarisation of the active states. {@code order} holds the actors sorted by stance at the
     * last call and is sorted again in place: stances are sticky, so insertion sort on it costs
     * little more than a pass, and the sorted values (all the sum depends on) are the same as a
     * fresh sort would give.
     */
    static double polarisation(double[] alignment, int[] order, boolean[] active, double[] scratch) {
        for (int k = 1; k < order.length; k++) {
            int v = order[k];
            double x = alignment[v];
            int j = k - 1;
            while (j >= 0 && alignment[order[j]] > x) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        int m = 0;
        for (int v : order) if (active[v]) scratch[m++] = alignment[v];
        if (m < 2) return 0;
        // Sum over pairs |x_i - x_j| from sorted values: sum_k x_k (2k - m + 1).
        double s = 0;
        for (int k = 0; k < m; k++) s += scratch[k] * (2 * k - m + 1);
        double meanPairDiff = s / (m * (m - 1) / 2.0);
        return meanPairDiff / 2;
    }
}
