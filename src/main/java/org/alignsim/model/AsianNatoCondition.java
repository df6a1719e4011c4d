package org.alignsim.model;

/**
 * The Asian NATO condition over a run (docs/MODEL.md 7.15): it stands once enough candidate
 * members have held the required rung for asian_nato.sustain_years without a break, and counts
 * as formed from the year that spell began.
 */
final class AsianNatoCondition {
    private double since = Double.NaN, formedYear = Double.NaN;

    void reset() {
        since = Double.NaN;
        formedYear = Double.NaN;
    }

    /** Whether the coalition stands at time t, given whether enough members hold the rung now. */
    boolean standing(boolean holds, double t, double sustainYears) {
        if (!holds) since = Double.NaN;
        else if (Double.isNaN(since)) since = t;
        boolean standing = holds && t - since >= sustainYears - 1e-9;
        if (standing && Double.isNaN(formedYear)) formedYear = since;
        return standing;
    }

    boolean formed() { return !Double.isNaN(formedYear); }

    /** The year the first standing spell began; NaN if it never stood. */
    double year() { return formedYear; }
}
