package org.alignsim.scenario;

import org.alignsim.data.DataTable;
import org.alignsim.data.DerivedInputs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of a scenario that concern pairs of states or a state's history, read year by year
 * from the data panels (docs/MODEL.md, section 11):
 * <ul>
 * <li>{@code disputes}: militarised disputes (dyadic MID) leave hostility between the pair, both
 *     ways, by the dispute's highest hostility level ({@code levels}, indexed 0 to 5), fading by
 *     e every {@code decay_years}; a year's value is the most hostile recent dispute so faded.</li>
 * <li>{@code pacts}: a defence pact (ATOP) in a year ties the pair like a two-member institution.</li>
 * <li>{@code arms}: each state's shares of its arms imports from the US, Russia and China over the
 *     {@code window_years} up to the year (SIPRI).</li>
 * <li>{@code hedging}: 1 - the share of the years from 1946 (or entry) to the year in which the
 *     state had a defence pact with a great power ({@code great_powers}); 1 before any such year.</li>
 * <li>{@code hosts}: whether a state hosts at least {@code min} of the west pole's troops.</li>
 * <li>{@code partners}: each state's trade with each other state (COW bilateral flows, both
 *     directions) as a share of its trade with all partners ({@code totals}); between years with
 *     data, linear; before the first and after the last, the nearest year's share.</li>
 * </ul>
 * Years after a file's last year carry its last year's values forward.
 */
final class PairwiseInputs {
    private final DataFiles files;
    private final List<String> codes;
    private final Map<String, Integer> index = new HashMap<>();
    private final int first, last, n;

    PairwiseInputs(DataFiles files, List<String> codes, int first, int last) {
        this.files = files;
        this.codes = codes;
        this.first = first;
        this.last = last;
        this.n = codes.size();
        for (int i = 0; i < n; i++) index.put(codes.get(i), i);
    }

    private int years() { return last - first + 1; }

    float[][] disputes(Fields f) {
        String file = f.str("file", null);
        double decay = f.num("decay_years", 5.0, 0, true, 1000, false);
        List<YamlNode> lv = f.list("levels", true);
        if (lv.size() != 6) throw f.error("levels", "give six hostilities, for MID hostility levels 0 to 5");
        double[] levels = new double[6];
        for (int k = 0; k < 6; k++) {
            levels[k] = Fields.number(lv.get(k), f.at("levels") + "[" + k + "]");
            Fields.checkRange(levels[k], lv.get(k), f.at("levels") + "[" + k + "]", 0, false, 10, false);
        }
        f.done();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3_1", "iso3_2", "year", "mid_max_hihost");
        // The raw level of each pair's worst dispute per year, then the fading maximum over the years.
        double[][] raw = new double[years()][n * n];
        int lastData = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            Integer a = index.get(t.text(r, "iso3_1")), b = index.get(t.text(r, "iso3_2"));
            int y = t.integer(r, "year");
            lastData = Math.max(lastData, y);
            if (a == null || b == null || y < first || y > last) continue;
            double lvl = t.number(r, "mid_max_hihost");
            if (Double.isNaN(lvl)) continue;
            int k = (int) Math.round(lvl);
            if (k < 0 || k > 5) throw t.error(r, "mid_max_hihost", "'" + t.text(r, "mid_max_hihost") + "' is not a hostility level from 0 to 5");
            double h = levels[k];
            raw[y - first][a * n + b] = Math.max(raw[y - first][a * n + b], h);
            raw[y - first][b * n + a] = Math.max(raw[y - first][b * n + a], h);
        }
        float[][] out = new float[years()][n * n];
        double fade = Math.exp(-1 / decay);
        for (int k = 0; k < years(); k++) {
            for (int c = 0; c < n * n; c++) {
                double prev = k == 0 ? 0 : out[k - 1][c] * fade;
                out[k][c] = (float) Math.max(prev, raw[k][c]);
            }
        }
        return out;
    }

    boolean[][] pacts(Fields f) {
        String file = f.str("file", null), column = f.str("column", "atop_defense_any");
        f.done();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3_1", "iso3_2", "year", column);
        boolean[][] out = new boolean[years()][n * n];
        int lastData = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) lastData = Math.max(lastData, t.integer(r, "year"));
        for (int r = 0; r < t.size(); r++) {
            Integer a = index.get(t.text(r, "iso3_1")), b = index.get(t.text(r, "iso3_2"));
            int y = t.integer(r, "year");
            if (a == null || b == null || t.number(r, column) != 1) continue;
            // The data's last year holds for every later year of the run.
            int to = y == lastData ? last : y;
            for (int yy = Math.max(y, first); yy <= Math.min(to, last); yy++) {
                out[yy - first][a * n + b] = true;
                out[yy - first][b * n + a] = true;
            }
        }
        return out;
    }

    double[][] arms(Fields f) {
        String file = f.str("file", null);
        int window = f.integer("window_years", 10, 1, 100);
        f.done();
        List<String> suppliers = DerivedInputs.SUPPLIERS;
        int stride = suppliers.size() + 1;
        List<String> from = suppliers.stream().map(DerivedInputs::armsColumn).toList();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), DerivedInputs.armsColumns());
        Map<String, double[]> byYear = new HashMap<>();   // iso3 -> [year offset * stride + (total, then each supplier)]
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            int y = t.integer(r, "year");
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        for (int r = 0; r < t.size(); r++) {
            int y = t.integer(r, "year");
            double[] v = byYear.computeIfAbsent(t.text(r, "iso3"), k -> new double[stride * (last - first + 1 + 200)]);
            int k = y - first + 100;
            if (k < 0 || stride * k + stride - 1 >= v.length) continue;
            v[stride * k] += zero(t.number(r, "tiv_total"));
            for (int s = 0; s < suppliers.size(); s++) v[stride * k + 1 + s] += zero(t.number(r, from.get(s)));
        }
        double[][] out = new double[years()][n * n];
        for (int i = 0; i < n; i++) {
            double[] v = byYear.get(codes.get(i));
            if (v == null) continue;
            for (int y = first; y <= last; y++) {
                int end = Math.min(y, hi);   // after the data end, the last window holds
                double total = 0;
                double[] bought = new double[suppliers.size()];
                for (int w = end - window + 1; w <= end; w++) {
                    int k = w - first + 100;
                    if (k < 0 || stride * k + stride - 1 >= v.length) continue;
                    total += v[stride * k];
                    for (int s = 0; s < bought.length; s++) bought[s] += v[stride * k + 1 + s];
                }
                if (total <= 0) continue;
                for (int s = 0; s < bought.length; s++) {
                    Integer k = index.get(suppliers.get(s));
                    if (k == null || k == i) continue;
                    out[y - first][i * n + k] = bought[s] / total;
                }
            }
        }
        return out;
    }

    double[][] hedging(Fields f) {
        String file = f.str("file", null);
        List<String> powers = f.strings("great_powers", true);
        f.done();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3_1", "iso3_2", "year", "atop_defense_any");
        Map<String, java.util.Set<Integer>> allied = new HashMap<>();
        int lastData = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) lastData = Math.max(lastData, t.integer(r, "year"));
        for (int r = 0; r < t.size(); r++) {
            if (t.number(r, "atop_defense_any") != 1) continue;
            String a = t.text(r, "iso3_1"), b = t.text(r, "iso3_2");
            int y = t.integer(r, "year");
            if (powers.contains(b) && !a.equals(b)) allied.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(y);
            if (powers.contains(a) && !a.equals(b)) allied.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(y);
        }
        double[][] out = new double[n][years()];
        for (int i = 0; i < n; i++) {
            java.util.Set<Integer> ys = allied.getOrDefault(codes.get(i), java.util.Set.of());
            int from = 1946, count = 0, total = 0;
            for (int y = from; y <= last; y++) {
                int yd = Math.min(y, lastData);
                total++;
                if (ys.contains(yd)) count++;
                if (y >= first) out[i][y - first] = 1 - count / (double) total;
            }
            for (int y = first; y < from && y <= last; y++) out[i][y - first] = 1;
        }
        return out;
    }

    boolean[][] hosts(Fields f, String west) {
        String file = f.str("file", null), column = f.str("column", "troops_ad");
        double min = f.num("min", 1000.0, 0, 1e9);
        f.done();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3", "year", column);
        boolean[][] out = new boolean[years()][n];
        int lastData = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) lastData = Math.max(lastData, t.integer(r, "year"));
        for (int r = 0; r < t.size(); r++) {
            Integer i = index.get(t.text(r, "iso3"));
            int y = t.integer(r, "year");
            if (i == null || codes.get(i).equals(west) || !(t.number(r, column) >= min)) continue;
            int to = y == lastData ? last : y;
            for (int yy = Math.max(y, first); yy <= Math.min(to, last); yy++) out[yy - first][i] = true;
        }
        return out;
    }

    float[][] partners(Fields f) {
        String file = f.str("file", null);
        Fields tf = f.map("totals");
        String totalsFile = tf.str("file", null), totalsColumn = tf.str("column", "dyadic_sum_trade");
        tf.done();
        f.done();
        DataTable totals = files.table(totalsFile, tf.node.origin(), tf.at("file"), "iso3", "year", totalsColumn);
        Map<String, Double> total = new HashMap<>();
        for (int r = 0; r < totals.size(); r++) {
            double v = totals.number(r, totalsColumn);
            if (v > 0) total.put(totals.text(r, "iso3") + ":" + totals.integer(r, "year"), v);
        }
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3_1", "iso3_2", "year", "flow1", "flow2");
        // Per ordered pair, the years with a share; gaps filled afterwards.
        Map<Integer, java.util.TreeMap<Integer, Double>> known = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            Integer a = index.get(t.text(r, "iso3_1")), b = index.get(t.text(r, "iso3_2"));
            if (a == null || b == null || a.equals(b)) continue;
            double f1 = t.number(r, "flow1"), f2 = t.number(r, "flow2");
            if (Double.isNaN(f1) && Double.isNaN(f2)) continue;
            double dyad = zero(f1) + zero(f2);
            int y = t.integer(r, "year");
            Double ta = total.get(codes.get(a) + ":" + y), tb = total.get(codes.get(b) + ":" + y);
            if (ta != null) known.computeIfAbsent(a * n + b, k -> new java.util.TreeMap<>()).put(y, Math.min(1, dyad / ta));
            if (tb != null) known.computeIfAbsent(b * n + a, k -> new java.util.TreeMap<>()).put(y, Math.min(1, dyad / tb));
        }
        float[][] out = new float[years()][n * n];
        for (Map.Entry<Integer, java.util.TreeMap<Integer, Double>> e : known.entrySet()) {
            java.util.TreeMap<Integer, Double> p = e.getValue();
            for (int y = first; y <= last; y++) out[y - first][e.getKey()] = (float) SeriesInputs.fill(p, y);
        }
        return out;
    }

    private static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
