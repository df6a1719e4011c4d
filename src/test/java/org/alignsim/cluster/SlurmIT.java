package org.alignsim.cluster;

import org.alignsim.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs a sweep through `alignsim slurm` on a real single-node Slurm cluster on localhost (started
 * and stopped by src/test/slurm/*.sh) and checks that the merged files are byte-identical to a
 * single-machine sweep, that a failed shard is reported by the merge job with its number, and that
 * --resume completes it.
 */
@Tag("system")
class SlurmIT {
    static Path cluster;
    static Path jar = Path.of(System.getProperty("alignsim.jar", "target/alignsim.jar")).toAbsolutePath();

    record Out(int code, String out, String err) {}

    static Out sh(Map<String, String> env, long timeoutSeconds, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path o = Files.createTempFile("it", ".out"), e = Files.createTempFile("it", ".err");
        pb.redirectOutput(o.toFile()).redirectError(e.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + String.join(" ", cmd));
        }
        Out r = new Out(p.exitValue(), Files.readString(o), Files.readString(e));
        Files.delete(o);
        Files.delete(e);
        return r;
    }

    static Map<String, String> env() {
        return Map.of("SLURM_CONF", cluster.resolve("slurm.conf").toString());
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Out r = sh(Map.of(), 300, "bash", "src/test/slurm/start-cluster.sh");
        assertEquals(0, r.code(), r.err());
        cluster = Path.of(r.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) sh(Map.of(), 60, "bash", "src/test/slurm/stop-cluster.sh", cluster.toString());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SlurmIT.class.getResource("/" + name).toURI());
    }

    Out alignsim(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return sh(env, 120, cmd.toArray(new String[0]));
    }

    /** Waits (bounded) until none of the jobs is pending or running. */
    static void await(List<String> ids) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            Out q = sh(env(), 30, "squeue", "-h", "-j", String.join(",", ids), "-o", "%i %T %r");
            if (q.out().isBlank()) return;
            if (q.out().contains("DependencyNeverSatisfied")) fail("a job waits on a dependency that can never be met: " + q.out());
            Thread.sleep(500);
        }
        fail("jobs " + ids + " did not finish within 240 s");
    }

    static List<String> jobIds(Path dir) throws IOException {
        String json = Files.readString(dir.resolve("slurm/submission.json"));
        List<String> ids = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"(\\d+)\"").matcher(json.substring(json.indexOf("\"jobs\"")));
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    @Test
    void aSweepOnSlurmEqualsOneOnThisMachineAndAFailedShardIsReportedAndResumed(@TempDir Path tmp) throws Exception {
        Path sweep = resource("sweeps/mini-sweep.yaml");
        Path dir = tmp.resolve("cluster-run");
        Out first = alignsim(env(), "slurm", sweep.toString(), "--tasks", "3", "--partition", "normal", "--time", "00:10:00",
                "--mem-per-cpu", "256M", "--out", dir.toString(), "--fail-task", "1");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("merge job"), first.out());
        await(jobIds(dir));
        // Shard 1 failed: the merge job ran anyway (afterany) and refused, naming the shard.
        assertFalse(Files.exists(dir.resolve("merged/runs.csv")), "no merged result without shard 1");
        String mergeLog = String.join("\n", readAll(dir.resolve("slurm/logs"), "merge-"));
        assertTrue(mergeLog.contains("shard 1 missing"), mergeLog);

        Out again = alignsim(env(), "slurm", sweep.toString(), "--tasks", "3", "--partition", "normal", "--time", "00:10:00",
                "--mem-per-cpu", "256M", "--out", dir.toString(), "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("shards 1)"), "only the missing shard is resubmitted: " + again.out());
        await(jobIds(dir));
        assertTrue(Files.exists(dir.resolve("merged/runs.csv")), String.join("\n", readAll(dir.resolve("slurm/logs"), "")));

        Path local = tmp.resolve("local");
        assertEquals(0, Main.execute("sweep", sweep.toString(), "--out", local.toString(), "-q"));
        for (String f : new String[]{"design.csv", "runs.csv", "timeseries.csv"}) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(dir.resolve("merged").resolve(f)), f);
        }
    }

    static List<String> readAll(Path logs, String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(logs)) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                out.add(p.getFileName() + ": " + Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void badInputIsRefusedAndNothingIsSubmitted(@TempDir Path tmp) throws Exception {
        Path sweep = resource("sweeps/mini-sweep.yaml");
        Out partition = alignsim(env(), "slurm", sweep.toString(), "--tasks", "2", "--partition", "nosuch", "--out", tmp.resolve("a").toString());
        assertEquals(2, partition.code());
        assertTrue(partition.err().contains("no such partition"), partition.err());
        Out tooMany = alignsim(env(), "slurm", sweep.toString(), "--tasks", "100", "--out", tmp.resolve("b").toString());
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("more than the 6 design points"), tooMany.err());
        String javaDir = Path.of(System.getProperty("java.home"), "bin").toString();
        Out noSbatch = alignsim(Map.of("SLURM_CONF", env().get("SLURM_CONF"), "PATH", javaDir), "slurm", sweep.toString(), "--tasks", "2",
                "--out", tmp.resolve("c").toString());
        assertEquals(2, noSbatch.code());
        assertTrue(noSbatch.err().contains("no sbatch on PATH"), noSbatch.err());
        // A folder holding another sweep's submission.
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(sweep).replace("seed: 99", "seed: 7").replace("../scenarios/mini.yaml", resource("scenarios/mini.yaml").toString()));
        Out dry = alignsim(env(), "slurm", other.toString(), "--tasks", "2", "--out", tmp.resolve("d").toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("#SBATCH --time=01:00:00"), dry.out());
        Out different = alignsim(env(), "slurm", sweep.toString(), "--tasks", "2", "--out", tmp.resolve("d").toString(), "--resume");
        assertEquals(2, different.code());
        assertTrue(different.err().contains("different sweep"), different.err());
        for (Out o : List.of(partition, tooMany, noSbatch, different)) assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(sh(env(), 30, "squeue", "-h").out().isBlank(), "nothing was submitted");
    }
}
