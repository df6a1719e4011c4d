package org.alignsim.model;

/**
 * The camp a stance falls in by the hedging band (docs/MODEL.md 7.14): US-aligned above it,
 * China-aligned below minus it, hedging within. One rule for the blocs, the realignment cost,
 * the class switches and every comparison with observed classes.
 */
public final class Camp {
    public static final int US = 1, HEDGING = 0, CHINA = -1;

    private Camp() {}

    /** {@link #US}, {@link #HEDGING} or {@link #CHINA}; a NaN stance (a state not yet present) counts as hedging. */
    public static int of(double stance, double band) {
        return stance > band ? US : stance < -band ? CHINA : HEDGING;
    }
}
