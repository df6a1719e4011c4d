package org.alignsim.model;

/**
 * Social and institutional influence: fellow members of an institution (NATO, ASEAN, SCO, ...)
 * pull a state toward their mean stance with the institution's cohesion, as consensus norms and
 * common positions do. Summed over the state's institutions.
 */
public final class InstitutionalInfluence {
    private InstitutionalInfluence() {}

    static double pull(World w, double[] alignment, int i) {
        double sum = 0;
        for (int k : w.memberships[i]) {
            int[] members = w.institutionMembers[k];
            if (members.length < 2) continue;
            double total = 0;
            for (int m : members) if (m != i) total += alignment[m];
            sum += w.institutionCohesion[k] * (total / (members.length - 1) - alignment[i]);
        }
        return sum;
    }
}
