package org.alignsim.model;

/**
 * The cost of changing camp. Joining a camp, leaving one or abandoning a hedge is a public act:
 * it engages audience and reputation costs at home and abroad (Fearon 1994; Crescenzi 2007), and
 * a hedger that declares itself gives up the fallback position hedging exists to keep (Kuik 2008).
 * A revising state therefore crosses the hedging band's edge only when the best stance across it
 * beats the best stance on its own side by more than the cost: hysteresis at the band. Small
 * drifts of preference then move a state within its camp, not across it.
 */
public final class RealignmentCost {
    private RealignmentCost() {}

    /**
     * The persistent choice ({@link PersistentChoice#best}) with a cost on options in another camp
     * than the current stance's. The utility is concave along the grid, so the best option in the
     * current camp is the one nearest the unconstrained best; the best in another camp is the
     * unconstrained best itself.
     */
    public static int best(double b, double a, double c, double current, int options, double band, double cost) {
        return best(b, a, c, current, LogitChoice.grid(options), band, cost);
    }

    /** {@link #best(double, double, double, double, int, double, double)} with the options' positions at hand. */
    static int best(double b, double a, double c, double current, double[] grid, double band, double cost) {
        int k = PersistentChoice.best(b, a, c, current, grid);
        if (!(cost > 0)) return k;
        int home = Camp.of(current, band);
        double x = grid[k];
        if (Camp.of(x, band) == home) return k;
        int step = x > current ? -1 : 1;
        int j = k;
        while (j + step >= 0 && j + step < grid.length && Camp.of(grid[j], band) != home) j += step;
        double y = grid[j];
        if (Camp.of(y, band) != home) return k;
        return PersistentChoice.utility(b, a, c, current, y) >= PersistentChoice.utility(b, a, c, current, x) - cost ? j : k;
    }
}
