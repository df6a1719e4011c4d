package org.alignsim.validation;

import org.alignsim.runtime.DecisionRules;
import org.alignsim.model.Outcome;
import org.alignsim.model.World;

/**
 * Only the end of a scenario's runs (one per seed, seeds as in {@link Trajectories}): the final
 * stance and commitment of every state, the mean stance, the Asian NATO members at the required
 * rung, and whether it formed. What the one-at-a-time experiments need, without keeping every step.
 */
final class Finals {
    final World world;
    final double[][] alignment;
    final int[][] commitment;
    final boolean[] formed;
    final double[] meanAlignment;
    final int[] members;

    private Finals(World world, double[][] alignment, int[][] commitment, boolean[] formed, double[] meanAlignment, int[] members) {
        this.world = world;
        this.alignment = alignment;
        this.commitment = commitment;
        this.formed = formed;
        this.meanAlignment = meanAlignment;
        this.members = members;
    }

    static Finals run(World w, int runs, Parallel pool) {
        double[][] a = new double[runs][];
        int[][] c = new int[runs][];
        boolean[] formed = new boolean[runs];
        double[] mean = new double[runs];
        int[] members = new int[runs];
        pool.forEach(runs, r -> {
            org.alignsim.model.AlignmentModel m = DecisionRules.model(w, Trajectories.seed(r));
            m.setRecordingPulls(false);
            m.setOwnStreamOnly(true);
            Outcome o = m.runToEnd();
            a[r] = new double[w.n];
            c[r] = new int[w.n];
            for (int i = 0; i < w.n; i++) {
                a[r][i] = o.alignment(i);
                c[r][i] = o.commitment(i);
            }
            formed[r] = o.asianNatoFormed();
            mean[r] = o.last().meanAlignment();
            members[r] = o.last().asianNatoMembers();
        });
        return new Finals(w, a, c, formed, mean, members);
    }

    static Finals of(Trajectories t) {
        int runs = t.runs(), last = t.steps() - 1, n = t.world.n;
        double[][] a = new double[runs][];
        int[][] c = new int[runs][];
        double[] mean = new double[runs];
        int[] members = new int[runs];
        int level = t.world.scenario.asianNato().level().ordinal();
        for (int r = 0; r < runs; r++) {
            a[r] = t.alignment[r][last].clone();
            c[r] = t.commitment[r][last].clone();
            double s = 0;
            for (int i : t.world.actors) s += a[r][i];
            mean[r] = t.world.actors.length == 0 ? 0 : s / t.world.actors.length;
            for (int i : t.world.asianNatoMembers) if (c[r][i] >= level) members[r]++;
        }
        return new Finals(t.world, a, c, t.formed.clone(), mean, members);
    }

    int runs() { return formed.length; }

    double formationShare() {
        int k = 0;
        for (boolean f : formed) if (f) k++;
        return k / (double) formed.length;
    }

    double meanOfMeans() {
        double s = 0;
        for (double m : meanAlignment) s += m;
        return s / meanAlignment.length;
    }

    double meanMembers() {
        double s = 0;
        for (int m : members) s += m;
        return s / members.length;
    }
}
