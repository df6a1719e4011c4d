package org.alignsim.model;

/**
 * How close the Asian NATO is, as a number from 0 to 1, so that sweeps show a gradient where the
 * yes-or-no outcome is 0 everywhere: the mean, over the min_members candidates nearest the
 * required rung, of how far up the ladder each has come (its rung over the required one, at most
 * 1). It is 1 exactly when enough candidates stand at the required rung.
 */
public final class AsianNatoReadiness {
    private AsianNatoReadiness() {}

    static double of(int[] commitment, int[] candidates, int level, int needed, double[] scratch) {
        int m = candidates.length;
        if (m == 0 || level <= 0) return 1;
        // Rungs are a few small integers: counting them puts the candidates in the order a sort
        // would, at a fraction of its cost (this runs every step of every run).
        int[] count = new int[Ladder.TOP + 1];
        boolean onLadder = true;
        for (int c : candidates) {
            int rung = commitment[c];
            if (rung < 0 || rung > Ladder.TOP) onLadder = false;
            else count[rung]++;
        }
        if (onLadder) {
            int k = 0;
            for (int rung = 0; rung <= Ladder.TOP; rung++) {
                double value = Math.min(1.0, rung / (double) level);
                for (int c = 0; c < count[rung]; c++) scratch[k++] = value;
            }
        } else {
            for (int k = 0; k < m; k++) scratch[k] = Math.min(1.0, commitment[candidates[k]] / (double) level);
            java.util.Arrays.sort(scratch, 0, m);
        }
        double sum = 0;
        int take = Math.min(needed, m);
        for (int k = m - take; k < m; k++) sum += scratch[k];
        return sum / take;
    }
}
