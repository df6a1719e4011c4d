package org.alignsim.base;

/**
 * The one rule for a seed the user gives (--seed, or seed: in a sweep or calibration file): a
 * whole number from 0 to 2^53 - 1, so that it survives JSON, R and pandas exactly.
 */
public final class Seed {
    private Seed() {}

    public static final long MAX = (1L << 53) - 1;

    public static final String RULE = "a whole number from 0 to 2^53 - 1";

    public static boolean ok(long seed) {
        return seed >= 0 && seed <= MAX;
    }
}
