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
     * Polarisation of the active states. Stances are on the decision grid ({@code grid}, the
     * options' positions in order), so counting how many stand at each position orders them in
     * one pass; the sum then takes the same values in the same order as after a sort, so the
     * result is the same to the bit. A stance off the grid (a scenario's starting stance, say)
     * sends the step to the sort: {@code order} holds the actors sorted by stance at its last
     * call and is sorted again in place, which for sticky stances costs little more than a pass.
     */
    static double polarisation(double[] alignment, int[] order, boolean[] active, double[] scratch, double[] grid, int[] atPosition) {
        java.util.Arrays.fill(atPosition, 0);
        int m = 0, last = grid.length - 1;
        boolean onGrid = true;
        for (int v : order) {
            if (!active[v]) continue;
            double x = alignment[v];
            int k = nearest(x, last);
            if (k < 0 || k > last || Double.doubleToRawLongBits(grid[k]) != Double.doubleToRawLongBits(x)) {
                onGrid = false;
                break;
            }
            atPosition[k]++;
            m++;
        }
        if (onGrid) {
            if (m < 2) return 0;
            // A counting sort into scratch: every loop has a fixed length, where walking the
            // positions and their counts mispredicted a branch at every occupied position.
            for (int k = 0, start = 0; k <= last; k++) {
                int c = atPosition[k];
                atPosition[k] = start;
                start += c;
            }
            for (int v : order) {
                if (active[v]) scratch[atPosition[nearest(alignment[v], last)]++] = alignment[v];
            }
            double s = 0;
            for (int rank = 0; rank < m; rank++) s += scratch[rank] * (2 * rank - m + 1);
            double meanPairDiff = s / (m * (m - 1) / 2.0);
            return meanPairDiff / 2;
        }
        return bySort(alignment, order, active, scratch);
    }

    /**
     * The index of the grid position nearest x, for x in [-1, 1]; the caller checks that x is that
     * position. Rounding by adding a half and truncating is exact enough here (a grid point is
     * within a rounding error of a whole index) and cheaper than Math.round; outside [-1, 1]
     * the index may be off by one, which the check then refuses as it refuses any stance off the grid.
     */
    private static int nearest(double x, int last) {
        return (int) ((x + 1) * last / 2 + 0.5);
    }

    /** Polarisation from the stances sorted (any stances). */
    static double bySort(double[] alignment, int[] order, boolean[] active, double[] scratch) {
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
