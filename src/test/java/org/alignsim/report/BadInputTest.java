package org.alignsim.report;

import org.alignsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to report, chart and compare: one line naming the file and the problem, exit 2, no report written. */
class BadInputTest {

    @TempDir
    Path tmp;

    private Path sweep() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("a", "0", "1").factor("b", "0", "1");
        return s.write(tmp.resolve("sweep"));
    }

    /** Exit 2, a single line on stderr containing every expected fragment, and no report.html or charts/. */
    private static void assertRefused(Path dir, String[] args, String... fragments) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "one line: " + r.err());
        for (String f : fragments) assertTrue(lines.get(0).contains(f), lines.get(0) + " should mention " + f);
        assertTrue(lines.get(0).startsWith("alignsim: error: "));
        if (dir != null) {
            assertFalse(Files.exists(dir.resolve("report.html")), "no report written");
            assertFalse(Files.exists(dir.resolve("charts")), "no charts written");
        }
    }

    private static void truncateLastRow(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, last.substring(0, last.lastIndexOf(',', last.lastIndexOf(',') - 1)));
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    @Test
    void folderThatIsNotAResult() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("photos"));
        assertRefused(d, new String[]{"report", d.toString()}, d.toString(), "not an AlignSim result folder");
        assertRefused(null, new String[]{"report", tmp.resolve("nowhere").toString()}, "no such folder");
    }

    @Test
    void manifestOfAnotherProgram() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(d.resolve("manifest.json"), "{\"command\": \"bench\"}");
        assertRefused(d, new String[]{"report", d.toString()}, "manifest.json", "'bench'");
        Files.writeString(d.resolve("manifest.json"), "{\"command\": ");
        assertRefused(d, new String[]{"report", d.toString()}, "manifest.json", "not valid JSON");
    }

    @Test
    void missingCsv() throws Exception {
        Path d = sweep();
        Files.delete(d.resolve("runs.csv"));
        assertRefused(d, new String[]{"report", d.toString()}, "runs.csv", "missing");
        Path run = FakeResults.run(tmp.resolve("run"), "x", 1);
        Files.delete(run.resolve("timeseries.csv"));
        assertRefused(run, new String[]{"report", run.toString()}, "timeseries.csv", "missing");
    }

    @Test
    void rowWithFewerColumnsThanTheHeader() throws Exception {
        Path d = sweep();
        truncateLastRow(d.resolve("runs.csv"));
        assertRefused(d, new String[]{"report", d.toString()}, "runs.csv", "line 9", "fields where the header has");
    }

    @Test
    void truncatedTimeseriesOfAFinishedSweep() throws Exception {
        Path d = sweep();
        List<String> lines = Files.readAllLines(d.resolve("timeseries.csv"));
        Files.write(d.resolve("timeseries.csv"), lines.subList(0, lines.size() - 10));
        assertRefused(d, new String[]{"report", d.toString()}, "timeseries.csv", "point 3", "truncated");
    }

    @Test
    void runsMissingFromAFinishedSweep() throws Exception {
        Path d = sweep();
        List<String> lines = Files.readAllLines(d.resolve("runs.csv"));
        Files.write(d.resolve("runs.csv"), lines.subList(0, 5));
        assertRefused(d, new String[]{"report", d.toString()}, "runs.csv", "4 runs", "finished 8");
    }

    @Test
    void notANumber() throws Exception {
        Path run = FakeResults.run(tmp.resolve("run"), "x", 1);
        String ts = Files.readString(run.resolve("timeseries.csv")).replaceFirst("\n1,2024.5,", "\n1,soon,");
        Files.writeString(run.resolve("timeseries.csv"), ts);
        assertRefused(run, new String[]{"report", run.toString()}, "timeseries.csv", "line 3", "'soon' is not a number");
    }

    @Test
    void unknownOutcomeListsTheValidNames() throws Exception {
        Path d = sweep();
        assertRefused(d, new String[]{"chart", "timeseries", d.toString(), "--outcome", "us_bloc_gdp_share", "--svg"},
                "unknown outcome 'us_bloc_gdp_share'", "share_us_gdp", "asian_nato_formed");
    }

    @Test
    void phaseOfASingleRun() throws Exception {
        Path run = FakeResults.run(tmp.resolve("run"), "x", 1);
        assertRefused(null, new String[]{"chart", "phase", run.toString()}, "needs a sweep folder");
    }

    @Test
    void badPoint() throws Exception {
        Path d = sweep();
        assertRefused(null, new String[]{"chart", "timeseries", d.toString(), "--point", "9"}, "--point 9", "0-3");
    }

    @Test
    void compareWithABadFolderWritesNothing() throws Exception {
        Path good = FakeResults.run(tmp.resolve("run"), "x", 1);
        Path bad = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("cmp");
        assertRefused(out, new String[]{"compare", good.toString(), bad.toString(), "--out", out.toString()}, "empty", "not an AlignSim result folder");
        assertFalse(Files.exists(out));
    }
}
