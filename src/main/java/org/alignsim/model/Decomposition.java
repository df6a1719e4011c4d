package org.alignsim.model;

/**
 * Why a state stands where it does at one moment of a run ({@link AlignmentModel#decomposition}):
 * its utility is U(x) = sum over mechanisms of (L x - C x^2), less the inertia kappa (x - a)^2,
 * plus the preference shock times x; the unconstrained best of the mechanisms alone is L / 2C,
 * and each mechanism's own best, L_m / 2C_m, is where that mechanism alone would hold the state
 * (only the mechanisms with curvature have one).
 *
 * @param linear       L of each mechanism, in {@link Mechanism} order
 * @param curvature    C of each mechanism (0 for the linear ones)
 * @param bestResponse the stance the decision would take now without the shock
 * @param choice       the stance it would take now with the current shock (persistent rule), or
 *                     the expected stance (logit rule)
 * @param threats      each state's part of the threat mechanism's L (0 for itself and the absent)
 * @param vote         its UN voting position, by part (docs/MODEL.md 7.16)
 */
public record Decomposition(String state, double year, double stance, double[] linear, double[] curvature,
                            double inertia, double shock, double bestResponse, double choice, double[] threats,
                            VotingAlignment.Parts vote) {

    public double totalLinear() {
        double s = 0;
        for (double v : linear) s += v;
        return s;
    }

    public double totalCurvature() {
        double s = 0;
        for (double v : curvature) s += v;
        return s;
    }

    /** Mechanism m's slope at the current stance, L - 2 C a: the pull the outputs report. */
    public double slope(Mechanism m) {
        return linear[m.ordinal()] - 2 * curvature[m.ordinal()] * stance;
    }

    /** Where mechanism m alone would hold the state, L / 2C clamped to [-1, 1]; NaN for a mechanism without curvature. */
    public double ownBest(Mechanism m) {
        return alone(linear[m.ordinal()], curvature[m.ordinal()]);
    }

    /** The slope of all the parts together at the current stance, L - 2 C a summed. */
    public double totalSlope() {
        return totalLinear() - 2 * totalCurvature() * stance;
    }

    /** Where a part L x - C x^2 alone would hold a state: L / 2C clamped to [-1, 1]; NaN without curvature. */
    public static double alone(double l, double c) {
        return c > 0 ? clamp(l / (2 * c)) : Double.NaN;
    }

    /** The best stance of all mechanisms together, with neither shock nor inertia nor costs: L / 2C clamped to [-1, 1] (+-1 without curvature). */
    public double unconstrainedBest() {
        double l = totalLinear(), c = totalCurvature();
        return c > 0 ? clamp(l / (2 * c)) : l > 0 ? 1 : l < 0 ? -1 : stance;
    }

    private static double clamp(double x) {
        return Math.max(-1, Math.min(1, x));
    }
}
