package org.alignsim.validation;

import org.alignsim.data.YearPanel;

import java.util.Locale;

/**
 * Metric 4, China's phases (Yi and Yang 2023): the state's mean stance over each phase of each
 * run, and whether each shift from one phase to the next has the expected sign; the score is the
 * share of seeds with the sign right. The reference is China's distance from the US in UN voting
 * (US ideal point minus China's) over the same phases, computed from the data where it covers at
 * least half of a phase's years: a smaller distance is a move toward the US. The same signs are
 * scored again with the ideology weight at 0, which shows whether the phases come from threat
 * and trade or from the constant regime term.
 */
final class ChinaPhases {
    private ChinaPhases() {}

    static final String PATH_HEADER = "scenario,year,p5,p50,p95,un_distance_from_us";

    /** Whether the scenario can be scored: the state decides and the run reaches every phase. */
    static boolean applies(Trajectories t, ValidationSpec.China c) {
        if (StateLookup.actorOrNone(t.world, c.state()) < 0) return false;
        for (double[] p : c.phases()) if (!t.covers(p[0], p[1])) return false;
        return true;
    }

    static void score(String scenario, Trajectories t, Trajectories noIdeology, YearPanel un, ValidationSpec.China c, Scorecard card, CsvFile path) {
        int i = t.world.index.get(c.state());
        double[][] ph = c.phases();
        double[] unDistance = new double[ph.length];
        for (int k = 0; k < ph.length; k++) unDistance[k] = unDistance(un, c.state(), ph[k]);
        int[] right = rights(t, i, c);
        int[] rightNoIdeo = rights(noIdeology, i, c);
        double[] means = new double[ph.length];
        for (int k = 0; k < ph.length; k++) {
            for (int r = 0; r < t.runs(); r++) means[k] += t.mean(r, i, ph[k][0], ph[k][1], false) / t.runs();
        }
        int n = t.runs();
        for (int k = 0; k < c.signs().length; k++) {
            String expected = c.signs()[k] > 0 ? "up" : "down";
            String unText = Double.isNaN(unDistance[k]) || Double.isNaN(unDistance[k + 1]) ? "UN: no data for both phases"
                    : String.format(Locale.ROOT, "UN distance from the US %.2f -> %.2f (%s)", unDistance[k], unDistance[k + 1],
                    unDistance[k + 1] < unDistance[k] ? "up" : "down");
            card.add(scenario, "china.shift_" + (k + 1), right[k] / (double) n, Double.NaN,
                    String.format(Locale.ROOT, "%s %s; model mean %+.2f -> %+.2f; %s", phase(ph[k]), phase(ph[k + 1]), means[k], means[k + 1], unText),
                    "share of seeds in which " + c.state() + "'s mean stance moves " + expected + " from one phase to the next");
        }
        card.add(scenario, "china.all_shifts", right[c.signs().length] / (double) n, Double.NaN, "all " + c.signs().length + " shifts right in the same run",
                "share of seeds with every phase shift right");
        card.add(scenario, "china.all_shifts_no_ideology", rightNoIdeo[c.signs().length] / (double) n, Double.NaN, "weights.ideology = 0",
                "share of seeds with every phase shift right when regime affinity is switched off");
        for (int s = 0; s < t.steps(); s++) {
            double[] v = new double[n];
            for (int r = 0; r < n; r++) v[r] = t.alignment[r][s][i];
            int year = (int) Math.floor(t.years[s] + 1e-9);
            double d = un.value("USA", year) - un.value(c.state(), year);
            path.row(scenario, t.years[s], Ranks.quantile(v, 5), Ranks.quantile(v, 50), Ranks.quantile(v, 95), d);
        }
    }

    private static String phase(double[] p) {
        return ClassFit.fmtYear(p[0]) + "-" + ClassFit.fmtYear(p[1]);
    }

    /** Per shift, the number of runs with its sign right; the last slot counts runs with every sign right. */
    private static int[] rights(Trajectories t, int i, ValidationSpec.China c) {
        int shifts = c.signs().length;
        int[] right = new int[shifts + 1];
        for (int r = 0; r < t.runs(); r++) {
            boolean all = true;
            for (int k = 0; k < shifts; k++) {
                double d = t.mean(r, i, c.phases()[k + 1][0], c.phases()[k + 1][1], false) - t.mean(r, i, c.phases()[k][0], c.phases()[k][1], false);
                boolean ok = c.signs()[k] > 0 ? d > 0 : d < 0;
                if (ok) right[k]++;
                else all = false;
            }
            if (all) right[shifts]++;
        }
        return right;
    }

    /** Mean of (US ideal point - the state's) over the phase's whole years, if the data cover at least half of them. */
    static double unDistance(YearPanel un, String state, double[] phase) {
        int from = (int) Math.ceil(phase[0] - 1e-9), to = (int) Math.ceil(phase[1] - 1e-9) - 1;
        double sum = 0;
        int n = 0;
        for (int y = from; y <= to; y++) {
            double d = un.value("USA", y) - un.value(state, y);
            if (!Double.isNaN(d)) {
                sum += d;
                n++;
            }
        }
        return n * 2 >= to - from + 1 && n > 0 ? sum / n : Double.NaN;
    }
}
