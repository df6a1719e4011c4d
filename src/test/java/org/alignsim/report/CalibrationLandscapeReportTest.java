package org.alignsim.report;

import org.alignsim.cli.Cli;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.html of `calibrate` and `landscape` folders: written at the end, by `report DIR`, images on disk, escaping, damaged files refused. */
class CalibrationLandscapeReportTest {

    @TempDir
    Path tmp;

    static Path miniCalibration() {
        try {
            return Path.of(CalibrationLandscapeReportTest.class.getResource("/calibration/mini.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Offline, no scripts, and every image the page shows is a file (relative to the page). */
    static String checkPage(Path html) throws Exception {
        assertTrue(Files.isRegularFile(html), html + " written");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<script"), "offline, no scripts");
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            String src = URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
            assertFalse(src.startsWith("/") || src.contains(":"), "relative: " + src);
            assertTrue(Files.isRegularFile(html.resolveSibling(src)), "image exists: " + src);
        }
        assertTrue(page.endsWith("</html>\n"), "complete page");
        return page;
    }

    private static int images(String page) {
        return (int) Pattern.compile("<img ").matcher(page).results().count();
    }

    private Path calibrate(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", miniCalibration().toString(), "--budget", "8", "--threads", "2", "--out", out.toString(), "-q"));
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void calibrateWritesAReportWithParametersLossChartFitAndHoldout() throws Exception {
        Path dir = calibrate("cal");
        assertTrue(Files.isRegularFile(dir.resolve("loss.svg")), "the loss chart as SVG too");
        String page = checkPage(dir.resolve("report.html"));
        for (String s : List.of("AlignSim calibration: mini-cal", "<code>weights.threat</code>", "<code>weights.ideology</code>", "in [0, 12]",
                "8 evaluations", "Loss trajectory", "Fit per state", "<code>JPN</code>", "<code>PAK</code>", "Hold-out check", "fresh seeds",
                "./alignsim run " + dir.resolve("best.yaml").toAbsolutePath().normalize())) {
            assertTrue(page.contains(s), "report shows " + s);
        }
        assertEquals(3, images(page), "the loss chart and two maps");
        assertTrue(page.contains("<img src=\"loss.png\""), "the calibration's own chart, in place");
        assertTrue(page.contains("<a href=\"loss.svg\">SVG</a>"));
        // The observed classes beside the model's, side by side.
        assertTrue(page.contains("<div class=\"pair\">\n<figure>\n<a href=\"charts/map-observed.svg\">"), "observed map first");
        assertTrue(page.contains("<img src=\"charts/map-model.png\""), "the model's map");
        for (String f : List.of("map-observed.png", "map-observed.svg", "map-model.png", "map-model.svg")) {
            assertTrue(Files.isRegularFile(dir.resolve("charts").resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("charts/loss.png")), "the loss chart is not drawn twice");

        // `report DIR` writes the same page again, and into another folder with links back.
        String before = page;
        Files.delete(dir.resolve("report.html"));
        Cli.Result r = Cli.run("report", dir.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals(before, checkPage(dir.resolve("report.html")));
        Path other = tmp.resolve("elsewhere");
        assertEquals(0, Cli.run("report", dir.toString(), "--out", other.toString(), "-q").code());
        assertTrue(checkPage(other.resolve("report.html")).contains("<img src=\"../cal/loss.png\""));

        // Without loss.png the chart is drawn again from loss.csv into charts/.
        Files.delete(dir.resolve("loss.png"));
        assertEquals(0, Cli.run("report", dir.toString(), "-q").code());
        String redrawn = checkPage(dir.resolve("report.html"));
        assertTrue(redrawn.contains("<img src=\"charts/loss.png\""), "drawn from loss.csv");
        assertTrue(Files.isRegularFile(dir.resolve("charts/loss.svg")));
    }

    @Test
    void noReportLeavesItOut() {
        Path dir = calibrate("quiet", "--no-report");
        assertTrue(Files.exists(dir.resolve("best.yaml")));
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void aDamagedFitCsvIsRefusedInOneLine() throws Exception {
        Path dir = calibrate("bad", "--no-report");
        List<String> fit = Files.readAllLines(dir.resolve("fit.csv"));
        fit.set(2, fit.get(2).replace(",us_aligned,", ",ally,").replace(",hedger,", ",ally,").replace(",china_aligned,", ",ally,"));
        Files.write(dir.resolve("fit.csv"), fit);
        refused(dir, "fit.csv", "line 3");
        // A torn row: too few fields.
        fit.set(2, fit.get(2).substring(0, fit.get(2).indexOf(',', 4)));
        Files.write(dir.resolve("fit.csv"), fit);
        refused(dir, "fit.csv", "fields");
    }

    @Test
    void anUnfinishedCalibrationIsRefused() throws Exception {
        Path dir = calibrate("running", "--no-report");
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, Files.readString(m).replace("\"status\" : \"complete\"", "\"status\" : \"running\""));
        refused(dir, "not finished", "--resume");
    }

    private Path landscapeFiles(String a) throws Exception {
        // Two friendly pairs that dislike each other: the unique optimum is {a, B} against {C, D}.
        Path sizes = tmp.resolve("sizes.csv"), p = tmp.resolve("prop.csv");
        Files.writeString(sizes, "actor,size\n" + a + ",1\nB,1\nC,2\nD,1\n");
        Files.writeString(p, "actor," + a + ",B,C,D\n" + a + ",0,1,-1,-0.5\nB,1,0,-0.5,-1\nC,-1,-0.5,0,1\nD,-0.5,-1,1,0\n");
        Path out = tmp.resolve("land");
        Cli.Result r = Cli.run("landscape", "--propensities", p.toString(), "--sizes", sizes.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void landscapeWritesAReportWithActorsCoalitionsAndEveryMinimum() throws Exception {
        Path dir = landscapeFiles("A<i>");
        String page = checkPage(dir.resolve("report.html"));
        assertFalse(page.contains("A<i>"), "actor codes are escaped");
        assertTrue(page.contains("<code>A&lt;i&gt;</code>"));
        for (String s : List.of("AlignSim landscape: prop", "Actors", "Global minimum", "Local minima", "exhaustive")) {
            assertTrue(page.contains(s), "report shows " + s);
        }
        assertTrue(page.contains("<td><code>A&lt;i&gt;</code> <code>B</code></td><td><code>C</code> <code>D</code></td>"), "the two coalitions");
        List<String> minima = Files.readAllLines(dir.resolve("minima.csv"));
        assertTrue(minima.size() >= 2);
        for (String row : minima.subList(1, minima.size())) {
            String[] f = row.split(",");
            assertTrue(page.contains("<tr><td class=\"n\">" + f[0] + "</td>"), "minimum " + f[0] + " listed");
            assertTrue(page.contains("<td class=\"n\">" + f[2] + "</td>"), "its basin");
        }
        assertFalse(page.contains("Comparison with the alignment model"), "no scenario, no comparison");
        Files.delete(dir.resolve("report.html"));
        assertEquals(0, Cli.run("report", dir.toString(), "-q").code());
        checkPage(dir.resolve("report.html"));
    }

    @Test
    void aScenarioLandscapeReportShowsTheComparisonByVerdict() throws Exception {
        Path out = tmp.resolve("mini");
        Cli.Result r = Cli.run("landscape", TestScenarios.resource("mini.yaml").toString(), "--out", out.toString(), "--replications", "4",
                "--observed", miniCalibration().toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("comparison.csv")));
        String page = checkPage(out.resolve("report.html"));
        for (String s : List.of("Comparison with the alignment model", "Agree:", "Hedging in the model:", "Opposite:", "The poles", "observed 2024",
                "<th>with USA", "<th>with CHN")) {
            assertTrue(page.contains(s), "report shows " + s);
        }
        assertTrue(page.contains("<b>agree</b>"), "comparison.md's emphasis as HTML");
        assertFalse(page.contains("| JPN |"), "the table as HTML, not Markdown");
    }

    @Test
    void aDamagedMinimaCsvIsRefusedInOneLine() throws Exception {
        Path dir = landscapeFiles("A");
        Files.delete(dir.resolve("report.html"));
        List<String> minima = Files.readAllLines(dir.resolve("minima.csv"));
        minima.set(1, minima.get(1).replaceFirst(",[AB]$", ",X"));
        Files.write(dir.resolve("minima.csv"), minima);
        refused(dir, "minima.csv", "line 2");
        Files.writeString(dir.resolve("minima.csv"), "rank,energy,basin_size,A,B,C\n");
        refused(dir, "minima.csv", "header");
    }

    /** Exit 2, one line naming what is wrong, and no report.html. */
    private static void refused(Path dir, String... fragments) throws Exception {
        Files.deleteIfExists(dir.resolve("report.html"));
        Cli.Result r = Cli.run("report", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("alignsim: error: "), r.err());
        for (String f : fragments) assertTrue(r.err().contains(f), r.err() + " should mention " + f);
        assertFalse(Files.exists(dir.resolve("report.html")), "no report written");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".report-")), "no staging folder left");
        }
    }
}
