package org.alignsim.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.alignsim.base.UserError;
import org.alignsim.results.CsvTable;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.SweepManifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sweep's result folder into {@link SweepData}: design points from design.csv, every run's
 * outcomes from runs.csv (by column name), the design settings from sweep.yaml (the manifest
 * records only the type and the point count) and the factors' ranges and the sweep's state from
 * manifest.json.
 *
 * <p>The folder is refused (one line, exit 2) unless every run of every design point is in
 * runs.csv with status ok: an estimator fed a design with holes or failed points would silently
 * give wrong indices (a Saltelli block or a Morris trajectory with a point missing is not an
 * estimate of anything), so the analyses would rather stop and say where the problem is.
 */
final class SweepReader {
    private SweepReader() {}

    static SweepData read(Path dir) {
        String shown = dir.toString();
        SweepFolder folder = SweepFolder.open(dir);
        for (String f : new String[]{"design.csv", "runs.csv", "sweep.yaml"}) {
            if (!Files.isRegularFile(dir.resolve(f))) throw new UserError(shown + ": not a complete sweep result folder (no " + f + ")");
        }
        folder.verify(List.of("design.csv", "runs.csv", "sweep.yaml"), "run the sweep again");
        if (!folder.shard().equals("0/1")) {
            throw new UserError(shown + ": holds only shard " + folder.shard() + " of the sweep; merge all shards first (./alignsim merge)");
        }
        int points = folder.points(), reps = folder.replications();
        if (points < 1 || reps < 1) {
            throw new UserError(dir.resolve("manifest.json") + ": no design points or replications recorded; not a sweep manifest");
        }
        List<SweepData.Factor> factors = new ArrayList<>();
        for (SweepManifest.Factor f : folder.manifest().factors() == null ? List.<SweepManifest.Factor>of() : folder.manifest().factors()) {
            factors.add(new SweepData.Factor(f.path(), f.min() == null ? Double.NaN : f.min(), f.max() == null ? Double.NaN : f.max()));
        }
        SweepData.Design design = design(dir.resolve("sweep.yaml"), folder.designType().equals("?") ? "" : folder.designType());
        double[][] x = readDesign(folder, factors, points);
        factors = fillRanges(factors, x);

        String status = folder.manifest().status() == null ? "" : folder.manifest().status();
        Runs runs = readRuns(folder, factors, points, reps);
        long expected = (long) points * reps;
        if (runs.count() < expected) {
            throw new UserError(shown + ": " + (expected - runs.count()) + " of " + expected + " runs missing from runs.csv (from run "
                    + runs.count() + ", design point " + runs.count() / reps + "; the sweep is '" + status
                    + "'); finish it with ./alignsim sweep FILE --resume --out " + shown + " before analysing");
        }
        if (!status.equals("complete")) {
            throw new UserError(shown + ": the sweep is '" + status + "', not complete (manifest.json); it may still be writing; "
                    + "finish it with ./alignsim sweep FILE --resume --out " + shown + " before analysing");
        }
        if (!runs.failed().isEmpty()) {
            throw new UserError(shown + ": " + runs.failed().size() + " failed run" + (runs.failed().size() == 1 ? "" : "s") + " in runs.csv (run "
                    + list(runs.failed(), 8) + "; see the status and error columns); an analysis with holes in its design would be wrong, so fix the cause and re-run the sweep");
        }
        return new SweepData(dir, design, List.copyOf(factors), x, reps, runs.outcomes(), runs.values());
    }

    /** The design settings, from sweep.yaml (the manifest records only the type and the point count). */
    private static SweepData.Design design(Path sweepYaml, String type) {
        try {
            JsonNode y = new ObjectMapper(new YAMLFactory()).readTree(sweepYaml.toFile());
            JsonNode d = y == null ? null : y.path("design");
            if (d == null || d.isMissingNode()) return new SweepData.Design(type, 0, false, 4);
            return new SweepData.Design(type, d.path("samples").asInt(0), d.path("second_order").asBoolean(false), d.path("levels").asInt(4));
        } catch (IOException e) {
            throw new UserError(sweepYaml + ": unreadable sweep file: " + firstLine(e.getMessage()));
        }
    }

    private static double[][] readDesign(SweepFolder folder, List<SweepData.Factor> factors, int points) {
        Path file = folder.dir().resolve("design.csv");
        List<String[]> cells = folder.design(factors.stream().map(SweepData.Factor::path).toList());
        if (cells.size() > points) throw new UserError(file + ": more rows than the " + points + " design points of manifest.json");
        if (cells.size() != points) throw new UserError(file + ": " + cells.size() + " rows, but manifest.json says " + points + " design points");
        double[][] x = new double[points][];
        for (int p = 0; p < points; p++) {
            x[p] = new double[factors.size()];
            for (int f = 0; f < factors.size(); f++) x[p][f] = number(cells.get(p)[f]);
        }
        return x;
    }

    /** Factors given as levels (full factorials) have no min/max in the manifest: use the data's. */
    private static List<SweepData.Factor> fillRanges(List<SweepData.Factor> factors, double[][] x) {
        List<SweepData.Factor> out = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            SweepData.Factor fac = factors.get(f);
            if (!Double.isNaN(fac.min()) && !Double.isNaN(fac.max())) {
                out.add(fac);
                continue;
            }
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                lo = Math.min(lo, row[f]);
                hi = Math.max(hi, row[f]);
            }
            out.add(new SweepData.Factor(fac.path(), lo, hi));
        }
        return out;
    }

    private record Runs(long count, List<Long> failed, List<String> outcomes, Map<String, double[]> values) {}

    /**
     * Reads runs.csv by column name. Rows must be in run order (the sweep writes them so); a torn
     * last line (an interrupted sweep) counts as missing, not as an error.
     */
    private static Runs readRuns(SweepFolder folder, List<SweepData.Factor> factors, int points, int reps) {
        long expected = (long) points * reps;
        Path file = folder.dir().resolve("runs.csv");
        if (size(file) == 0) return new Runs(0, List.of(), List.of(), Map.of());
        try (CsvTable r = folder.runs()) {
            List<String> header = List.of(r.header());
            int run = header.indexOf("run"), point = header.indexOf("point"), status = header.indexOf("status");
            if (run < 0 || point < 0 || status < 0) throw new UserError(file + ": not a sweep's runs.csv (no run, point or status column)");
            int last = status;
            for (SweepData.Factor f : factors) {
                int c = header.indexOf(f.path());
                if (c < 0) throw new UserError(file + ": no column for factor " + f.path());
                last = Math.max(last, c);
            }
            last = Math.max(last, header.indexOf("error"));
            List<String> outcomes = List.copyOf(header.subList(last + 1, header.size()));
            int first = last + 1;
            double[][] cols = new double[outcomes.size()][(int) expected];
            List<Long> failed = new ArrayList<>();
            long count = 0;
            String[] row;
            while ((row = r.next()) != null) {
                List<String> cells = List.of(row);
                long runNo;
                try {
                    runNo = Long.parseLong(cells.get(run));
                } catch (NumberFormatException e) {
                    break;
                }
                if (runNo != count) throw new UserError(file + ": run " + runNo + " where run " + count + " was expected; runs.csv must list every run in order");
                if (count >= expected) throw new UserError(file + ": more runs than the " + expected + " of manifest.json");
                if (!cells.get(status).equals("ok")) failed.add(runNo);
                for (int o = 0; o < outcomes.size(); o++) cols[o][(int) count] = number(cells.get(first + o));
                count++;
            }
            Map<String, double[]> values = new HashMap<>();
            for (int o = 0; o < outcomes.size(); o++) values.put(outcomes.get(o), cols[o]);
            return new Runs(count, failed, outcomes, values);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + firstLine(e.getMessage()));
        }
    }

    private static double number(String s) {
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            // "true"/"false" levels of a factorial count as 1/0 so PRIM can still restrict them.
            if (s.equals("true")) return 1;
            if (s.equals("false")) return 0;
            return Double.NaN;
        }
    }

    private static String list(List<Long> xs, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, xs.size()); i++) b.append(i == 0 ? "" : ", ").append(xs.get(i));
        if (xs.size() > max) b.append(", ...");
        return b.toString();
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
