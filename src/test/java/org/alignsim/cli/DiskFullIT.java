package org.alignsim.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real full disk: a 192 KiB tmpfs (mounting one needs root; scripts/test.sh runs as root) that
 * a sweep fills part-way. The sweep, a run and a report on it must each end in one line naming
 * the file and "No space left on device", leave no temporary file and no empty folder, and once
 * the disk is made larger, --resume must end with the bytes of an uninterrupted sweep.
 */
@Tag("system")
class DiskFullIT {
    static final Path JAR = Path.of(System.getProperty("alignsim.jar", "target/alignsim.jar")).toAbsolutePath();

    @TempDir
    Path tmp;
    Path disk;

    record Out(int code, String out, String err) {}

    static Out sh(String... cmd) throws Exception {
        Path o = Files.createTempFile("diskfull", ".out"), e = Files.createTempFile("diskfull", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + String.join(" ", cmd));
            }
            return new Out(p.exitValue(), Files.readString(o), Files.readString(e));
        } finally {
            Files.delete(o);
            Files.delete(e);
        }
    }

    static Out alignsim(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return sh(cmd.toArray(new String[0]));
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) sh("umount", disk.toString());
    }

    /** One line: the file under dir that could not be written, and the system's reason. */
    static void fullDiskLine(Out r, Path dir) {
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("alignsim: error: " + dir + "/"), lines.get(0));
        assertTrue(lines.get(0).contains(": cannot write: No space left on device"), lines.get(0));
    }

    @Test
    void aFullDiskIsToldInOneLineLeavesNothingHalfWrittenAndResumeFinishesTheSweep() throws Exception {
        disk = Files.createDirectory(tmp.resolve("disk"));
        Out m = sh("mount", "-t", "tmpfs", "-o", "size=192k", "tmpfs", disk.toString());
        assertEquals(0, m.code(), "mounting a tmpfs needs root (scripts/test.sh runs as root): " + m.err());
        String sweep = BadInputCorpusTest.resource("sweeps/mini-sweep.yaml").toString();
        Path sw = disk.resolve("sw");

        Out full = alignsim("sweep", sweep, "--out", sw.toString(), "--keep", "states", "-q", "--no-report");
        fullDiskLine(full, sw);
        assertTrue(full.err().contains("--resume"), full.err());
        assertEquals(List.of(), DiskFullTest.leftovers(sw));

        // The disk is full now: a run and a report must leave nothing at all.
        Path run = disk.resolve("run");
        Out r = alignsim("run", BadInputCorpusTest.resource("scenarios/mini.yaml").toString(), "--out", run.toString(), "-q");
        fullDiskLine(r, run);
        Path whole = tmp.resolve("whole");
        assertEquals(0, alignsim("sweep", sweep, "--out", whole.toString(), "--keep", "states", "-q", "--no-report").code());
        Path rep = disk.resolve("deeper/report");
        Out rr = alignsim("report", whole.toString(), "--out", rep.toString());
        fullDiskLine(rr, rep);
        try (Stream<Path> s = Files.list(disk)) {
            assertEquals(List.of("sw"), s.map(p -> p.getFileName().toString()).toList(), "only the sweep's folder, kept for --resume");
        }

        assertEquals(0, sh("mount", "-o", "remount,size=16m", disk.toString()).code());
        Out resumed = alignsim("sweep", sweep, "--out", sw.toString(), "--keep", "states", "-q", "--no-report", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        for (String f : List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(sw.resolve(f)), f);
        }
        assertFalse(Files.exists(sw.resolve(".lock")));
    }

}
