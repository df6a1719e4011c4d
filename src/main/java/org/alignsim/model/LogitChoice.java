package org.alignsim.model;

/**
 * The stochastic choice of a stance: a logit (quantal-response) choice over evenly spaced
 * positions x on [-1, 1] with utility U(x) = b x - A x^2, so P(x) is proportional to
 * exp(beta U(x)) (McFadden 1974; McKelvey and Palfrey 1995). A concave quadratic keeps the
 * weights cheap: the ratio of neighbouring weights changes by a constant factor, so a choice costs
 * three exponentials instead of one per option, and drawing by inverse CDF from one uniform
 * number makes the chosen position monotone in b for a fixed draw.
 */
public final class LogitChoice {
    private LogitChoice() {}

    /** Position of option k, rounded so that grid points are the decimals they look like (0.3, not 0.30000000000000004). */
    public static double position(int k, int options) {
        return Math.round(exactPosition(k, options) * 1e9) / 1e9;
    }

    /** The positions of all the options, in order: what a run looks up instead of rounding and dividing at every decision. */
    static double[] grid(int options) {
        double[] g = new double[options];
        for (int k = 0; k < options; k++) g[k] = position(k, options);
        return g;
    }

    private static double exactPosition(int k, int options) {
        return -1 + 2.0 * k / (options - 1);
    }

    /** Unnormalised weights exp(beta (U_k - U_max)) into w; returns their sum. */
    static double weights(double b, double a, double beta, int options, double[] w) {
        double step = 2.0 / (options - 1);
        int mode = mode(b, a, options);
        w[mode] = 1;
        double total = 1;
        // Upward: U_{k+1} - U_k = b*step - a*(2 x_k step + step^2); it falls by 2 a step^2 per option.
        double xm = exactPosition(mode, options);
        double q = Math.exp(-2 * beta * a * step * step);
        double r = Math.exp(beta * (b * step - a * (2 * xm * step + step * step)));
        double cur = 1;
        for (int k = mode + 1; k < options; k++) {
            cur *= r;
            r *= q;
            w[k] = cur;
            total += cur;
        }
        // Downward: U_{k-1} - U_k = -b*step + a*(2 x_k step - step^2).
        r = Math.exp(beta * (-b * step + a * (2 * xm * step - step * step)));
        cur = 1;
        for (int k = mode - 1; k >= 0; k--) {
            cur *= r;
            r *= q;
            w[k] = cur;
            total += cur;
        }
        return total;
    }

    /** The option with the highest utility (the nearest grid point to b / 2a, or an end). */
    static int mode(double b, double a, int options) {
        double best;
        if (a <= 0) best = b > 0 ? 1 : b < 0 ? -1 : 0;
        else best = Math.max(-1, Math.min(1, b / (2 * a)));
        int k = (int) Math.round((best + 1) * (options - 1) / 2);
        return Math.max(0, Math.min(options - 1, k));
    }

    /** Draws an option index by inverse CDF from the uniform number u in [0, 1). */
    public static int choose(double b, double a, double beta, int options, double u, double[] scratch) {
        double total = weights(b, a, beta, options, scratch);
        double target = u * total;
        double acc = 0;
        for (int k = 0; k < options; k++) {
            acc += scratch[k];
            if (target < acc) return k;
        }
        return options - 1;
    }

    /** The choice probabilities, for analysis and tests. */
    public static double[] probabilities(double b, double a, double beta, int options) {
        double[] w = new double[options];
        double total = weights(b, a, beta, options, w);
        for (int k = 0; k < options; k++) w[k] /= total;
        return w;
    }

    public static double expectedPosition(double b, double a, double beta, int options) {
        double[] p = probabilities(b, a, beta, options);
        double e = 0;
        for (int k = 0; k < options; k++) e += p[k] * position(k, options);
        return e;
    }
}
