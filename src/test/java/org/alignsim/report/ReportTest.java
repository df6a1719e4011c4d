package org.alignsim.report;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ChartImages;
import org.alignsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.html for run and sweep folders: contents, charts on disk, escaping, partial sweeps. */
class ReportTest {

    @TempDir
    Path tmp;

    static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Every chart the page shows exists next to it, as a real PNG of the size the page says (x2), with its SVG. */
    static void assertChartsExist(Path html) throws Exception {
        String page = read(html);
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"").matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
            String src = m.group(1);
            // The report's own charts, or those `alignsim analyze` drew in analysis/.
            assertTrue(src.startsWith("charts/") || src.startsWith("analysis/"), "relative path: " + src);
            Path png = html.resolveSibling(src);
            int w = Integer.parseInt(m.group(2)), h = Integer.parseInt(m.group(3));
            ChartImages.assertPng(png, w * ChartFiles.PNG_SCALE, h * ChartFiles.PNG_SCALE);
            ChartImages.assertSvg(png.resolveSibling(png.getFileName().toString().replace(".png", ".svg")), w, h);
        }
        assertTrue(n >= 2, "the report shows charts");
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script"), "offline, no scripts");
    }

    @Test
    void sweepReportListsEveryFactorAndHasChartsAndStats() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1").factor("weights.threat", "0", "4").factor("states.IND.hedging", "0.2", "0.8");
        Path dir = s.write(tmp.resolve("sweep"));
        Cli.Result r = Cli.run("report", dir.toString());
        assertEquals(0, r.code(), r.err());
        Path html = dir.resolve("report.html");
        String page = read(html);
        for (String f : List.of("weights.trade", "weights.threat", "states.IND.hedging")) {
            assertTrue(page.contains("<td><code>" + f + "</code></td>"), "factor table lists " + f);
        }
        assertTrue(page.contains("full_factorial: 8 design points × 2 replications = 16 runs"));
        assertTrue(page.contains("2 min 5 s"), "time taken from started/ended");
        assertTrue(page.contains("alignsim test"), "program version");
        assertTrue(page.contains("Summary statistics per design point"));
        assertTrue(page.contains("50 %"), "share of runs in which the Asian NATO formed");
        assertTrue(page.contains("averaged over states.IND.hedging"), "third factor averaged in the heat map");
        assertFalse(page.contains("Partial result"));
        assertChartsExist(html);
        assertTrue(Files.exists(dir.resolve("charts/phase-asian_nato_formed.png")));
    }

    @Test
    void runReport() throws Exception {
        Path dir = FakeResults.run(tmp.resolve("run"), "baseline", 42);
        Path html = Reports.write(dir, tmp.resolve("elsewhere"));
        assertEquals(tmp.resolve("elsewhere/report.html").toAbsolutePath().normalize(), html);
        String page = read(html);
        assertTrue(page.contains("Single run"));
        assertTrue(page.contains("<a href=\"../run/timeseries.csv\">"), "relative link to the data");
        assertTrue(page.contains("1.5 s"));
        assertChartsExist(html);
        assertFalse(Files.exists(dir.resolve("report.html")), "--out leaves the result folder alone");
    }

    /** The map fills each state with its final alignment's colour: the fake run's values, through the bloc scale. */
    @Test
    void runSweepAndCompareReportsShowMapsOfTheFinalAlignment() throws Exception {
        Path run = FakeResults.run(tmp.resolve("run"), "baseline", 42);
        String page = read(Reports.writeFor(run));
        assertTrue(page.contains("<img src=\"charts/map.png\""), "the run's map");
        BufferedImage map = ImageIO.read(run.resolve("charts/map.png").toFile());
        Map<Integer, Integer> counts = new HashMap<>();
        // The map itself, above its legend (whose colour bar holds every colour of the scale).
        for (int y = 0; y < map.getHeight() * 2 / 3; y++) for (int x = 0; x < map.getWidth(); x++) counts.merge(map.getRGB(x, y), 1, Integer::sum);
        for (int i = 0; i < FakeResults.CODES.length; i++) {
            double a = i == 0 ? 1 : i == 1 ? -1 : FakeResults.alignment(i, 42);
            int rgb = BlocColors.forAlignment(a).getRGB();
            assertTrue(counts.getOrDefault(rgb, 0) > 100, FakeResults.CODES[i] + " filled with the colour of " + a + ": " + counts.getOrDefault(rgb, 0) + " pixels");
        }
        assertTrue(counts.getOrDefault(BlocColors.NO_DATA.getRGB(), 0) > 1000, "countries not in the scenario, grey");

        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1", "2", "3", "4");
        Path sweep = s.write(tmp.resolve("sweep"));
        String sweepPage = read(Reports.writeFor(sweep));
        // One map per design point of the time-series panels: the lowest, middle and highest of five.
        List<String> maps = Pattern.compile("charts/(map-point\\d+)\\.png\"").matcher(sweepPage).results().map(m -> m.group(1)).distinct().toList();
        assertEquals(3, maps.size(), maps.toString());
        for (String m : maps) assertTrue(sweepPage.contains("Final alignment, ") && Files.isRegularFile(sweep.resolve("charts/" + m + ".svg")), m);

        Cli.Result r = Cli.run("compare", run.toString(), sweep.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(0, r.code(), r.err());
        String cmp = read(tmp.resolve("cmp/report.html"));
        assertTrue(cmp.contains("charts/compare-map-1.png") && cmp.contains("charts/compare-map-2.png"), "a map per result");
        assertChartsExist(tmp.resolve("cmp/report.html"));
    }

    @Test
    void partialSweepIsMarkedWithItsRunCount() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("a", "0", "1", "2").factor("b", "0", "1");
        s.reps = 3;
        s.status = "running";
        s.runsWritten = 7;            // of 18; points 0 and 1 complete, point 2 has one run
        s.tornTail = "7,2,1,1007,ok,,0,";   // a row cut mid-write
        Path dir = s.write(tmp.resolve("partial"));
        Cli.Result r = Cli.run("report", dir.toString());
        assertEquals(0, r.code(), r.err());
        String page = read(dir.resolve("report.html"));
        assertTrue(page.contains("Partial result: 7 of 18 runs (sweep status: running)"), page);
        assertTrue(page.contains("3 design points have no runs yet"));
        assertTrue(page.contains("not finished"));
        assertChartsExist(dir.resolve("report.html"));
    }

    @Test
    void textFromInputsIsEscaped() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.name = "<script>alert(1)</script>";
        s.scenario = "a & b <i>";
        s.factor("events.x\"y.size", "0", "1");
        Path dir = s.write(tmp.resolve("esc"));
        String page = read(Reports.writeFor(dir));
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("a &amp; b &lt;i&gt;"));
        assertTrue(page.contains("events.x&quot;y.size"));
    }

    @Test
    void comparisonShowsDifferencesFromTheFirst() throws Exception {
        Path a = FakeResults.run(tmp.resolve("a"), "baseline", 1);
        Path b = FakeResults.run(tmp.resolve("b"), "taiwan-crisis", 3);
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.scenario = "baseline";
        Path c = s.write(tmp.resolve("c"));
        Cli.Result r = Cli.run("compare", a.toString(), b.toString(), c.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(0, r.code(), r.err());
        Path html = tmp.resolve("cmp/report.html");
        String page = read(html);
        assertTrue(page.contains("Δ taiwan-crisis"));
        assertTrue(page.contains("Δ fake-sweep"));
        // seed 3 vs seed 1: every final value is 0.02 higher (see FakeResults.value).
        assertTrue(page.contains("+0.020"), "difference of the means");
        assertChartsExist(html);
    }

    @Test
    void reportIsReplacedWhole() throws Exception {
        Path dir = FakeResults.run(tmp.resolve("run"), "baseline", 42);
        Reports.writeFor(dir);
        Files.writeString(dir.resolve("charts/stale.png"), "old");
        Reports.writeFor(dir);
        assertFalse(Files.exists(dir.resolve("charts/stale.png")), "charts/ is replaced, not merged");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".report-")), "no staging folder left");
        }
    }
}
