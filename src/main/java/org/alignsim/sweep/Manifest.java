package org.alignsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.FileBatch;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** manifest.json of a sweep folder: what was run, from which files, with which seeds, and how far it got. */
final class Manifest {
    private Manifest() {}

    /**
     * What makes a folder's runs one sweep, so that a resume may only continue the same one: the
     * design's points (SHA-256 of design.csv) and every resolved setting that changes a run's
     * bytes (SHA-256 of the base scenario's parameters, the columns and --keep).
     */
    record Identity(String designSha256, String settingsSha256, List<String> keep) {}

    private static final Set<String> STARTUP_FILES = Set.of(".lock", "design.csv", "sweep.yaml");

    /** Decides what to do with an existing folder before anything is written. */
    static void prepare(Path dir, SweepSpec spec, SweepDesign design, SweepRunner.Options opt, Identity id) throws IOException {
        if (opt.resume() && Files.isDirectory(dir) && !Files.exists(dir.resolve(ManifestFile.NAME)) && onlyStartupFiles(dir)) {
            // Killed before its manifest was written: nothing ran yet, so start afresh.
            OutputFolder.deleteTree(dir);
            return;
        }
        if (!opt.resume() || !Files.isDirectory(dir) || isEmpty(dir)) {
            if (Files.isDirectory(dir) && !isEmpty(dir) && !opt.force()) {
                throw new UserError(Shown.path(dir) + ": output folder already exists (use --resume to continue it or --force to replace it)");
            }
            OutputFolder.checkReplaceable(dir, opt.force());
            if (opt.force()) OutputFolder.deleteTree(dir);
            return;
        }
        Path m = dir.resolve(ManifestFile.NAME);
        if (!Files.exists(m)) throw new UserError(Shown.path(dir) + ": not a sweep result folder (no manifest.json), cannot resume");
        JsonNode j = ManifestFile.read(m);
        String shown = Shown.path(dir);
        if (!j.path("sweep_sha256").asText().equals(spec.fileSha256())) {
            throw new UserError(shown + ": holds results of a different sweep file (" + j.path("sweep").asText() + "), cannot resume");
        }
        if (!j.path("shard").asText().equals(opt.shard().toString())) {
            throw new UserError(shown + ": holds shard " + j.path("shard").asText() + ", not " + opt.shard());
        }
        if (!j.has("design_sha256") || !j.has("settings_sha256")) {
            throw new UserError(shown + ": started by an older AlignSim that did not record its design and settings, so resuming could mix "
                    + "two sweeps; start it again with --force");
        }
        List<String> keep = new ArrayList<>();
        j.path("keep").forEach(k -> keep.add(k.asText()));
        if (!keep.equals(id.keep())) {
            throw new UserError(shown + ": was started " + keepText(keep) + "; resume it " + keepText(keep) + " too (or start again with --force)");
        }
        if (!j.path("design_sha256").asText().equals(id.designSha256())) {
            String then = j.path("design").path("stored_design").asText("");
            throw new UserError(shown + ": was started with " + (then.isEmpty() ? "the sweep file's design" : "--design " + then)
                    + ", and this command gives " + (design.source == null ? "the sweep file's design" : "the design in " + design.source)
                    + "; resume with the same design (or start again with --force)");
        }
        if (!j.path("settings_sha256").asText().equals(id.settingsSha256())) {
            throw new UserError(shown + ": the base scenario's parameters differ from those the sweep started with (a scenario file changed? "
                    + "see scenario_files in manifest.json); resuming would mix two sweeps, so start again with --force");
        }
    }

    private static String keepText(List<String> keep) {
        return keep.isEmpty() ? "without --keep" : "with --keep " + String.join(" --keep ", keep);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static boolean onlyStartupFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .allMatch(n -> STARTUP_FILES.contains(n) || FileBatch.TEMPORARY.matcher(n).matches());
        }
    }

    static void write(Path dir, SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design, SweepRunner.Options opt, Identity id,
                      Instant started, Instant ended, String status, long runs, long failed, Map<String, Object> files) {
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
        m.put("design_sha256", id.designSha256());
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
        m.put("keep", id.keep());
        m.put("settings_sha256", id.settingsSha256());
        m.put("status", status);
        m.put("runs", runs);
        m.put("failed_runs", failed);
        m.put("outputs", outputs(opt));
        if (files != null) m.put("files", files);
        m.put("java", System.getProperty("java.version"));
        m.put("threads", opt.threads());
        m.put("started", started.toString());
        m.put("ended", ended == null ? null : ended.toString());
        m.put("parameters", base.scenario());
        Json.write(dir.resolve(ManifestFile.NAME), m);
    }

    static List<String> outputs(SweepRunner.Options opt) {
        return opt.keepStates() ? List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml", "manifest.json")
                : List.of("design.csv", "runs.csv", "timeseries.csv", "sweep.yaml", "manifest.json");
    }

    /** The files whose sums a finished folder records: every output but the manifest itself. */
    static List<String> summed(SweepRunner.Options opt) {
        return outputs(opt).stream().filter(f -> !f.equals(ManifestFile.NAME)).toList();
    }
}
