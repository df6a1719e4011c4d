package org.alignsim.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A sweep whose points spill their series to a scratch file, run as users run it (a child
 * process): the same bytes as in memory; a scratch folder that cannot be written stops it with
 * one line naming the folder and exit code 2, and --resume then finishes it to the same bytes.
 */
class ScratchFileTest {

    private record Child(int code, String err) {}

    private static Child sweep(Path tmpdir, long inMemoryBytes, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dalignsim.sweep.inMemoryBytes=" + inMemoryBytes,
                "-cp", System.getProperty("java.class.path"), "org.alignsim.cli.Main", "sweep"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
        pb.environment().put("TMPDIR", tmpdir.toString());
        Path err = Files.createTempFile("alignsim-child", ".err");
        try {
            Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the sweep did not finish");
            return new Child(p.exitValue(), Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    @Test
    void spilledPointsGiveTheSameBytesAndAnUnwritableScratchFolderIsOneLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("small.yaml");
        Files.writeString(file, "name: small\nscenario: " + Path.of("scenarios/indo-pacific-2024.yaml").toAbsolutePath()
                + "\nseed: 3\nreplications: 6\nfactors:\n  weights.trade: {levels: [1, 4.5]}\n");
        Path scratch = Files.createDirectory(tmp.resolve("scratch"));

        Child inMemory = sweep(scratch, Long.MAX_VALUE, file.toString(), "--out", tmp.resolve("memory").toString(), "-q", "--no-report");
        assertEquals(0, inMemory.code(), inMemory.err());
        Child spilled = sweep(scratch, 0, file.toString(), "--out", tmp.resolve("spilled").toString(), "-q", "--no-report");
        assertEquals(0, spilled.code(), spilled.err());
        SweepTest.assertSameData(tmp.resolve("memory"), tmp.resolve("spilled"));
        try (var left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the scratch files are gone");
        }

        Path nowhere = tmp.resolve("no-such-folder");
        Child failed = sweep(nowhere, 0, file.toString(), "--out", tmp.resolve("resumed").toString(), "-q", "--no-report");
        assertEquals(2, failed.code(), failed.err());
        List<String> lines = failed.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), failed.err());
        assertTrue(lines.get(0).startsWith("alignsim: error: " + nowhere), lines.get(0));
        assertTrue(lines.get(0).contains("no such file or folder") && lines.get(0).contains("TMPDIR"), lines.get(0));
        assertFalse(failed.err().contains("Exception"), failed.err());

        Child resumed = sweep(scratch, 0, file.toString(), "--out", tmp.resolve("resumed").toString(), "--resume", "-q", "--no-report");
        assertEquals(0, resumed.code(), resumed.err());
        SweepTest.assertSameData(tmp.resolve("memory"), tmp.resolve("resumed"));
    }
}
