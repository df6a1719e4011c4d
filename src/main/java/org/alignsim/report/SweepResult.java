package org.alignsim.report;

import org.alignsim.results.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;
import org.alignsim.model.Aggregates;
import org.alignsim.results.Csv;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.SweepManifest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A folder from `alignsim sweep`: design.csv, runs.csv, timeseries.csv and manifest.json.
 * design.csv and runs.csv are read whole (one row per run is small); timeseries.csv, which can
 * be large, is streamed by {@link SweepSeries} for just the points and outcomes a chart needs.
 * A sweep that is still running or was stopped is "partial": its files are valid prefixes of
 * the finished ones, with perhaps one torn row at the end, which is skipped.
 */
record SweepResult(Path dir, JsonNode manifest, SweepManifest typed, ScenarioInfo scenario, boolean partial, List<Factor> factors,
                   List<double[]> design, List<String[]> designText, List<Run> runs, List<String> alignmentCodes,
                   long expectedRuns) implements Result {

    /** A factor: explicit levels (full factorial) or a sampled range. */
    record Factor(String path, List<String> levels, double min, double max) {
        boolean gridded() { return levels != null; }
    }

    /** One row of runs.csv. */
    record Run(long run, int point, int replication, String seed, boolean ok, double natoYear, double[] aggregates,
               double[] alignment) {}

    static SweepResult load(Path dir, JsonNode manifest) {
        Path mf = dir.resolve("manifest.json");
        SweepFolder folder = SweepFolder.open(dir);
        folder.verify(List.of("design.csv", "runs.csv", "timeseries.csv"), "run the sweep again");
        ScenarioInfo info = ScenarioInfo.of(manifest, mf);
        boolean partial = folder.partial();
        SweepManifest m = folder.manifest();
        List<Factor> factors = new ArrayList<>();
        for (SweepManifest.Factor f : m.factors() == null ? List.<SweepManifest.Factor>of() : m.factors()) {
            // Levels as design.csv writes them: numbers exactly, words and truth values as they are.
            List<String> levels = f.levels() == null ? null
                    : f.levels().stream().map(l -> l instanceof Number n ? Csv.exact(n.doubleValue()) : String.valueOf(l)).toList();
            factors.add(new Factor(f.path(), levels, f.min() == null ? Double.NaN : f.min(), f.max() == null ? Double.NaN : f.max()));
        }
        List<double[]> design = new ArrayList<>();
        List<String[]> designText = new ArrayList<>();
        readDesign(folder, factors, design, designText);
        int reps = Math.max(1, folder.replications());
        List<Integer> pts = m.points();
        long expected = pts != null && pts.size() == 2 ? (long) (pts.get(1) - pts.get(0)) * reps : folder.designRunCount(design.size() * (long) reps);
        List<String> codes = new ArrayList<>();
        List<Run> runs = readRuns(folder, factors, design.size(), codes);
        if (!partial && runs.size() < m.runs()) {
            throw new UserError(dir.resolve("runs.csv") + ": " + runs.size() + " runs, but manifest.json says the sweep finished " + m.runs() + " (truncated?)");
        }
        return new SweepResult(dir, manifest, m, info, partial, List.copyOf(factors), design, designText, runs, List.copyOf(codes), expected);
    }

    private static void readDesign(SweepFolder folder, List<Factor> factors, List<double[]> design, List<String[]> text) {
        Path file = folder.dir().resolve("design.csv");
        for (String[] t : folder.design(factors.stream().map(Factor::path).toList())) {
            double[] v = new double[t.length];
            String where = file + ": point " + design.size() + ": factor '";
            for (int f = 0; f < t.length; f++) {
                Factor fa = factors.get(f);
                if (fa.gridded()) {
                    // Grid factors are stored as level indices: cells of the heat map.
                    v[f] = fa.levels().indexOf(t[f]);
                    if (v[f] < 0) v[f] = levelIndex(fa.levels(), t[f]);
                    if (v[f] < 0) throw new UserError(where + fa.path() + "': '" + t[f] + "' is not one of its " + fa.levels().size() + " levels in manifest.json");
                } else {
                    v[f] = number(t[f]);
                    if (Double.isNaN(v[f])) throw new UserError(where + fa.path() + "': '" + t[f] + "' is not a number");
                }
            }
            design.add(v);
            text.add(t);
        }
    }

    private static double number(String s) {
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Level index by numeric value when the text differs ("2" and "2.0"). */
    private static double levelIndex(List<String> levels, String s) {
        try {
            double x = Double.parseDouble(s);
            for (int i = 0; i < levels.size(); i++) {
                try {
                    if (Double.parseDouble(levels.get(i)) == x) return i;
                } catch (NumberFormatException ignored) {
                    // a word level: compared as text above
                }
            }
        } catch (NumberFormatException ignored) {
            // a word: not a level
        }
        return -1;
    }

    private static List<Run> readRuns(SweepFolder folder, List<Factor> factors, int points, List<String> codes) {
        List<Run> runs = new ArrayList<>();
        try (CsvTable r = folder.runs()) {
            int cRun = r.require("run"), cPoint = r.require("point"), cRep = r.require("replication"), cSeed = r.require("seed"),
                    cStatus = r.require("status"), cYear = r.require("asian_nato_year");
            for (Factor f : factors) r.require(f.path());
            int[] agg = new int[Aggregates.COLUMNS.length];
            for (int k = 0; k < agg.length; k++) agg[k] = r.require(Aggregates.COLUMNS[k]);
            List<Integer> alignCols = new ArrayList<>();
            String[] h = r.header();
            for (int i = 0; i < h.length; i++) {
                if (h[i].startsWith("alignment_")) {
                    alignCols.add(i);
                    codes.add(h[i].substring("alignment_".length()));
                }
            }
            for (String[] row = r.next(); row != null; row = r.next()) {
                int point = r.integer(row, cPoint);
                if (point < 0 || point >= points) throw r.error("point " + point + " is not in design.csv (0-" + (points - 1) + ")");
                boolean ok = "ok".equals(row[cStatus]);
                double[] a = new double[agg.length];
                double[] al = new double[alignCols.size()];
                if (ok) {
                    for (int k = 0; k < agg.length; k++) a[k] = r.number(row, agg[k]);
                    for (int k = 0; k < al.length; k++) al[k] = r.number(row, alignCols.get(k));
                } else {
                    Arrays.fill(a, Double.NaN);
                    Arrays.fill(al, Double.NaN);
                }
                runs.add(new Run(Long.parseLong(row[cRun]), point, r.integer(row, cRep), row[cSeed], ok,
                        ok ? r.number(row, cYear) : Double.NaN, a, al));
            }
        }
        return runs;
    }

    @Override
    public String name() { return typed.sweep() == null ? "sweep" : typed.sweep(); }

    int replications() {
        int r = SweepFolder.replications(typed);
        return r < 0 ? 1 : r;
    }

    String designType() { return SweepFolder.designType(typed); }

    long failed() { return runs.stream().filter(r -> !r.ok()).count(); }

    /** "weights.trade = 2, weights.threat = 4" */
    String pointLabel(int point) {
        if (factors.isEmpty()) return "base scenario";
        List<String> parts = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) parts.add(factors.get(f).path() + " = " + designText.get(point)[f]);
        return String.join(", ", parts);
    }

    /** The successful runs of one design point. */
    List<Run> okRuns(int point) {
        return runs.stream().filter(r -> r.ok() && r.point() == point).toList();
    }

    /** Design points that have at least one successful run, in order. */
    List<Integer> pointsWithRuns() {
        return runs.stream().filter(Run::ok).map(Run::point).distinct().sorted().toList();
    }

    @Override
    public double[] finals(String outcome) {
        int k = Outcomes.index(outcome);
        return runs.stream().filter(Run::ok).mapToDouble(r -> r.aggregates()[k]).toArray();
    }

    /** Final values of one outcome at one design point. */
    double[] finals(String outcome, int point) {
        int k = Outcomes.index(outcome);
        return okRuns(point).stream().mapToDouble(r -> r.aggregates()[k]).toArray();
    }

    @Override
    public double[] finalAlignment(String iso3) {
        int k = alignmentCodes.indexOf(iso3);
        if (k < 0) return new double[0];
        return runs.stream().filter(Run::ok).mapToDouble(r -> r.alignment()[k]).toArray();
    }

    double[] finalAlignment(String iso3, int point) {
        int k = alignmentCodes.indexOf(iso3);
        if (k < 0) return new double[0];
        return okRuns(point).stream().mapToDouble(r -> r.alignment()[k]).toArray();
    }
}
