package org.alignsim.scenario;

import org.alignsim.data.DataTable;
import org.alignsim.model.Parameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario's {@code series} section: state attributes read year by year from data files
 * (columns keyed by {@code iso3} and {@code year}). The gap rule, for each state and attribute:
 * between two years with data, linear interpolation; before the first, the first value; after the
 * last, the last value carried forward, or, with {@code join}, a straight line to the value a
 * later file gives for a later year and that value after it. A state with no value at all in the
 * file keeps the value its own entry gives, or is an error. {@code entry} takes the first year a
 * state has a row in a file as the year it enters the system.
 */
final class SeriesInputs {
    private SeriesInputs() {}

    static final List<String> ATTRIBUTES = List.of("gdp", "milex", "population", "democracy", "trade_west", "trade_east");
    static final List<String> PAIRWISE = List.of("disputes", "pacts", "arms", "hedging", "hosts", "partners");

    /** The attributes that have a series, so that the states' own entries may leave them out. */
    static List<String> given(Fields root) {
        if (!root.has("series")) return List.of();
        YamlNode n = root.node.entries().get("series");
        if (!(n instanceof YamlNode.MapNode m)) return List.of();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            // Checked first: a misspelt attribute would otherwise show up as a state's missing value.
            if (!ATTRIBUTES.contains(e.getKey()) && !PAIRWISE.contains(e.getKey()) && !e.getKey().equals("entry")) {
                throw new ScenarioException(e.getValue().origin(), "series." + e.getKey(),
                        "no series for this attribute: use " + String.join(", ", ATTRIBUTES) + ", " + String.join(", ", PAIRWISE) + " or entry");
            }
        }
        return new ArrayList<>(m.entries().keySet());
    }

    /**
     * @param fallback per attribute, each state's own value (NaN where it gives none)
     */
    static Parameters.Yearly bind(Fields s, DataFiles files, List<String> codes, int firstYear, int lastYear, Map<String, double[]> fallback,
                                  String west) {
        Map<String, double[][]> out = new HashMap<>();
        int[] entry = null;
        PairwiseInputs pair = new PairwiseInputs(files, codes, firstYear, lastYear);
        float[][] disputes = null, partners = null;
        boolean[][] pacts = null, hosts = null;
        double pactCohesion = 0;
        double[][] arms = null, hedging = null;
        for (String attr : s.keys()) {
            Fields f = Fields.of(s.node.entries().get(attr), s.at(attr));
            try {
            switch (attr) {
                case "entry" -> entry = entry(f, files, codes);
                case "disputes" -> disputes = pair.disputes(f);
                case "pacts" -> {
                    pactCohesion = f.num("cohesion", 1.0, 0, 100);
                    pacts = pair.pacts(f);
                }
                case "arms" -> arms = pair.arms(f);
                case "hedging" -> hedging = pair.hedging(f);
                case "hosts" -> hosts = pair.hosts(f, west);
                case "partners" -> partners = pair.partners(f);
                default -> {
                    if (!ATTRIBUTES.contains(attr)) {
                        throw s.error(attr, "no series for this attribute: use " + String.join(", ", ATTRIBUTES) + ", " + String.join(", ", PAIRWISE) + " or entry");
                    }
                    out.put(attr, series(f, files, codes, firstYear, lastYear, fallback.get(attr)));
                }
            }
            } catch (org.alignsim.data.DataException e) {
                // A malformed value deep in a file: say which series read it, and where in the file.
                throw new ScenarioException(f.node.origin(), f.at("file"), e.getMessage());
            }
        }
        s.done();
        if (entry == null) {
            entry = new int[codes.size()];
            java.util.Arrays.fill(entry, Integer.MIN_VALUE);
        }
        return new Parameters.Yearly(firstYear, lastYear, out.get("gdp"), out.get("milex"), out.get("population"), out.get("democracy"),
                out.get("trade_west"), out.get("trade_east"), entry, disputes, pacts, pactCohesion, arms, hedging, hosts, partners);
    }

    private static double[][] series(Fields f, DataFiles files, List<String> codes, int firstYear, int lastYear, double[] fallback) {
        String file = f.str("file", null), column = f.str("column", null);
        double scale = f.num("scale", 1.0, -1e12, 1e12);
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3", "year", column);
        Map<String, TreeMap<Integer, Double>> points = points(t, column, scale, f);
        if (f.has("join")) {
            Fields j = f.map("join");
            String jfile = j.str("file", null), jcolumn = j.str("column", null);
            int jyear = j.integer("year", 0, 1800, 2200);
            double jscale = j.num("scale", 1.0, -1e12, 1e12);
            DataTable jt = files.table(jfile, j.node.origin(), j.at("file"), "iso3", jcolumn);
            for (int r = 0; r < jt.size(); r++) {
                double v = jt.number(r, jcolumn);
                if (Double.isNaN(v)) continue;
                TreeMap<Integer, Double> p = points.computeIfAbsent(jt.text(r, "iso3"), k -> new TreeMap<>());
                if (!p.isEmpty() && p.lastKey() >= jyear) {
                    throw new ScenarioException(j.node.origin(), j.at("year"), "the join's year " + jyear + " is not after the data's last year " + p.lastKey());
                }
                p.put(jyear, v * jscale);
            }
            j.done();
        } else {
            f.raw("join");
        }
        f.done();
        double[][] out = new double[codes.size()][lastYear - firstYear + 1];
        for (int i = 0; i < codes.size(); i++) {
            TreeMap<Integer, Double> p = points.get(codes.get(i));
            if (p == null || p.isEmpty()) {
                double v = fallback == null ? Double.NaN : fallback[i];
                if (Double.isNaN(v)) {
                    throw new ScenarioException(f.node.origin(), f.path, codes.get(i) + " has no value in " + file + " (column " + column
                            + ") and its entry under states gives none");
                }
                java.util.Arrays.fill(out[i], v);
                continue;
            }
            for (int y = firstYear; y <= lastYear; y++) out[i][y - firstYear] = fill(p, y);
        }
        return out;
    }

    private static Map<String, TreeMap<Integer, Double>> points(DataTable t, String column, double scale, Fields f) {
        Map<String, TreeMap<Integer, Double>> points = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            double v = t.number(r, column);
            if (Double.isNaN(v)) continue;
            points.computeIfAbsent(t.text(r, "iso3"), k -> new TreeMap<>()).put(t.integer(r, "year"), v * scale);
        }
        return points;
    }

    /** The gap rule: linear between the nearest years with data, the end values beyond them. */
    static double fill(TreeMap<Integer, Double> p, int y) {
        Map.Entry<Integer, Double> lo = p.floorEntry(y), hi = p.ceilingEntry(y);
        if (lo == null) return hi.getValue();
        if (hi == null) return lo.getValue();
        if (lo.getKey().equals(hi.getKey())) return lo.getValue();
        double f = (y - lo.getKey()) / (double) (hi.getKey() - lo.getKey());
        return lo.getValue() * (1 - f) + hi.getValue() * f;
    }

    private static int[] entry(Fields f, DataFiles files, List<String> codes) {
        String file = f.str("file", null);
        f.done();
        DataTable t = files.table(file, f.node.origin(), f.at("file"), "iso3", "year");
        Map<String, Integer> first = new HashMap<>();
        for (int r = 0; r < t.size(); r++) first.merge(t.text(r, "iso3"), t.integer(r, "year"), Math::min);
        int[] entry = new int[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            Integer y = first.get(codes.get(i));
            if (y == null) throw new ScenarioException(f.node.origin(), f.at("file"), codes.get(i) + " has no row in " + file + ", so it would never enter");
            entry[i] = y;
        }
        return entry;
    }
}
