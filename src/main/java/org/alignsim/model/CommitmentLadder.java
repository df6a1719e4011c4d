package org.alignsim.model;

/**
 * Institutional commitment climbs a ladder (none, dialogue, functional cooperation, minilateral
 * pact, collective defence) one rung at a time: a state climbs when its alignment has passed the
 * next rung's threshold, steps down when it falls a hysteresis margin below its current rung's
 * threshold, and waits at least years_per_rung between moves, because treaties and institutions
 * take time to build and to leave.
 */
public final class CommitmentLadder {
    private CommitmentLadder() {}

    /** The new rung, given the current rung, alignment and whether enough time has passed. */
    static int next(int current, double alignment, double[] thresholds, double hysteresis, boolean mayMove) {
        if (!mayMove) return current;
        if (current < Ladder.TOP && alignment >= thresholds[current]) return current + 1;
        if (current > 0 && alignment < thresholds[current - 1] - hysteresis) return current - 1;
        return current;
    }
}
