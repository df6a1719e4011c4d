package org.alignsim.model;

/**
 * Arms dependence (patron-client ties; Kinsella 1994): a state that buys its major weapons from a
 * supplier depends on it for spares, training and resupply in a crisis, and is held near the
 * supplier's stance. With s_k the share of arms imports from supplier k (SIPRI), the utility loses
 * s_k (x - a_k)^2 / 4 for each supplier; a supplier that is not a pole counts with its current
 * stance, so Russia's clients follow where Russia stands.
 */
public final class ArmsDependence {
    private ArmsDependence() {}

    /** Linear coefficient: sum over suppliers of s_k a_k / 2. */
    static double linear(int n, int[][] suppliers, double[] armsShare, double[] alignment, boolean[] active, int i) {
        double sum = 0;
        int row = i * n;
        for (int k : suppliers[i]) if (active[k]) sum += armsShare[row + k] * alignment[k];
        return sum / 2;
    }

    /** Curvature: sum over suppliers of s_k / 4. */
    static double curvature(int n, int[][] suppliers, double[] armsShare, boolean[] active, int i) {
        double sum = 0;
        int row = i * n;
        for (int k : suppliers[i]) if (active[k]) sum += armsShare[row + k];
        return sum / 4;
    }
}
