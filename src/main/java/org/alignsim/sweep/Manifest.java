package org.alignsim.sweep;

import org.alignsim.base.FileBatch;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.SweepManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
        if (!Files.exists(dir.resolve(ManifestFile.NAME))) throw new UserError(Shown.path(dir) + ": not a sweep result folder (no manifest.json), cannot resume");
        SweepManifest j = SweepFolder.open(dir).manifest();
        String shown = Shown.path(dir);
        if (!spec.fileSha256().equals(j.sweepSha256())) {
            throw new UserError(shown + ": holds results of a different sweep file (" + j.sweep() + "), cannot resume");
        }
        if (!opt.shard().toString().equals(j.shard())) {
            throw new UserError(shown + ": holds shard " + j.shard() + ", not " + opt.shard());
        }
        if (j.designSha256() == null || j.settingsSha256() == null) {
            throw new UserError(shown + ": started by an older AlignSim that did not record its design and settings, so resuming could mix "
                    + "two sweeps; start it again with --force");
        }
        List<String> keep = j.keep() == null ? List.of() : j.keep();
        if (!keep.equals(id.keep())) {
            throw new UserError(shown + ": was started " + keepText(keep) + "; resume it " + keepText(keep) + " too (or start again with --force)");
        }
        if (!j.designSha256().equals(id.designSha256())) {
            Object stored = j.design() == null ? null : j.design().get("stored_design");
            String then = stored == null ? "" : stored.toString();
            throw new UserError(shown + ": was started with " + (then.isEmpty() ? "the sweep file's design" : "--design " + then)
                    + ", and this command gives " + (design.source == null ? "the sweep file's design" : "the design in " + design.source)
                    + "; resume with the same design (or start again with --force)");
        }
        if (!j.settingsSha256().equals(id.settingsSha256())) {
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
        String seedRule = spec.commonRandomNumbers()
                ? "common random numbers: seed = splitmix64(master + golden * (replication + 1))"
                : "seed = splitmix64(master + golden * (run + 1)), run = point * replications + replication";
        List<SweepManifest.Factor> factors = design.factors.stream().map(f -> new SweepManifest.Factor(f.path(), f.levels(),
                Double.isNaN(f.min()) ? null : f.min(), Double.isNaN(f.min()) ? null : f.max())).toList();
        Json.write(dir.resolve(ManifestFile.NAME), new SweepManifest("alignsim", Version.get(), SweepManifest.COMMAND, spec.name(),
                ScenarioLoader.display(spec.file()), spec.fileSha256(), base.files(), spec.seed(), seedRule, SweepRunner.describe(design),
                id.designSha256(), factors, opt.shard().toString(),
                List.of(opt.shard().firstPoint(design.points()), opt.shard().endPoint(design.points())), id.keep(), id.settingsSha256(),
                status, runs, failed, outputs(opt), files, System.getProperty("java.version"), opt.threads(), started.toString(),
                ended == null ? null : ended.toString(), base.scenario(), null, null));
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
