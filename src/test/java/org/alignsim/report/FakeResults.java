package org.alignsim.report;

import org.alignsim.model.Aggregates;
import org.alignsim.results.Csv;
import org.alignsim.results.Json;
import org.alignsim.results.SweepFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Small synthetic result folders in the formats of `alignsim run` and `alignsim sweep`, with
 * known values, so report tests need no simulation: five states (two poles), 4 steps.
 */
final class FakeResults {
    private FakeResults() {}

    static final String[] CODES = {"USA", "CHN", "JPN", "IND", "DEU"};
    static final String[] NAMES = {"United States", "China", "Japan", "India", "Germany"};
    static final String[] REGIONS = {"north_america", "east_asia", "east_asia", "south_asia", "europe"};
    static final int STEPS = 4;
    static final double START = 2024, DT = 0.5;

    /** Numbers as the real manifest writes them (2 -> 2.0), words as text. */
    static Object jsonLevel(String level) {
        try {
            return Double.parseDouble(level);
        } catch (NumberFormatException e) {
            return level;
        }
    }

    static Map<String, Object> parameters(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("time", Map.of("startYear", START, "horizonYears", STEPS * DT, "stepsPerYear", (int) Math.round(1 / DT)));
        p.put("poles", Map.of("west", "USA", "east", "CHN"));
        p.put("hedgingBand", 0.3);
        List<Map<String, Object>> states = new ArrayList<>();
        for (int i = 0; i < CODES.length; i++) states.add(Map.of("iso3", CODES[i], "name", NAMES[i], "region", REGIONS[i]));
        p.put("states", states);
        return p;
    }

    /** A value of an aggregate column at some step, varied a little by seed so bands have width. */
    static double value(int column, int step, int seed) {
        return 0.2 + 0.1 * (column % 3) + 0.02 * step + 0.01 * (seed % 5);
    }

    static double alignment(int state, int seed) {
        return Math.max(-1, Math.min(1, 0.8 - 0.4 * state + 0.05 * (seed % 4)));
    }

    static Path run(Path dir, String scenario, int seed) throws IOException {
        Files.createDirectories(dir);
        StringBuilder ts = new StringBuilder("step,year," + String.join(",", Aggregates.COLUMNS) + "\n");
        for (int s = 0; s <= STEPS; s++) {
            ts.append(s).append(',').append(Csv.format(START + s * DT));
            for (int c = 0; c < Aggregates.COLUMNS.length; c++) ts.append(',').append(Csv.format(value(c, s, seed)));
            ts.append('\n');
        }
        Files.writeString(dir.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);
        Map<String, Object> fin = new LinkedHashMap<>();
        for (int c = 0; c < Aggregates.COLUMNS.length; c++) fin.put(Aggregates.COLUMNS[c], value(c, STEPS, seed));
        Map<String, Object> fa = new LinkedHashMap<>();
        for (int i = 0; i < CODES.length; i++) fa.put(CODES[i], i == 0 ? 1.0 : i == 1 ? -1.0 : alignment(i, seed));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", scenario);
        summary.put("seed", seed);
        summary.put("start_year", START);
        summary.put("end_year", START + STEPS * DT);
        summary.put("asian_nato_formed", false);
        summary.put("asian_nato_year", null);
        summary.put("final", fin);
        summary.put("final_alignment", fa);
        Json.write(dir.resolve("summary.json"), summary);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "alignsim");
        m.put("version", "test");
        m.put("command", "run");
        m.put("scenario", scenario);
        m.put("scenario_files", List.of(Map.of("path", "scenarios/fake.yaml", "sha256", "00")));
        m.put("seed", seed);
        m.put("started", "2026-01-01T00:00:00Z");
        m.put("ended", "2026-01-01T00:00:01.500Z");
        m.put("parameters", parameters(scenario));
        Json.write(dir.resolve("manifest.json"), m);
        return dir;
    }

    /** A full-factorial sweep whose outcome column takes surface(level indices) in every replication. */
    static final class Sweep {
        String name = "fake-sweep";
        String scenario = "fake-scenario";
        Map<String, List<String>> factors = new LinkedHashMap<>();
        int reps = 2;
        String outcome = "power_ratio";
        ToDoubleFunction<int[]> surface = idx -> 0.5;
        String status = "complete";
        int runsWritten = -1;   // all
        String tornTail = null;   // appended to runs.csv without a newline

        Sweep factor(String path, String... levels) {
            factors.put(path, List.of(levels));
            return this;
        }

        Path write(Path dir) throws IOException {
            Files.createDirectories(dir);
            List<String> paths = new ArrayList<>(factors.keySet());
            List<int[]> points = grid(paths);
            StringBuilder design = new StringBuilder("point");
            for (String p : paths) design.append(',').append(q(p));
            design.append('\n');
            for (int pt = 0; pt < points.size(); pt++) {
                design.append(pt);
                for (int f = 0; f < paths.size(); f++) design.append(',').append(q(factors.get(paths.get(f)).get(points.get(pt)[f])));
                design.append('\n');
            }
            Files.writeString(dir.resolve("design.csv"), design, StandardCharsets.UTF_8);

            int outCol = java.util.Arrays.asList(Aggregates.COLUMNS).indexOf(outcome);
            StringBuilder runs = new StringBuilder("run,point,replication,seed,status,error");
            for (String p : paths) runs.append(',').append(q(p));
            runs.append(",asian_nato_year,").append(String.join(",", Aggregates.COLUMNS));
            for (String c : CODES) runs.append(",alignment_").append(c);
            runs.append('\n');
            int total = points.size() * reps, limit = runsWritten < 0 ? total : runsWritten;
            for (int run = 0; run < limit; run++) {
                int pt = run / reps;
                runs.append(run).append(',').append(pt).append(',').append(run % reps).append(',').append(1000 + run).append(",ok,");
                for (int f = 0; f < paths.size(); f++) runs.append(',').append(q(factors.get(paths.get(f)).get(points.get(pt)[f])));
                boolean formed = run % 2 == 0;
                runs.append(',').append(formed ? "2030.5" : "");
                for (int c = 0; c < Aggregates.COLUMNS.length; c++) {
                    double v = c == outCol ? surface.applyAsDouble(points.get(pt))
                            : Aggregates.COLUMNS[c].equals("asian_nato_formed") ? (formed ? 1 : 0) : value(c, STEPS, run);
                    runs.append(',').append(Csv.format(v));
                }
                for (int i = 0; i < CODES.length; i++) runs.append(',').append(Csv.format(i == 0 ? 1 : i == 1 ? -1 : alignment(i, run)));
                runs.append('\n');
            }
            if (tornTail != null) runs.append(tornTail);
            Files.writeString(dir.resolve("runs.csv"), runs, StandardCharsets.UTF_8);

            StringBuilder ts = new StringBuilder(String.join(",", SweepFolder.TIMESERIES_HEADER)).append('\n');
            int pointsDone = limit / reps;
            for (int pt = 0; pt < pointsDone; pt++) {
                for (int s = 0; s <= STEPS; s++) {
                    for (int c = 0; c < Aggregates.COLUMNS.length; c++) {
                        double mean = value(c, s, pt);
                        ts.append(pt).append(',').append(s).append(',').append(Csv.format(START + s * DT)).append(',')
                                .append(Aggregates.COLUMNS[c]).append(',').append(reps).append(',').append(Csv.format(mean)).append(',')
                                .append(Csv.format(mean - 0.05)).append(',').append(Csv.format(mean)).append(',').append(Csv.format(mean + 0.05)).append('\n');
                    }
                }
            }
            Files.writeString(dir.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("sweep.yaml"), "name: " + name + "\ndescription: A synthetic sweep for tests.\n", StandardCharsets.UTF_8);

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("program", "alignsim");
            m.put("version", "test");
            m.put("command", "sweep");
            m.put("sweep", name);
            m.put("sweep_file", "scenarios/sweeps/" + name + ".yaml");
            m.put("scenario_files", List.of(Map.of("path", "scenarios/fake.yaml", "sha256", "00")));
            m.put("seed", 7);
            m.put("seed_rule", "seed = splitmix64(master + golden * (run + 1))");
            m.put("design", Map.of("type", "full_factorial", "points", points.size(), "replications", reps, "runs", total));
            List<Map<String, Object>> fs = new ArrayList<>();
            for (String p : paths) fs.add(Map.of("path", p, "levels", factors.get(p).stream().map(FakeResults::jsonLevel).toList()));
            m.put("factors", fs);
            m.put("shard", "0/1");
            m.put("points", List.of(0, points.size()));
            m.put("status", status);
            m.put("runs", "complete".equals(status) ? total : 0);
            m.put("failed_runs", 0);
            m.put("threads", 2);
            m.put("started", "2026-01-01T00:00:00Z");
            m.put("ended", "complete".equals(status) ? "2026-01-01T00:02:05Z" : null);
            m.put("parameters", parameters(scenario));
            Json.write(dir.resolve("manifest.json"), m);
            return dir;
        }

        /** Full factorial in row-major order, the last factor varying fastest (as SweepDesign does). */
        private List<int[]> grid(List<String> paths) {
            List<int[]> out = new ArrayList<>();
            out.add(new int[paths.size()]);
            for (int f = 0; f < paths.size(); f++) {
                List<int[]> next = new ArrayList<>();
                for (int[] p : out) {
                    for (int l = 0; l < factors.get(paths.get(f)).size(); l++) {
                        int[] q = p.clone();
                        q[f] = l;
                        next.add(q);
                    }
                }
                out = next;
            }
            return out;
        }
    }

    /** A CSV field quoted as RFC 4180 wants it, by Commons CSV. */
    private static String q(String field) {
        return org.apache.commons.csv.CSVFormat.RFC4180.format(field);
    }
}
