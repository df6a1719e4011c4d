package org.alignsim.cluster;

import org.alignsim.base.UserError;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The two batch scripts of a sweep on Slurm: an array job with one task per shard, each running
 * this program's own sweep command on its slice, and a merge job that joins the shards into the
 * files a single-machine sweep writes. The array range and the dependency are given to sbatch on
 * the command line, so the same scripts serve a first submission and a resubmission of missing
 * shards.
 */
public final class SlurmScripts {
    private SlurmScripts() {}

    public record Settings(String name, Path jar, String java, Path sweepFile, Path dir, int tasks, String partition,
                           String time, String memPerCpu, int cpusPerTask, String account, boolean allowPartial,
                           Integer failTask) {}

    /** Slurm's names (partitions, accounts): letters, digits, '_', '.', '-'; sbatch takes a comma-separated list of partitions. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+"), NAMES = Pattern.compile("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");

    /** A path in a #SBATCH line is not quoted there, so it may not hold white space, quotes or control characters. */
    private static final Pattern DIRECTIVE_PATH = Pattern.compile("[^\\s'\"\\\\\\p{Cntrl}]+");

    /**
     * Refuses, in one line, anything that would not stay one word of its line in the scripts:
     * a partition or account outside Slurm's names, a newline or control character anywhere.
     * Everything that goes into a shell line is quoted as well (see {@link #q}).
     */
    public static void check(Settings s) {
        if (s.partition() != null && !NAMES.matcher(s.partition()).matches()) {
            throw new UserError("--partition '" + s.partition() + "': a Slurm partition name is letters, digits, '_', '.' and '-' "
                    + "(several separated by commas)");
        }
        if (s.account() != null && !NAME.matcher(s.account()).matches()) {
            throw new UserError("--account '" + s.account() + "': a Slurm account name is letters, digits, '_', '.' and '-'");
        }
        if (s.java().isBlank() || s.java().chars().anyMatch(Character::isISOControl)) {
            throw new UserError("--java '" + s.java() + "': give a command without newlines or control characters");
        }
        if (s.jar().toString().chars().anyMatch(Character::isISOControl)) throw new UserError("--jar: the path holds a control character");
        if (s.sweepFile().toString().chars().anyMatch(Character::isISOControl)) throw new UserError("the sweep file's path holds a control character");
        if (!DIRECTIVE_PATH.matcher(s.dir().toString()).matches()) {
            throw new UserError(s.dir() + ": the result folder's path goes into #SBATCH lines, so it may not hold spaces, quotes, "
                    + "backslashes or control characters; give another --out");
        }
    }

    public static String array(Settings s) {
        StringBuilder b = header(s, "alignsim-" + s.name(), s.dir().resolve("slurm/logs/shard-%a.out"));
        b.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask()).append('\n');
        b.append("#SBATCH --mem-per-cpu=").append(s.memPerCpu()).append('\n');
        b.append("set -euo pipefail\n");
        if (s.failTask() != null) {
            // Test hook (--fail-task): this shard fails once, so the failure path can be tested for real.
            Path marker = s.dir().resolve("slurm/.failed-once-" + s.failTask());
            b.append("if [ \"${SLURM_ARRAY_TASK_ID}\" = \"").append(s.failTask()).append("\" ] && [ ! -e ").append(q(marker)).append(" ]; then\n")
                    .append("  touch ").append(q(marker)).append("; echo \"injected failure of shard ${SLURM_ARRAY_TASK_ID}\" >&2; exit 3\nfi\n");
        }
        b.append("exec ").append(q(s.java())).append(" -jar ").append(q(s.jar())).append(" sweep ").append(q(s.sweepFile()))
                .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(s.tasks()).append("\"")
                .append(" --threads \"${SLURM_CPUS_PER_TASK:-1}\"")
                .append(" --out ").append(q(s.dir().resolve("shards"))).append("/\"${SLURM_ARRAY_TASK_ID}\"")
                .append(" --resume --quiet\n");
        return b.toString();
    }

    public static String merge(Settings s) {
        StringBuilder b = header(s, "alignsim-" + s.name() + "-merge", s.dir().resolve("slurm/logs/merge-%j.out"));
        b.append("#SBATCH --cpus-per-task=1\n");
        b.append("#SBATCH --mem-per-cpu=").append(s.memPerCpu()).append('\n');
        b.append("set -euo pipefail\n");
        b.append("shopt -s nullglob\n");
        b.append("shards=(").append(q(s.dir().resolve("shards"))).append("/*/)\n");
        b.append("if [ ${#shards[@]} -eq 0 ]; then echo \"alignsim: error: no shard finished: see ")
                .append(s.dir().resolve("slurm/logs")).append("\" >&2; exit 2; fi\n");
        b.append("exec ").append(q(s.java())).append(" -jar ").append(q(s.jar())).append(" merge \"${shards[@]}\" --out ")
                .append(q(s.dir().resolve("merged"))).append(" --force").append(s.allowPartial() ? " --allow-partial" : "").append('\n');
        return b.toString();
    }

    private static StringBuilder header(Settings s, String jobName, Path log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(jobName).append('\n');
        if (s.partition() != null) b.append("#SBATCH --partition=").append(s.partition()).append('\n');
        if (s.account() != null) b.append("#SBATCH --account=").append(s.account()).append('\n');
        b.append("#SBATCH --time=").append(s.time()).append('\n');
        b.append("#SBATCH --output=").append(log).append('\n');
        return b;
    }

    /** Single-quotes a word for bash. */
    static String q(Object o) {
        String s = o.toString();
        if (s.matches("[A-Za-z0-9_./:=+-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
