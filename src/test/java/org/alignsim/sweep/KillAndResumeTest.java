package org.alignsim.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Kills a real sweep process with SIGKILL mid-way, resumes it, and compares with an uninterrupted sweep. */
class KillAndResumeTest {

    @Test
    void aKilledSweepResumesToTheSameBytes(@TempDir Path tmp) throws Exception {
        Path sweep = tmp.resolve("long.yaml");
        Files.writeString(sweep, "name: long\nscenario: " + Path.of("scenarios/indo-pacific-2024.yaml").toAbsolutePath()
                + "\nseed: 5\nreplications: 2\nfactors:\n  weights.trade: {min: 0, max: 4, steps: 1500}\n");
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.alignsim.cli.Main",
                "sweep", sweep.toString(), "--out", killed.toString(), "--threads", "2", "-q", "--no-report")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path runs = killed.resolve("runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && (!Files.exists(runs) || Files.size(runs) < 60_000)) Thread.sleep(20);
        assertTrue(p.isAlive(), "the sweep finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly();  // SIGKILL: no shutdown hooks, no flush
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        long rowsAtKill = Files.readAllLines(runs).size() - 1;
        assertTrue(rowsAtKill > 0 && rowsAtKill < 3000, "killed mid-way: " + rowsAtKill + " rows");

        assertEquals(0, SweepTest.cli("sweep", sweep.toString(), "--out", killed.toString(), "--resume", "-q", "--no-report").code());
        assertEquals(0, SweepTest.cli("sweep", sweep.toString(), "--out", tmp.resolve("whole").toString(), "-q", "--no-report").code());
        SweepTest.assertSameData(tmp.resolve("whole"), killed);
        assertEquals(3001, Files.readAllLines(runs).size());
    }
}
