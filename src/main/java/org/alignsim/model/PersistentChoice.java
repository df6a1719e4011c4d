package org.alignsim.model;

/**
 * The choice of a stance with persistent preferences: a random-utility model whose taste shock
 * is serially correlated (an AR(1) process, as in panel models of state dependence; Heckman 1981,
 * Keane 1997) rather than drawn afresh at each revision. A revising state takes the stance on the
 * grid that maximises U(x) = b x - a x^2 - c |x - current| + shock x: the quadratic part is the
 * mechanisms' pulls, tradition and inertia, c a switching cost that leaves small reasons to move
 * unanswered, and the shock the state's own drifting preference. Stances are then sticky, as real
 * alignments are, while a large change in the pulls (a war, a crisis) still moves them.
 */
public final class PersistentChoice {
    private PersistentChoice() {}

    /** The innovation's standard deviation that keeps the shock's stationary one at sigma. */
    static double innovationScale(double sigma, double phi) {
        return sigma * Math.sqrt(1 - phi * phi);
    }

    /**
     * Every actor's shock one step later: autocorrelation phi, innovation scale from
     * {@link #innovationScale}, and actor k's innovation ({@code shock[actors[k]]}'s) drawn from the
     * uniform {@code draws[2k + 1]} by the inverse normal CDF (one uniform, whatever the parameters,
     * so random streams stay aligned across parameter values); the quantiles are made together
     * ({@link NormalQuantile#of(double[], double[], int)}). {@code uniforms} and {@code quantiles}
     * are scratch, as long as {@code actors}.
     */
    static void nextShocks(double[] shock, int[] actors, double phi, double scale, double[] draws, double[] uniforms, double[] quantiles) {
        int count = actors.length;
        for (int k = 0; k < count; k++) uniforms[k] = Math.min(Math.max(draws[2 * k + 1], 1e-12), 1 - 1e-12);
        NormalQuantile.of(uniforms, quantiles, count);
        for (int k = 0; k < count; k++) shock[actors[k]] = phi * shock[actors[k]] + scale * quantiles[k];
    }

    /** The utility of stance x: b x - a x^2 - c |x - current|. */
    static double utility(double b, double a, double c, double current, double x) {
        return b * x - a * x * x - c * Math.abs(x - current);
    }

    /** Per-step autocorrelation of a shock that persists for {@code years} (e-folding time) at step dt. */
    static double persistence(double years, double dt) {
        return years > 0 ? Math.exp(-dt / years) : 0;
    }

    /**
     * The grid option with the highest b x - a x^2 - c |x - current|; of equal ones, the one
     * nearest the current stance. Larger b never gives a lower option. The utility is concave,
     * so the best grid option is one of the two that bracket its continuous maximum: two
     * evaluations instead of one per option.
     */
    public static int best(double b, double a, double c, double current, int options) {
        return best(b, a, c, current, LogitChoice.grid(options));
    }

    /** {@link #best(double, double, double, double, int)} with the options' positions at hand ({@link LogitChoice#grid}). */
    static int best(double b, double a, double c, double current, double[] grid) {
        int options = grid.length;
        double top;
        if (a <= 0) {
            top = b - c > 0 ? 1 : b + c < 0 ? -1 : current;
        } else {
            double slope = b - 2 * a * current;   // the smooth part's slope at the current stance
            top = Math.abs(slope) <= c ? current : slope > c ? (b - c) / (2 * a) : (b + c) / (2 * a);
        }
        top = Math.max(-1, Math.min(1, top));
        double scaled = (top + 1) * (options - 1) / 2;
        int lo = Math.max(0, Math.min(options - 1, (int) Math.floor(scaled)));
        int hi = Math.min(options - 1, lo + 1);
        int best = -1;
        double bestU = Double.NEGATIVE_INFINITY, bestDist = Double.POSITIVE_INFINITY;
        for (int k = lo; k <= hi; k++) {
            double x = grid[k];
            double d = Math.abs(x - current);
            double u = utility(b, a, c, current, x);
            if (u > bestU + 1e-12 || (u > bestU - 1e-12 && d < bestDist)) {
                best = k;
                bestU = Math.max(u, bestU);
                bestDist = d;
            }
        }
        return best;
    }
}
