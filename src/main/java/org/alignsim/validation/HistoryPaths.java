package org.alignsim.validation;

import org.alignsim.data.YearPanel;
import org.alignsim.model.VotingAlignment;
import org.alignsim.model.World;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two checks of a history over time, state by state, against UN General Assembly voting, both
 * reading the model's UN voting position (docs/MODEL.md 7.16; "the simulated position" below):
 * <ul>
 * <li>the correlation (Pearson) over the years of a state's simulated position (yearly mean, mean
 *     over runs) with its ideal point, for the states with at least ten years of both;</li>
 * <li>decade shifts: for each state and each pair of consecutive decades (1950s to 2010s) in which
 *     the UN ideal point moved by more than twice its noise (the standard error of a difference of
 *     two ten-year means, from the spread of the state's year-to-year changes), whether the
 *     simulated position moved the same way; and the same net of the decade's common shift (the
 *     mean shift over the states, subtracted from the UN's and from the model's), because the UN
 *     scale itself drifts (every state moved away from the US in the 1980s and back in the
 *     1990s), which an alignment between two poles need not follow.</li>
 * </ul>
 * The states' UN ideal point and the median stance are also written beside the simulated median
 * vote, for the report's small multiples, and every (state, decade) pair with both shifts known,
 * judged or not, to decade_shifts.csv, so that the pairs behind the two shares can be read.
 */
final class HistoryPaths {
    private HistoryPaths() {}

    static final String HEADER = "scenario,state,region,year,model_p50,model_p5,model_p95,un_ideal_point,stance_p50";
    static final String STATES_HEADER = "scenario,state,years,correlation,decade_pairs,decade_pairs_right";
    static final String SHIFTS_HEADER = "scenario,state,decade_from,decade_to,un_shift,noise,clear,model_shift,followed,"
            + "un_shift_net,model_shift_net,clear_net,followed_net," + String.join(",", VotingAlignment.Parts.TERMS.stream().map(p -> p + "_shift").toList());

    /**
     * One state's move from the decade starting at {@code from} to the next: the UN ideal point's
     * and the simulated position's change of ten-year mean, and the threshold (twice the noise)
     * the UN's must exceed to be judged.
     */
    record Shift(int from, double un, double noise, double model) {
        boolean clear() { return Math.abs(un) > noise; }
        boolean followed() { return Math.signum(model) == Math.signum(un); }
        /** The same shift with the decade's common shifts taken out of both. */
        Shift net(double commonUn, double commonModel) { return new Shift(from, un - commonUn, noise, model - commonModel); }
    }

    /**
     * @param t      the runs' UN voting positions ({@link Trajectories#votes()}), what is scored
     * @param stance the same runs' stances, written beside them for the small multiples
     */
    static void score(String scenario, Trajectories t, Trajectories stance, YearPanel un, Scorecard card, CsvFile paths, CsvFile states, CsvFile shifts) {
        score(scenario, t, stance, un, card, paths, states, shifts, Set.of());
    }

    /** As above; with {@code heldOut} states (see {@link CrossSection#split}) the two over-time figures also over them alone and over the others. */
    static void score(String scenario, Trajectories t, Trajectories stance, YearPanel un, Scorecard card, CsvFile paths, CsvFile states, CsvFile shifts,
                      Set<String> heldOut) {
        World w = t.world;
        int first = (int) Math.ceil(t.years[0] - 1e-9), last = Math.min((int) Math.floor(t.years[t.steps() - 1]) - 1, un.lastYear());
        List<Double> correlations = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        List<double[]> models = new ArrayList<>(), ips = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<List<Shift>> raw = new ArrayList<>();
        // per state, each voting term's yearly mean over the runs (null where the runs did not keep them)
        List<double[][]> terms = new ArrayList<>();
        int pairs = 0, right = 0;
        // [0] held out, [1] given: correlations, and {pairs, right}
        List<List<Double>> splitCorr = List.of(new ArrayList<>(), new ArrayList<>());
        int[][] splitPairs = new int[2][2];
        for (int i : w.actors) {
            String c = w.codes[i];
            int years = last - first + 1;
            double[] model = new double[years], ip = new double[years];
            double[][] votesByRun = new double[t.runs()][], stancesByRun = new double[t.runs()][];
            for (int r = 0; r < t.runs(); r++) {
                votesByRun[r] = t.yearlyMeans(r, i, first, last);
                stancesByRun[r] = stance.yearlyMeans(r, i, first, last);
            }
            for (int y = first; y <= last; y++) {
                double[] perRun = new double[t.runs()], stances = new double[t.runs()];
                for (int r = 0; r < t.runs(); r++) {
                    perRun[r] = votesByRun[r][y - first];
                    stances[r] = stancesByRun[r][y - first];
                }
                model[y - first] = Ranks.mean(perRun);
                ip[y - first] = un.value(c, y);
                if (!Double.isNaN(model[y - first]) || !Double.isNaN(ip[y - first])) {
                    paths.row(scenario, c, w.scenario.states().get(i).region(), y, Ranks.median(perRun), Ranks.quantile(perRun, 5),
                            Ranks.quantile(perRun, 95), ip[y - first], Ranks.median(stances));
                }
            }
            double corr = pearson(model, ip);
            int part = heldOut.contains(c) ? 0 : 1;
            if (!Double.isNaN(corr)) {
                correlations.add(corr);
                splitCorr.get(part).add(corr);
                if (corr < 0) worst.add(c);
            }
            models.add(model);
            ips.add(ip);
            codes.add(c);
            terms.add(t.hasParts() ? termMeans(t, i, first, last) : null);
            List<Shift> own = shifts(model, ip, first);
            raw.add(own);
            int[] d = count(own);
            pairs += d[0];
            right += d[1];
            splitPairs[part][0] += d[0];
            splitPairs[part][1] += d[1];
            states.row(scenario, c, count(model, ip), corr, d[0], d[1]);
        }
        double[] cs = correlations.stream().mapToDouble(Double::doubleValue).toArray();
        card.add(scenario, "un.state_correlation_median", Ranks.median(cs), Double.NaN,
                String.format(Locale.ROOT, "%d states with 10+ years of both; negative for %s", cs.length, worst.isEmpty() ? "none" : String.join(" ", worst)),
                "median over states of the correlation over time of the simulated UN voting position with the state's UN ideal point");
        card.add(scenario, "un.decade_shifts_right", pairs == 0 ? Double.NaN : right / (double) pairs, Double.NaN,
                right + " of " + pairs + " (state, decade) pairs in which the UN shift exceeds its noise",
                "share of clear decade-to-decade UN shifts that the simulated UN voting position follows in direction");
        for (int part = 0; part < 2 && !heldOut.isEmpty(); part++) {
            String suffix = part == 0 ? ".held_out" : ".given", which = part == 0 ? "held out (out of sample)" : "given (in sample)";
            double[] pc = splitCorr.get(part).stream().mapToDouble(Double::doubleValue).toArray();
            card.add(scenario, "un.state_correlation_median" + suffix, pc.length == 0 ? Double.NaN : Ranks.median(pc), Double.NaN,
                    pc.length + " states with 10+ years of both", "un.state_correlation_median over the states " + which);
            int[] sp = splitPairs[part];
            card.add(scenario, "un.decade_shifts_right" + suffix, sp[0] == 0 ? Double.NaN : sp[1] / (double) sp[0], Double.NaN,
                    sp[1] + " of " + sp[0] + " (state, decade) pairs", "un.decade_shifts_right over the states " + which);
        }
        List<List<Shift>> netted = netShifts(raw, models, ips, first);
        int[] net = countAll(netted);
        for (int s = 0; s < models.size(); s++) {
            List<Shift> own = raw.get(s), nets = netted.get(s);
            for (int j = 0; j < own.size(); j++) {
                Shift x = own.get(j), n = nets.get(j);
                List<Object> row = new ArrayList<>(List.of(scenario, codes.get(s), x.from(), x.from() + 10, x.un(), x.noise(), flag(x.clear()), x.model()));
                row.add(x.clear() ? flag(x.followed()) : null);
                row.addAll(java.util.Arrays.asList(n.un(), n.model(), flag(n.clear()), n.clear() ? flag(n.followed()) : null));
                double[][] ts = terms.get(s);
                for (int k = 0; k < VotingAlignment.Parts.TERMS.size(); k++) row.add(ts == null ? null : shift(ts[k], first, x.from()));
                shifts.row(row.toArray());
            }
        }
        card.add(scenario, "un.decade_shifts_right_net", net[0] == 0 ? Double.NaN : net[1] / (double) net[0], Double.NaN,
                net[1] + " of " + net[0] + " (state, decade) pairs; the decade's mean shift over the states taken out of both",
                "share of clear decade-to-decade UN shifts, net of the shift all states share, that the simulated UN voting position follows net of its own");
    }

    /** State i's voting terms, [term][year - first]: each year's mean over the recorded steps, then over the runs, as the position's own. */
    private static double[][] termMeans(Trajectories t, int i, int first, int last) {
        double[][] out = new double[VotingAlignment.Parts.TERMS.size()][last - first + 1];
        for (int k = 0; k < out.length; k++) {
            Trajectories p = t.part(k);
            double[][] byRun = new double[t.runs()][];
            for (int r = 0; r < t.runs(); r++) byRun[r] = p.yearlyMeans(r, i, first, last);
            for (int y = 0; y < out[k].length; y++) {
                double[] perRun = new double[t.runs()];
                for (int r = 0; r < t.runs(); r++) perRun[r] = byRun[r][y];
                out[k][y] = Ranks.mean(perRun);
            }
        }
        return out;
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
        return count(shifts(model, ip, first));
    }

    /**
     * {pairs judged, pairs right} net of each decade's common shift: the mean UN shift and the mean
     * simulated shift over the states with both known ({@link #commonShifts}), subtracted from each
     * state's before it is judged.
     */
    static int[] decadesNet(List<double[]> models, List<double[]> ips, int first) {
        List<List<Shift>> own = new ArrayList<>();
        for (int s = 0; s < models.size(); s++) own.add(shifts(models.get(s), ips.get(s), first));
        return countAll(netShifts(own, models, ips, first));
    }

    /** Each state's shifts ({@code own}, in the order of {@code models}) with its decade's common shifts ({@link #commonShifts}) taken out. */
    private static List<List<Shift>> netShifts(List<List<Shift>> own, List<double[]> models, List<double[]> ips, int first) {
        double[][] common = commonShifts(models, ips, first);
        List<List<Shift>> out = new ArrayList<>(own.size());
        for (List<Shift> shifts : own) {
            List<Shift> nets = new ArrayList<>(shifts.size());
            for (Shift x : shifts) nets.add(x.net(common[0][(x.from() - 1950) / 10], common[1][(x.from() - 1950) / 10]));
            out.add(nets);
        }
        return out;
    }

    /** {pairs judged, pairs right} over every state's shifts. */
    private static int[] countAll(List<List<Shift>> byState) {
        int[] total = new int[2];
        for (List<Shift> shifts : byState) {
            int[] d = count(shifts);
            total[0] += d[0];
            total[1] += d[1];
        }
        return total;
    }

    private static int flag(boolean b) { return b ? 1 : 0; }

    private static int[] count(List<Shift> shifts) {
        int judged = 0, right = 0;
        for (Shift x : shifts) {
            if (!x.clear()) continue;
            judged++;
            if (x.followed()) right++;
        }
        return new int[]{judged, right};
    }

    /** Decades 1950s->1960s ... 2010s->2020s: {mean UN shift, mean simulated shift} over the states with both known, [0 or 1][decade]. */
    private static double[][] commonShifts(List<double[]> models, List<double[]> ips, int first) {
        int decades = 7;
        double[][] common = new double[2][decades];
        for (int k = 0; k < decades; k++) {
            double su = 0, sm = 0;
            int n = 0;
            for (int s = 0; s < models.size(); s++) {
                double u = shift(ips.get(s), first, 1950 + 10 * k), m = shift(models.get(s), first, 1950 + 10 * k);
                if (Double.isNaN(u) || Double.isNaN(m)) continue;
                su += u;
                sm += m;
                n++;
            }
            common[0][k] = n == 0 ? 0 : su / n;
            common[1][k] = n == 0 ? 0 : sm / n;
        }
        return common;
    }

    /**
     * A state's shifts between consecutive decades from the 1950s, where both the UN's and the
     * simulated are known; none for a state with fewer than five year-to-year UN changes, whose
     * noise cannot be told.
     */
    static List<Shift> shifts(double[] model, double[] ip, int first) {
        List<Double> diffs = new ArrayList<>();
        for (int k = 1; k < ip.length; k++) if (!Double.isNaN(ip[k]) && !Double.isNaN(ip[k - 1])) diffs.add(ip[k] - ip[k - 1]);
        List<Shift> out = new ArrayList<>();
        if (diffs.size() < 5) return out;
        double sd = Math.sqrt(diffs.stream().mapToDouble(d -> d * d).average().orElse(0));
        double se = sd / Math.sqrt(2) * Math.sqrt(2.0 / 10);   // yearly noise sd/sqrt(2); two ten-year means
        for (int d = 1950; d + 19 <= first + ip.length - 1; d += 10) {
            double u = shift(ip, first, d), m = shift(model, first, d);
            if (Double.isNaN(u) || Double.isNaN(m)) continue;
            out.add(new Shift(d, u, 2 * se, m));
        }
        return out;
    }

    /** The change of the ten-year mean from the decade starting at d to the next; NaN where either is unknown. */
    private static double shift(double[] v, int first, int d) {
        return mean(v, d + 10 - first, 10) - mean(v, d - first, 10);
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
