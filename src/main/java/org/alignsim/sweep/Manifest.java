package org.alignsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.output.Json;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** manifest.json of a sweep folder: what was run, from which files, with which seeds, and how far it got. */
final class Manifest {
    private Manifest() {}

    /** Decides what to do with an existing folder before anything is written. */
    static void prepare(Path dir, SweepSpec spec, SweepRunner.Options opt) throws IOException {
        if (!Files.exists(dir)) return;
        boolean empty;
        try (var s = Files.list(dir)) {
            empty = s.findAny().isEmpty();
        }
        if (empty) return;
        if (opt.resume()) {
            Path m = dir.resolve("manifest.json");
            if (!Files.exists(m)) {
                // Killed before its manifest was written: nothing ran yet, so start afresh.
                if (onlyStartupFiles(dir)) {
                    OutputFolder.deleteTree(dir);
                    return;
                }
                throw new UserError(dir + ": not a sweep result folder (no manifest.json), cannot resume");
            }
            JsonNode j = Json.MAPPER.readTree(m.toFile());
            String sha = j.path("sweep_sha256").asText();
            if (!sha.equals(spec.fileSha256())) {
                throw new UserError(dir + ": holds results of a different sweep file (" + j.path("sweep").asText() + "), cannot resume");
            }
            if (!j.path("shard").asText().equals(opt.shard().toString())) {
                throw new UserError(dir + ": holds shard " + j.path("shard").asText() + ", not " + opt.shard());
            }
            return;
        }
        if (opt.force()) {
            OutputFolder.deleteTree(dir);
            return;
        }
        throw new UserError(dir + ": output folder already exists (use --resume to continue it or --force to replace it)");
    }

    private static boolean onlyStartupFiles(Path dir) throws IOException {
        java.util.Set<String> startup = java.util.Set.of(".lock", "design.csv", "design.csv.tmp", "sweep.yaml", "manifest.json.tmp");
        try (var s = Files.list(dir)) {
            return s.allMatch(p -> startup.contains(p.getFileName().toString()));
        }
    }

    static void write(Path dir, SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design, SweepRunner.Options opt,
                      Instant started, Instant ended, String status, long runs, long failed) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", "alignsim");
        m.put("version", Version.get());
        m.put("command", "sweep");
        m.put("sweep", spec.name());
        m.put("sweep_file", ScenarioLoader.display(spec.file()));
        m.put("sweep_sha256", spec.fileSha256());
        m.put("scenario_files", base.files());
        m.put("seed", spec.seed());
        m.put("seed_rule", spec.commonRandomNumbers()
                ? "common random numbers: seed = splitmix64(master + golden * (replication + 1))"
                : "seed = splitmix64(master + golden * (run + 1)), run = point * replications + replication");
        m.put("design", SweepRunner.describe(design));
        List<Map<String, Object>> factors = design.factors.stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", f.path());
            if (f.levels() != null) x.put("levels", f.levels());
            if (!Double.isNaN(f.min())) {
                x.put("min", f.min());
                x.put("max", f.max());
            }
            return x;
        }).toList();
        m.put("factors", factors);
        m.put("shard", opt.shard().toString());
        m.put("points", List.of(opt.shard().firstPoint(design.points()), opt.shard().endPoint(design.points())));
        m.put("status", status);
        m.put("runs", runs);
        m.put("failed_runs", failed);
        m.put("outputs", opt.keepStates() ? List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml", "manifest.json")
                : List.of("design.csv", "runs.csv", "timeseries.csv", "sweep.yaml", "manifest.json"));
        m.put("java", System.getProperty("java.version"));
        m.put("threads", opt.threads());
        m.put("started", started.toString());
        m.put("ended", ended == null ? null : ended.toString());
        m.put("parameters", base.scenario());
        Path tmp = dir.resolve("manifest.json.tmp");
        Json.write(tmp, m);
        Files.move(tmp, dir.resolve("manifest.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
