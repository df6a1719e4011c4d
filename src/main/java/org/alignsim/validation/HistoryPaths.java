package org.alignsim.validation;

import org.alignsim.data.YearPanel;
import org.alignsim.model.World;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two checks of a history over time, state by state, against UN General Assembly voting:
 * <ul>
 * <li>the correlation (Pearson) over the years of a state's simulated stance (yearly mean, mean
 *     over runs) with its ideal point, for the states with at least ten years of both;</li>
 * <li>decade shifts: for each state and each pair of consecutive decades (1950s to 2010s) in which
 *     the UN ideal point moved by more than twice its noise (the standard error of a difference of
 *     two ten-year means, from the spread of the state's year-to-year changes), whether the
 *     simulated stance moved the same way.</li>
 * </ul>
 * The states' UN position is also written, relative to the two poles (-1 at the east pole's ideal
 * point, +1 at the west pole's), beside the simulated median, for the report's small multiples.
 */
final class HistoryPaths {
    private HistoryPaths() {}

    static final String HEADER = "scenario,state,region,year,model_p50,model_p5,model_p95,un_relative";
    static final String STATES_HEADER = "scenario,state,years,correlation,decade_pairs,decade_pairs_right";

    static void score(String scenario, Trajectories t, YearPanel un, Scorecard card, CsvFile paths, CsvFile states) {
        World w = t.world;
        int first = (int) Math.ceil(t.years[0] - 1e-9), last = Math.min((int) Math.floor(t.years[t.steps() - 1]) - 1, un.lastYear());
        String west = w.codes[w.west], east = w.codes[w.east];
        List<Double> correlations = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        int pairs = 0, right = 0;
        for (int i : w.actors) {
            String c = w.codes[i];
            int years = last - first + 1;
            double[] model = new double[years], ip = new double[years];
            for (int y = first; y <= last; y++) {
                double[] perRun = new double[t.runs()];
                for (int r = 0; r < t.runs(); r++) perRun[r] = t.mean(r, i, y, y + 1, false);
                model[y - first] = Ranks.mean(perRun);
                ip[y - first] = un.value(c, y);
                double rel = relative(un, c, west, east, y);
                if (!Double.isNaN(model[y - first]) || !Double.isNaN(rel)) {
                    paths.row(scenario, c, w.scenario.states().get(i).region(), y, Ranks.median(perRun), Ranks.quantile(perRun, 5),
                            Ranks.quantile(perRun, 95), rel);
                }
            }
            double corr = pearson(model, ip);
            if (!Double.isNaN(corr)) {
                correlations.add(corr);
                if (corr < 0) worst.add(c);
            }
            int[] d = decades(model, ip, first);
            pairs += d[0];
            right += d[1];
            states.row(scenario, c, count(model, ip), corr, d[0], d[1]);
        }
        double[] cs = correlations.stream().mapToDouble(Double::doubleValue).toArray();
        card.add(scenario, "un.state_correlation_median", Ranks.median(cs), Double.NaN,
                String.format(Locale.ROOT, "%d states with 10+ years of both; negative for %s", cs.length, worst.isEmpty() ? "none" : String.join(" ", worst)),
                "median over states of the correlation over time of the simulated stance with the state's UN ideal point");
        card.add(scenario, "un.decade_shifts_right", pairs == 0 ? Double.NaN : right / (double) pairs, Double.NaN,
                right + " of " + pairs + " (state, decade) pairs in which the UN shift exceeds its noise",
                "share of clear decade-to-decade UN shifts that the simulated stance follows in direction");
    }

    /** The UN ideal point relative to the poles' in that year: -1 at the east pole's, +1 at the west pole's. */
    static double relative(YearPanel un, String c, String west, String east, int y) {
        double a = un.value(c, y), wv = un.value(west, y), ev = un.value(east, y);
        if (Double.isNaN(a) || Double.isNaN(wv) || Double.isNaN(ev) || wv == ev) return Double.NaN;
        return 2 * (a - ev) / (wv - ev) - 1;
    }

    private static int count(double[] a, double[] b) {
        int n = 0;
        for (int k = 0; k < a.length; k++) if (!Double.isNaN(a[k]) && !Double.isNaN(b[k])) n++;
        return n;
    }

    /** Pearson's correlation over the entries where both are known; NaN with fewer than ten. */
    static double pearson(double[] a, double[] b) {
        int n = count(a, b);
        if (n < 10) return Double.NaN;
        double[] x = new double[n], y = new double[n];
        for (int k = 0, m = 0; k < a.length; k++) {
            if (!Double.isNaN(a[k]) && !Double.isNaN(b[k])) {
                x[m] = a[k];
                y[m++] = b[k];
            }
        }
        if (Arrays.stream(x).distinct().count() < 2 || Arrays.stream(y).distinct().count() < 2) return Double.NaN;
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
    }

    /** {pairs judged, pairs right} over consecutive decades 1950-59 ... 2010-19 within the data. */
    static int[] decades(double[] model, double[] ip, int first) {
        List<Double> diffs = new ArrayList<>();
        for (int k = 1; k < ip.length; k++) if (!Double.isNaN(ip[k]) && !Double.isNaN(ip[k - 1])) diffs.add(ip[k] - ip[k - 1]);
        if (diffs.size() < 5) return new int[]{0, 0};
        double sd = Math.sqrt(diffs.stream().mapToDouble(d -> d * d).average().orElse(0));
        double se = sd / Math.sqrt(2) * Math.sqrt(2.0 / 10);   // yearly noise sd/sqrt(2); two ten-year means
        int judged = 0, right = 0;
        for (int d = 1950; d + 19 <= first + ip.length - 1; d += 10) {
            double u0 = mean(ip, d - first, 10), u1 = mean(ip, d + 10 - first, 10);
            double m0 = mean(model, d - first, 10), m1 = mean(model, d + 10 - first, 10);
            if (Double.isNaN(u0) || Double.isNaN(u1) || Double.isNaN(m0) || Double.isNaN(m1)) continue;
            if (Math.abs(u1 - u0) <= 2 * se) continue;
            judged++;
            if (Math.signum(m1 - m0) == Math.signum(u1 - u0)) right++;
        }
        return new int[]{judged, right};
    }

    private static double mean(double[] v, int from, int len) {
        if (from < 0 || from + len > v.length) return Double.NaN;
        double s = 0;
        int n = 0;
        for (int k = from; k < from + len; k++) {
            if (!Double.isNaN(v[k])) {
                s += v[k];
                n++;
            }
        }
        return n < len / 2 ? Double.NaN : s / n;
    }
}
