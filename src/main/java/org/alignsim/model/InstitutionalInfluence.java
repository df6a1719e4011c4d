package org.alignsim.model;

/**
 * Social and institutional influence: fellow members of an institution (NATO, ASEAN, SCO, ...)
 * pull a state toward their mean stance with the institution's cohesion, as consensus norms and
 * common positions do. Each institution adds -cohesion (x - m)^2 / 2 to the utility of stance x,
 * m the other members' mean stance; summed over the state's institutions.
 */
public final class InstitutionalInfluence {
    private InstitutionalInfluence() {}

    /** The slope at the current stance: sum of cohesion (m - a_i), the pull as v1 reported it. */
    static double pull(World w, double[] alignment, boolean[] active, int i) {
        return linear(w, alignment, active, i) - 2 * curvature(w, active, i) * alignment[i];
    }

    /** Linear coefficient of the utility: sum of cohesion m, over the institutions with another member present. */
    static double linear(World w, double[] alignment, boolean[] active, int i) {
        double sum = 0;
        for (int k : w.memberships[i]) {
            double total = 0;
            int others = 0;
            for (int m : w.institutionMembers[k]) {
                if (m != i && active[m]) {
                    total += alignment[m];
                    others++;
                }
            }
            if (others > 0) sum += w.institutionCohesion[k] * total / others;
        }
        return sum;
    }

    /** Curvature of the utility: sum of cohesion / 2, over the institutions with another member present. */
    static double curvature(World w, boolean[] active, int i) {
        double sum = 0;
        for (int k : w.memberships[i]) {
            for (int m : w.institutionMembers[k]) {
                if (m != i && active[m]) {
                    sum += w.institutionCohesion[k];
                    break;
                }
            }
        }
        return sum / 2;
    }

    /**
     * A state's defence-pact partners of the year act as one institution of the given cohesion:
     * the linear part, cohesion times their mean stance.
     */
    static double pactLinear(int n, boolean[] pacts, double cohesion, double[] alignment, boolean[] active, int i) {
        if (pacts == null) return 0;
        double sum = 0;
        int partners = 0, row = i * n;
        for (int j = 0; j < n; j++) {
            if (j != i && pacts[row + j] && active[j]) {
                sum += alignment[j];
                partners++;
            }
        }
        return partners == 0 ? 0 : cohesion * sum / partners;
    }

    /** The curvature the year's pact partners add: cohesion / 2 if there is one. */
    static double pactCurvature(int n, boolean[] pacts, double cohesion, boolean[] active, int i) {
        if (pacts == null) return 0;
        int row = i * n;
        for (int j = 0; j < n; j++) if (j != i && pacts[row + j] && active[j]) return cohesion / 2;
        return 0;
    }
}
