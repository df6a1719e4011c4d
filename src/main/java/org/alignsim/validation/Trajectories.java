package org.alignsim.validation;

import org.alignsim.runtime.DecisionRules;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.World;

/**
 * Every recorded step of a scenario's runs, one run per seed: the stances and commitments of all
 * states and whether the Asian NATO formed. Replication r runs with seed r + 1, so any run can be
 * repeated with {@code alignsim run SCENARIO --seed r+1}.
 */
final class Trajectories {
    final World world;
    /** The year of each recorded step (step 0 included). */
    final double[] years;
    /** [run][step][state]: the security stance (or, in {@link #votes()}, the UN voting position) */
    final double[][][] alignment;
    /** [run][step][state]: the UN voting position (docs/MODEL.md 7.16); null in {@link #votes()} */
    private final double[][][] voting;
    /** [run][step][state] */
    final int[][][] commitment;
    final boolean[] formed;

    Trajectories(World world, double[] years, double[][][] alignment, double[][][] voting, int[][][] commitment, boolean[] formed) {
        this.world = world;
        this.years = years;
        this.alignment = alignment;
        this.voting = voting;
        this.commitment = commitment;
        this.formed = formed;
    }

    static Trajectories run(World w, int runs, Parallel pool) {
        int steps = w.scenario.time().steps();
        double[] years = new double[steps + 1];
        for (int k = 0; k <= steps; k++) years[k] = w.scenario.time().startYear() + k * w.scenario.time().dt();
        double[][][] a = new double[runs][][], v = new double[runs][][];
        int[][][] c = new int[runs][][];
        boolean[] formed = new boolean[runs];
        pool.forEach(runs, r -> {
            double[][] ar = new double[steps + 1][w.n], vr = new double[steps + 1][w.n];
            int[][] cr = new int[steps + 1][w.n];
            AlignmentModel m = DecisionRules.model(w, seed(r));
            m.setRecordingPulls(false);
            m.setOwnStreamOnly(true);
            m.addObserver(mm -> {
                int s = (int) mm.step();
                for (int i = 0; i < w.n; i++) {
                    ar[s][i] = mm.alignment(i);
                    vr[s][i] = mm.voting(i);
                    cr[s][i] = mm.commitment(i);
                }
            });
            Outcome o = m.runToEnd();
            a[r] = ar;
            v[r] = vr;
            c[r] = cr;
            formed[r] = o.asianNatoFormed();
        });
        return new Trajectories(w, years, a, v, c, formed);
    }

    /**
     * The same runs with the UN voting position in place of the stance: what the comparisons
     * with UN General Assembly ideal points read.
     */
    Trajectories votes() {
        return new Trajectories(world, years, voting, null, commitment, formed);
    }

    /** The seed of replication r. */
    static long seed(int r) { return r + 1L; }

    int runs() { return alignment.length; }

    int steps() { return years.length; }

    /** Mean stance of state i in run r over the recorded steps whose year lies in [from, to) (to inclusive if closed), NaN if it was absent throughout. */
    double mean(int r, int i, double from, double to, boolean closed) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < years.length; k++) {
            double y = years[k];
            if (y >= from - 1e-9 && (closed ? y <= to + 1e-9 : y < to - 1e-9) && !Double.isNaN(alignment[r][k][i])) {
                sum += alignment[r][k][i];   // NaN: the state had not entered the system yet
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Whether any recorded step lies in [from, to). */
    boolean covers(double from, double to) {
        for (double y : years) if (y >= from - 1e-9 && y < to - 1e-9) return true;
        return false;
    }
}
