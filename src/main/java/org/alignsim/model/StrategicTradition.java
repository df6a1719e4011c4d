package org.alignsim.model;

/**
 * A state's own strategic tradition (India's non-alignment, Europe's strategic autonomy, ASEAN
 * centrality): a disposition h in [0, 1] to hedge. It enters the utility as a cost of distance
 * from the centre, -w h x^2, so it pulls toward hedging from either side; its contribution at the
 * current stance is the slope -2 w h a.
 */
public final class StrategicTradition {
    private StrategicTradition() {}

    /** The curvature the tradition adds to the utility of a stance. */
    static double curvature(double weight, double hedging) {
        return weight * hedging;
    }

    static double slope(double weight, double hedging, double alignment) {
        return -2 * weight * hedging * alignment;
    }
}
