package org.alignsim.validation;

import org.alignsim.runtime.DecisionRules;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.VotingAlignment;
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
    /** The voting position's terms ({@link VotingAlignment.Parts#TERMS}), each [run][step][state]; null unless asked for. */
    private final double[][][][] parts;

    Trajectories(World world, double[] years, double[][][] alignment, double[][][] voting, int[][][] commitment, boolean[] formed) {
        this(world, years, alignment, voting, commitment, formed, null);
    }

    Trajectories(World world, double[] years, double[][][] alignment, double[][][] voting, int[][][] commitment, boolean[] formed, double[][][][] parts) {
        this.world = world;
        this.years = years;
        this.alignment = alignment;
        this.voting = voting;
        this.commitment = commitment;
        this.formed = formed;
        this.parts = parts;
    }

    static Trajectories run(World w, int runs, Parallel pool) {
        return run(w, runs, pool, false);
    }

    /** As {@link #run(World, int, Parallel)}; with {@code withParts} the voting position's terms are kept too ({@link #part}). */
    static Trajectories run(World w, int runs, Parallel pool, boolean withParts) {
        int steps = w.scenario.time().steps();
        double[] years = new double[steps + 1];
        for (int k = 0; k <= steps; k++) years[k] = w.scenario.time().startYear() + k * w.scenario.time().dt();
        double[][][] a = new double[runs][][], v = new double[runs][][];
        double[][][][] parts = withParts ? new double[VotingAlignment.Parts.TERMS.size()][runs][][] : null;
        int[][][] c = new int[runs][][];
        boolean[] formed = new boolean[runs];
        pool.forEach(runs, r -> {
            double[][] ar = new double[steps + 1][w.n], vr = new double[steps + 1][w.n];
            double[][][] pr = withParts ? new double[VotingAlignment.Parts.TERMS.size()][steps + 1][w.n] : null;
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
                    if (pr != null) {
                        VotingAlignment.Parts p = mm.active(i) ? mm.votingParts(i) : null;
                        for (int k = 0; k < pr.length; k++) pr[k][s][i] = p == null ? Double.NaN : p.term(k);
                    }
                }
            });
            Outcome o = m.runToEnd();
            a[r] = ar;
            v[r] = vr;
            c[r] = cr;
            if (pr != null) for (int k = 0; k < pr.length; k++) parts[k][r] = pr[k];
            formed[r] = o.asianNatoFormed();
        });
        return new Trajectories(w, years, a, v, c, formed, parts);
    }

    /** Whether the runs kept the voting position's terms. */
    boolean hasParts() { return parts != null; }

    /** The same runs with term k of the voting position ({@link VotingAlignment.Parts#TERMS}) in place of the stance. */
    Trajectories part(int k) {
        return new Trajectories(world, years, parts[k], null, commitment, formed);
    }

    /**
     * The same runs with the UN voting position in place of the stance: what the comparisons
     * with UN General Assembly ideal points read (the position's terms, if kept, come along).
     */
    Trajectories votes() {
        return new Trajectories(world, years, voting, null, commitment, formed, parts);
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

    /**
     * {@link #mean}(r, i, y, y + 1, false) for every year y from first to last, in one pass over
     * the steps (the same sums in the same order).
     */
    double[] yearlyMeans(int r, int i, int first, int last) {
        double[] sum = new double[last - first + 1];
        int[] n = new int[sum.length];
        for (int k = 0; k < years.length; k++) {
            int y = (int) Math.floor(years[k] + 1e-9) - first;
            if (y < 0 || y >= sum.length || Double.isNaN(alignment[r][k][i])) continue;
            sum[y] += alignment[r][k][i];
            n[y]++;
        }
        for (int y = 0; y < sum.length; y++) sum[y] = n[y] == 0 ? Double.NaN : sum[y] / n[y];
        return sum;
    }

    /** Whether any recorded step lies in [from, to). */
    boolean covers(double from, double to) {
        for (double y : years) if (y >= from - 1e-9 && y < to - 1e-9) return true;
        return false;
    }
}
