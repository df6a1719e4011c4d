package org.alignsim.model;

/**
 * The standard normal quantile (inverse CDF) by Wichura's algorithm AS 241 (PPND16, Applied
 * Statistics 37, 1988), accurate to about 1e-16. Every state draws a shock innovation every step,
 * so this runs millions of times a sweep: Commons Math's erfInv, a logarithm on every call, took a
 * third of a run's time; AS 241 needs a logarithm only in the tails (|p - 0.5| > 0.425, 15 % of draws).
 */
final class NormalQuantile {
    private NormalQuantile() {}

    /**
     * {@link #of} of {@code p[0, count)} into {@code out}, the same numbers to the bit. The
     * central formula is worked out for every p in a loop without branches, which the JIT turns
     * into vector instructions (the same operations in the same order on each number), and the
     * tails (a logarithm each) are then put right one by one: a decision step's quantiles at a
     * time, a fifth of a run when each was worked out alone, a long chain of dependent steps
     * waited out call after call.
     */
    static void of(double[] p, double[] out, int count) {
        for (int k = 0; k < count; k++) out[k] = central(p[k] - 0.5);
        for (int k = 0; k < count; k++) {
            if (!(Math.abs(p[k] - 0.5) <= 0.425)) out[k] = of(p[k]);
        }
    }

    static double of(double p) {
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) return central(q);
        double r = q < 0 ? p : 1 - p;
        r = Math.sqrt(-Math.log(r));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r
                    + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                    + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5;
            x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                    + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r
                    + 6.6579046435011037772)
                    / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0);
        }
        return q < 0 ? -x : x;
    }

    /** The central region's rational function of q = p - 0.5, |q| <= 0.425. */
    private static double central(double q) {
        double r = 0.180625 - q * q;
        return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r
                + 3.387132872796366608)
                / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1.0);
    }
}
