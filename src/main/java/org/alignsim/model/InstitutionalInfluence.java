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
    static double pull(World w, double[] alignment, int i) {
        return linear(w, alignment, i) - 2 * curvature(w, i) * alignment[i];
    }

    /** Linear coefficient of the utility: sum of cohesion m. */
    static double linear(World w, double[] alignment, int i) {
        double sum = 0;
        for (int k : w.memberships[i]) {
            int[] members = w.institutionMembers[k];
            if (members.length < 2) continue;
            double total = 0;
            for (int m : members) if (m != i) total += alignment[m];
            sum += w.institutionCohesion[k] * total / (members.length - 1);
        }
        return sum;
    }

    /** Curvature of the utility: sum of cohesion / 2. */
    static double curvature(World w, int i) {
        double sum = 0;
        for (int k : w.memberships[i]) if (w.institutionMembers[k].length >= 2) sum += w.institutionCohesion[k];
        return sum / 2;
    }
}
