package org.alignsim.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.FileBatch;
import org.alignsim.base.NewFolders;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.results.SweepManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.sweep.SweepDesign;
import org.alignsim.sweep.SweepSpec;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code alignsim slurm} does: check the sweep and the settings, write the array and merge
 * scripts into the result folder, submit them with sbatch (or, dry, only show them), and record
 * the submission so that a resubmission resubmits only the shards that did not finish.
 */
public final class SlurmSubmission {
    /** The command's settings; partition, account, out, jar and failTask may be null. */
    public record Request(Path sweepFile, int tasks, String partition, String time, String memPerCpu, int cpusPerTask, String account,
                          Path out, Path jar, String java, boolean dryRun, boolean resume, boolean allowPartial, Integer failTask) {}

    private final Path sweepFile;
    private final int tasks;
    private final String partition, time, memPerCpu, account, java;
    private final int cpusPerTask;
    private final Path out, jar;
    private final boolean dryRun, resume, allowPartial;
    private final Integer failTask;

    private SlurmSubmission(Request r) {
        sweepFile = r.sweepFile();
        tasks = r.tasks();
        partition = r.partition();
        time = r.time();
        memPerCpu = r.memPerCpu();
        cpusPerTask = r.cpusPerTask();
        account = r.account();
        out = r.out();
        jar = r.jar();
        java = r.java();
        dryRun = r.dryRun();
        resume = r.resume();
        allowPartial = r.allowPartial();
        failTask = r.failTask();
    }

    /** Submits (or, dry, only writes) the scripts; returns what to print. */
    public static String submit(Request r) throws IOException {
        return new SlurmSubmission(r).submit();
    }

    private String submit() throws IOException {
        if (tasks < 1) throw new UserError("--tasks must be at least 1");
        if (cpusPerTask < 1) throw new UserError("--cpus-per-task must be at least 1");
        if (!time.matches("(\\d+-)?\\d{1,2}(:\\d{2}){0,2}")) throw new UserError("--time " + time + ": use HH:MM:SS, MM or D-HH:MM:SS");
        if (!memPerCpu.matches("\\d+[KMGT]?")) throw new UserError("--mem-per-cpu " + memPerCpu + ": use a size such as 512M or 2G");
        SweepSpec spec = SweepSpec.load(sweepFile);
        ScenarioLoader.Loaded base = ScenarioLoader.load(spec.scenarioFile());
        SweepDesign design = SweepDesign.of(spec, Long.MAX_VALUE);
        SweepDesign.validate(spec, base, design);
        if (tasks > design.points()) {
            throw new UserError("--tasks " + tasks + " is more than the " + design.points() + " design points (" + design.runs() + " runs); shards are whole design points");
        }
        Path jarPath = (jar != null ? jar : ownJar()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jarPath) || !Files.isReadable(jarPath)) throw new UserError("--jar " + jarPath + ": no such readable file");
        if (failTask != null && (failTask < 0 || failTask >= tasks)) throw new UserError("--fail-task must be a shard number from 0 to " + (tasks - 1));

        Path dir = (out != null ? out : OutputFolder.timestamped(Path.of("results", spec.name())))
                .toAbsolutePath().normalize();
        Path slurmDir = dir.resolve("slurm"), submission = slurmDir.resolve("submission.json");
        SlurmScripts.Settings s = new SlurmScripts.Settings(spec.name(), jarPath, java, spec.file().toAbsolutePath().normalize(), dir, tasks,
                partition, time, memPerCpu, cpusPerTask, account, allowPartial, failTask);
        SlurmScripts.check(s);
        List<Integer> shards = new ArrayList<>();
        if (Files.exists(submission)) {
            JsonNode prev = ManifestFile.read(submission);
            if (!prev.path("sweep_sha256").asText().equals(spec.fileSha256())) {
                throw new UserError(Shown.path(dir) + ": holds a different sweep (" + prev.path("sweep").asText() + "); nothing submitted");
            }
            if (prev.path("tasks").asInt() != tasks) throw new UserError(Shown.path(dir) + ": was split into " + prev.path("tasks").asInt() + " tasks, not " + tasks);
            if (!resume && !dryRun) throw new UserError(Shown.path(dir) + ": already submitted; use --resume to resubmit the shards that did not finish");
            for (int k = 0; k < tasks; k++) if (!finished(dir.resolve("shards/" + k))) shards.add(k);
        } else {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) throw new UserError(Shown.path(dir) + ": exists and is not a Slurm sweep folder");
            for (int k = 0; k < tasks; k++) shards.add(k);
        }
        Path sbatch = Slurm.onPath("sbatch");
        if (!dryRun) {
            if (sbatch == null) throw new UserError("no sbatch on PATH: this machine is not a Slurm submit host (use --dry-run to write the scripts only)");
            if (partition != null) Slurm.checkPartition(partition);
        }
        NewFolders made = NewFolders.create(dir);
        boolean done = false;
        try {
            String said = submit(dir, slurmDir, submission, s, shards, spec, design);
            done = true;
            return said;
        } finally {
            // A folder made for a submission that failed goes again, scripts and all.
            if (!done && made.madeAny()) {
                OutputFolder.deleteTree(dir);
                made.undo();
            }
        }
    }

    private String submit(Path dir, Path slurmDir, Path submission, SlurmScripts.Settings s, List<Integer> shards, SweepSpec spec,
                          SweepDesign design) throws IOException {
        StringBuilder said = new StringBuilder();
        Path array = slurmDir.resolve("array.sbatch"), merge = slurmDir.resolve("merge.sbatch");
        try (FileBatch scripts = new FileBatch()) {
            scripts.writeString(array, SlurmScripts.array(s));
            scripts.writeString(merge, SlurmScripts.merge(s));
            scripts.commit();
        }
        executable(array);
        executable(merge);
        NewFolders.create(slurmDir.resolve("logs"));
        NewFolders.create(dir.resolve("shards"));
        String range = ranges(shards);
        if (dryRun) {
            said.append("# ").append(array).append("  (submit with: sbatch --array=").append(range).append(' ').append(array).append(")\n");
            said.append(Files.readString(array));
            said.append("# ").append(merge).append("  (submit with: sbatch --dependency=afterany:<array job id> ").append(merge).append(")\n");
            said.append(Files.readString(merge));
            said.append("dry run: nothing submitted; ").append(design.runs()).append(" runs in ").append(tasks).append(" shards\n");
            writeSubmission(submission, spec, design, List.of());
            return said.toString();
        }
        List<String> ids = new ArrayList<>();
        if (!shards.isEmpty()) ids.add(Slurm.submit(array, List.of("--array=" + range)));
        String dep = ids.isEmpty() ? List.<String>of().toString() : ids.get(0);
        // afterany, not afterok: the merge must run after a failed shard too, to say which one failed.
        String mergeId = Slurm.submit(merge, ids.isEmpty() ? List.of() : List.of("--dependency=afterany:" + dep));
        ids.add(mergeId);
        writeSubmission(submission, spec, design, ids);
        said.append(String.format("submitted %s (%d runs): %s%nmerge job %s runs after it and writes %s%n", spec.name(), design.runs(),
                shards.isEmpty() ? "all shards finished, merge only" : "array job " + ids.get(0) + " (shards " + range + ")",
                mergeId, dir.resolve("merged")));
        said.append(String.format("follow with: squeue -j %s   logs: %s%n", String.join(",", ids), slurmDir.resolve("logs")));
        return said.toString();
    }

    private static boolean finished(Path shardDir) {
        return Files.exists(shardDir.resolve(ManifestFile.NAME)) && SweepManifest.read(shardDir).complete();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** "0-7" or "1,4-5" */
    static String ranges(List<Integer> ks) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ks.size(); ) {
            int j = i;
            while (j + 1 < ks.size() && ks.get(j + 1) == ks.get(j) + 1) j++;
            if (b.length() > 0) b.append(',');
            b.append(ks.get(i));
            if (j > i) b.append('-').append(ks.get(j));
            i = j + 1;
        }
        return b.toString();
    }

    private static void executable(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: sbatch reads the script anyway
        }
    }

    private void writeSubmission(Path p, SweepSpec spec, SweepDesign design, List<String> ids) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweep", spec.name());
        m.put("sweep_file", spec.file().toAbsolutePath().normalize().toString());
        m.put("sweep_sha256", spec.fileSha256());
        m.put("tasks", tasks);
        m.put("runs", design.runs());
        m.put("jobs", ids);
        m.put("submitted", Instant.now().toString());
        Json.write(p, m);
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(SlurmSubmission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) return p;
        } catch (URISyntaxException | SecurityException ignored) {
            // fall through
        }
        throw new UserError("not running from a jar: give --jar with the path of target/alignsim.jar");
    }
}
