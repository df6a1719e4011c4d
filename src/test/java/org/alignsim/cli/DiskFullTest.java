package org.alignsim.cli;

import org.alignsim.base.FileBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep that runs out of room part-way, without root: the child process may write files of at
 * most 100 KiB (ulimit -f), so the growing files stop mid-sweep with "File too large", as a
 * full disk would stop it with "No space left on device" (DiskFullIT does that on a real tmpfs).
 * The sweep must say which file, keep what it finished, leave no temporary file, and --resume
 * must end with the bytes of an uninterrupted sweep.
 */
class DiskFullTest {

    @Test
    void aSweepThatRunsOutOfRoomSaysWhereAndResumesToTheSameBytes(@TempDir Path tmp) throws IOException {
        String sweep = BadInputCorpusTest.resource("sweeps/mini-sweep.yaml").toString();
        Path cut = tmp.resolve("cut");
        Cli.Result r = Cli.limited(100, "sweep", sweep, "--out", cut.toString(), "--keep", "states", "-q", "--no-report");

        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        String line = lines.get(0);
        // Which of the growing files reaches the limit first is the file system's business; the line names it.
        assertTrue(line.matches("alignsim: error: " + Pattern.quote(cut.toString()) + "/(runs|timeseries|states)\\.csv: cannot write: File too large; .*"), line);
        assertTrue(line.contains("--resume"), line);
        assertEquals(List.of(), leftovers(cut), "no temporary file or lock is left");
        long rows = Files.readAllLines(cut.resolve("runs.csv")).size() - 1;
        assertTrue(rows > 0 && rows < 24, "the sweep stopped part-way: " + rows + " runs");
        assertTrue(Files.readString(cut.resolve("manifest.json")).contains("\"status\" : \"running\""));

        Cli.Result resumed = Cli.run("sweep", sweep, "--out", cut.toString(), "--keep", "states", "-q", "--no-report", "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run("sweep", sweep, "--out", whole.toString(), "--keep", "states", "-q", "--no-report").code());
        for (String f : List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)), f);
        }
    }

    static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals(".lock") || FileBatch.TEMPORARY.matcher(n).matches() || n.endsWith(".tmp")).toList();
        }
    }
}
