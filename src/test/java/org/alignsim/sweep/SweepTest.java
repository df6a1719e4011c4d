package org.alignsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.cli.Cli;
import org.alignsim.results.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SweepTest {
    static final String[] DATA = {"design.csv", "runs.csv", "timeseries.csv"};

    static Path resource(String name) {
        try {
            return Path.of(SweepTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Cli.Result cli(String... args) {
        return Cli.run(args);
    }

    static void sweep(Path out, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "sweep";
        args[1] = resource("sweeps/mini-sweep.yaml").toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        Cli.Result e = cli(args);
        assertEquals(0, e.code(), e.err());
    }

    static void assertSameData(Path a, Path b) throws IOException {
        for (String f : DATA) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void theThreadCountDoesNotChangeAByte(@TempDir Path tmp) throws IOException {
        sweep(tmp.resolve("one"), "--threads", "1", "-q");
        sweep(tmp.resolve("four"), "--threads", "4", "-q");
        assertSameData(tmp.resolve("one"), tmp.resolve("four"));
        // 3 x 2 points x 4 replications, one row each, plus the header.
        assertEquals(1 + 24, Files.readAllLines(tmp.resolve("one/runs.csv")).size());
    }

    @Test
    void threeMergedShardsEqualOneUnshardedSweep(@TempDir Path tmp) throws IOException {
        sweep(tmp.resolve("whole"), "-q");
        for (int k = 0; k < 3; k++) sweep(tmp.resolve("s" + k), "--shard", k + "/3", "-q");
        Cli.Result e = cli("merge", tmp.resolve("s2").toString(), tmp.resolve("s0").toString(), tmp.resolve("s1").toString(),
                "--out", tmp.resolve("merged").toString());
        assertEquals(0, e.code(), e.err());
        assertSameData(tmp.resolve("whole"), tmp.resolve("merged"));
    }

    @Test
    void finishedAndMergedFoldersRecordTheSumsOfTheirFiles(@TempDir Path tmp) throws Exception {
        sweep(tmp.resolve("whole"), "-q", "--keep", "states", "--no-report");
        for (int k = 0; k < 2; k++) sweep(tmp.resolve("s" + k), "--shard", k + "/2", "-q", "--keep", "states");
        assertEquals(0, cli("merge", tmp.resolve("s0").toString(), tmp.resolve("s1").toString(), "--out", tmp.resolve("m").toString(), "--no-report").code());
        for (String folder : List.of("whole", "s0", "m")) {
            JsonNode files = Json.MAPPER.readTree(tmp.resolve(folder + "/manifest.json").toFile()).path("files");
            assertEquals(List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml"), fieldNames(files), folder);
            for (String f : fieldNames(files)) {
                Path p = tmp.resolve(folder).resolve(f);
                byte[] bytes = Files.readAllBytes(p);
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), files.path(f).path("sha256").asText(), folder + "/" + f);
                assertEquals(bytes.length, files.path(f).path("bytes").asLong(), folder + "/" + f);
                if (f.endsWith(".csv")) assertEquals(Files.readAllLines(p).size() - 1, files.path(f).path("rows").asLong(), folder + "/" + f);
            }
        }
        // 24 runs: the shards' rows add up to the whole's, and the merge records the whole's sums.
        assertEquals(24, Json.MAPPER.readTree(tmp.resolve("m/manifest.json").toFile()).path("files").path("runs.csv").path("rows").asInt());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void mergeRefusesMissingShards(@TempDir Path tmp) {
        sweep(tmp.resolve("s0"), "--shard", "0/2", "-q");
        Cli.Result e = cli("merge", tmp.resolve("s0").toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, e.code());
        assertTrue(e.err().contains("shard 1 missing"), e.err());
        assertFalse(Files.exists(tmp.resolve("m")));
    }

    @Test
    void resumingATornSweepGivesTheSameFiles(@TempDir Path tmp) throws IOException {
        sweep(tmp.resolve("whole"), "-q");
        Path torn = tmp.resolve("torn");
        sweep(torn, "-q");
        // Tear both files in the middle of a row, as a kill -9 mid-write would.
        tear(torn.resolve("runs.csv"), 0.55);
        tear(torn.resolve("timeseries.csv"), 0.4);
        // ...and a manifest cut short under its temporary name, never renamed into place.
        Path stale = torn.resolve(".manifest.json.0123456789abcdef.tmp");
        Files.writeString(stale, "{\"prog");
        sweep(torn, "--resume", "-q");
        assertSameData(tmp.resolve("whole"), torn);
        assertFalse(Files.exists(stale), "resume removes what a kill left under a temporary name");
    }

    static void tear(Path p, double fraction) throws IOException {
        long size = Files.size(p);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.truncate((long) (size * fraction) + 3);
        }
    }

    @Test
    void aFailedRunIsRecordedAndTheSweepGoesOn(@TempDir Path tmp) throws IOException {
        sweep(tmp.resolve("f"), "--fail-run", "5", "-q");
        List<String> rows = Files.readAllLines(tmp.resolve("f/runs.csv"));
        assertEquals(25, rows.size());
        assertTrue(rows.get(6).startsWith("5,1,1,"), rows.get(6));
        assertTrue(rows.get(6).contains(",failed,"), rows.get(6));
        assertTrue(rows.get(6).contains("injected failure"), rows.get(6));
        long ok = rows.stream().skip(1).filter(r -> r.contains(",ok,")).count();
        assertEquals(23, ok);
        // Point 1 averages 3 replications, the others 4.
        assertTrue(Files.readAllLines(tmp.resolve("f/timeseries.csv")).stream().anyMatch(r -> r.startsWith("1,0,") && r.contains(",3,")));
        assertTrue(Files.readString(tmp.resolve("f/manifest.json")).contains("\"failed_runs\" : 1"));
    }

    @Test
    void aSecondSweepOnTheSameFolderRefuses(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("busy");
        sweep(dir, "-q");
        try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            Cli.Result e = cli("sweep", resource("sweeps/mini-sweep.yaml").toString(), "--out", dir.toString(), "--resume", "-q");
            assertEquals(2, e.code());
            assertTrue(e.err().contains("another sweep is writing"), e.err());
            // --force must not delete a folder another sweep is writing either.
            Cli.Result f = cli("sweep", resource("sweeps/mini-sweep.yaml").toString(), "--out", dir.toString(), "--force", "-q");
            assertEquals(2, f.code());
            assertTrue(Files.exists(dir.resolve("runs.csv")));
        }
    }

    @Test
    void badSweepsStopWithOneLineAndWriteNothing(@TempDir Path tmp) throws IOException {
        String[][] cases = {
                {"weights.nonsense: {levels: [1, 2]}", "unknown scenario parameter"},
                {"weights.trade: {levels: [1, 200]}", "must be in [0, 100]"},
                {"weights.trade: {min: 2, max: 2, steps: 3}", "empty range"},
                {"weights.trade: {levels: []}", "empty list of levels"},
                {"states.XXX.gdp: {levels: [1]}", "unknown"},
        };
        for (String[] c : cases) {
            Path f = tmp.resolve("bad.yaml");
            Files.writeString(f, "name: bad\nscenario: " + resource("scenarios/mini.yaml") + "\nreplications: 2\nfactors:\n  " + c[0] + "\n");
            Path out = tmp.resolve("out");
            Cli.Result e = cli("sweep", f.toString(), "--out", out.toString());
            assertEquals(2, e.code(), c[0] + ": " + e.err());
            assertEquals(1, e.err().strip().lines().count(), e.err());
            assertTrue(e.err().contains("bad.yaml:5"), c[0] + ": " + e.err());
            assertTrue(e.err().contains(c[1]), c[0] + ": " + e.err());
            assertFalse(Files.exists(out), "nothing written for " + c[0]);
        }
        Cli.Result big = cli("sweep", resource("sweeps/mini-sweep.yaml").toString(), "--out", tmp.resolve("o2").toString(), "--max-runs", "10");
        assertEquals(2, big.code());
        assertTrue(big.err().contains("--max-runs"), big.err());
        assertFalse(Files.exists(tmp.resolve("o2")));
    }

    @Test
    void resumeRefusesAFolderOfAnotherSweep(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("d");
        sweep(dir, "-q");
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, Files.readString(resource("sweeps/mini-sweep.yaml")).replace("seed: 99", "seed: 100")
                .replace("../scenarios/mini.yaml", resource("scenarios/mini.yaml").toString()));
        Cli.Result e = cli("sweep", other.toString(), "--out", dir.toString(), "--resume");
        assertEquals(2, e.code());
        assertTrue(e.err().contains("different sweep"), e.err());
    }

    @Test
    void aStoredDesignReRunsExactly(@TempDir Path tmp) throws IOException {
        Path lhs = tmp.resolve("lhs.yaml");
        Files.writeString(lhs, "name: lhs\nscenario: " + resource("scenarios/mini.yaml") + "\nseed: 3\nreplications: 2\n"
                + "design: {type: latin_hypercube, samples: 7}\nfactors:\n  weights.trade: {min: 0, max: 3}\n  states.JPN.hedging: {min: 0, max: 1}\n");
        assertEquals(0, cli("sweep", lhs.toString(), "--out", tmp.resolve("a").toString(), "-q").code());
        Cli.Result e = cli("sweep", lhs.toString(), "--out", tmp.resolve("b").toString(), "-q", "--design", tmp.resolve("a/design.csv").toString());
        assertEquals(0, e.code(), e.err());
        assertSameData(tmp.resolve("a"), tmp.resolve("b"));
        // Factor values are written exactly, not rounded: they read back to the same doubles.
        String row = Files.readAllLines(tmp.resolve("a/design.csv")).get(1);
        assertTrue(row.split(",")[1].length() > 8, row);
    }

    @Test
    void keptStateTrajectoriesResumeAndDoNotDependOnThreads(@TempDir Path tmp) throws IOException {
        sweep(tmp.resolve("one"), "--threads", "1", "--keep", "states", "-q");
        sweep(tmp.resolve("two"), "--threads", "2", "--keep", "states", "-q");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/states.csv")), Files.readAllBytes(tmp.resolve("two/states.csv")));
        // 24 runs x 41 steps x 6 states, plus the header.
        assertEquals(1 + 24 * 41 * 6, Files.readAllLines(tmp.resolve("one/states.csv")).size());
        tear(tmp.resolve("two/states.csv"), 0.3);
        tear(tmp.resolve("two/runs.csv"), 0.8);
        sweep(tmp.resolve("two"), "--keep", "states", "--resume", "-q");
        assertSameData(tmp.resolve("one"), tmp.resolve("two"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/states.csv")), Files.readAllBytes(tmp.resolve("two/states.csv")));
    }
}
