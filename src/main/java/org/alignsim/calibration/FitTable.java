package org.alignsim.calibration;

import org.alignsim.results.CsvOut;

/**
 * fit.csv: per state, the observed class against the simulated classes at the best parameters.
 * Columns: {@code state}, {@code observed}, the share of replications in each class,
 * {@code mean_alignment} (over the window and the replications), {@code simulated} (the modal
 * class; ties go to the first of us_aligned, hedger, china_aligned), {@code share_correct} and
 * {@code match} (1 when the modal class is the observed one); then, for comparison, the modal class
 * and share correct at the starting values ({@code start_simulated}, {@code start_share_correct}).
 */
public final class FitTable {
    private FitTable() {}

    public static String csv(Objective.StanceDetail d, Objective.StanceDetail start) {
        StringBuilder b = new StringBuilder("state,observed,share_us_aligned,share_hedger,share_china_aligned,mean_alignment,simulated,share_correct,match,"
                + "start_simulated,start_share_correct\n");
        for (int i = 0; i < d.codes().size(); i++) {
            int[] c = d.counts()[i];
            StanceClass modal = modal(c);
            StanceClass obs = d.observed().get(i);
            int[] sc = start.counts()[i];
            double reps = d.replications();
            CsvOut.record(b, d.codes().get(i), obs.key, c[0] / reps, c[1] / reps, c[2] / reps, d.meanAlignment()[i], modal.key,
                    c[obs.ordinal()] / reps, modal == obs ? 1 : 0, modal(sc).key, sc[obs.ordinal()] / (double) start.replications());
        }
        return b.toString();
    }

    static StanceClass modal(int[] counts) {
        int best = 0;
        for (int k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
        return StanceClass.values()[best];
    }

    /** How many states' modal class matches the observed one. */
    public static int matches(Objective.StanceDetail d) {
        int m = 0;
        for (int i = 0; i < d.codes().size(); i++) if (modal(d.counts()[i]) == d.observed().get(i)) m++;
        return m;
    }
}
