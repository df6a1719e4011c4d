package org.alignsim.report;

import org.alignsim.cli.Cli;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ChartImages;
import org.alignsim.results.Json;
import org.jfree.chart.ChartFactory;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's "Sensitivity analysis" section: sweep, then analyze, gives one report with the
 * analyses' tables and charts; a sweep without analyses has no such section.
 */
class SensitivityReportTest {

    @TempDir
    Path tmp;

    static final String SECTION = "<h2 id=\"sensitivity\">Sensitivity analysis</h2>";

    static Path mini() throws URISyntaxException {
        return Path.of(SensitivityReportTest.class.getResource("/scenarios/mini.yaml").toURI());
    }

    /** A real sweep of the six-state test world over two mechanism weights, run by the CLI (which writes report.html). */
    private Path sweep(String name, String design, boolean report) throws Exception {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nscenario: " + mini() + "\nseed: 3\nreplications: 1\ndesign: " + design
                + "\nfactors:\n  weights.trade: {min: 0, max: 2}\n  weights.threat: {min: 0, max: 8}\n");
        Path dir = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "-q"));
        if (!report) args.add("--no-report");
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return dir;
    }

    private static Cli.Result ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** A CSV of the analysis as rows of column name to text. */
    static List<Map<String, String>> csv(Path file) throws Exception {
        // Read with Commons CSV as a user's tool would read it, not with AlignSim's own reader.
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord r : p) rows.add(new HashMap<>(r.toMap()));
            return rows;
        }
    }

    static String num(Map<String, String> row, String col) {
        return Html.num(Double.parseDouble(row.get(col)));
    }

    /** The section's HTML, between its heading and the next section that is not part of it. */
    static String section(String page) {
        int i = page.indexOf(SECTION);
        assertTrue(i >= 0, "the report has a Sensitivity analysis section");
        int j = page.indexOf("<h2>", i + SECTION.length());
        return page.substring(i, j < 0 ? page.length() : j);
    }

    /** Every image of the section is linked relative to the page, exists as a PNG of twice its shown size, and has its SVG. */
    static List<String> assertImages(Path html, String section) throws Exception {
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\"").matcher(section);
        List<String> srcs = new ArrayList<>();
        while (m.find()) {
            String src = m.group(1);
            srcs.add(src);
            assertFalse(src.startsWith("/") || src.contains(":"), "relative path: " + src);
            Path png = html.resolveSibling(URLDecoder.decode(src, StandardCharsets.UTF_8)).normalize();
            int w = Integer.parseInt(m.group(2)), h = Integer.parseInt(m.group(3));
            ChartImages.assertPng(png, w * ChartFiles.PNG_SCALE, h * ChartFiles.PNG_SCALE);
            Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
            ChartImages.assertSvg(svg, w, h);
            assertTrue(section.contains("<a href=\"" + src.replace(".png", ".svg") + "\">SVG</a>"), "SVG link for " + src);
        }
        return srcs;
    }

    @Test
    void sweepThenAnalyzeGivesOneReportWithTheAnalyses() throws Exception {
        Path dir = sweep("salt", "{type: saltelli, samples: 16}", true);
        Path html = dir.resolve("report.html");
        assertFalse(Files.readString(html).contains("Sensitivity analysis"), "no analysis yet, no section");

        Cli.Result sobol = ok("analyze", "sobol", dir.toString(), "--outcome", "mean_alignment", "--outcome", "share_us_count", "--bootstrap", "200");
        assertTrue(sobol.out().contains("report " + html.toAbsolutePath().normalize()), sobol.out());
        String page = Files.readString(html);
        String sec = section(page);
        assertTrue(sec.contains("<h3>Sobol indices</h3>"));
        assertTrue(sec.contains("How to read: S1 is the share"), "one sentence on how to read it");
        List<Map<String, String>> rows = csv(dir.resolve("analysis/sobol.csv"));
        assertEquals(4, rows.size());
        for (Map<String, String> r : rows) {
            String cells = "<td><code>" + r.get("factor") + "</code></td><td class=\"n\">" + num(r, "S1") + " <span class=\"band\">["
                    + num(r, "S1_lo") + ", " + num(r, "S1_hi") + "]</span></td><td class=\"n\">" + num(r, "ST") + " <span class=\"band\">["
                    + num(r, "ST_lo") + ", " + num(r, "ST_hi") + "]</span></td></tr>";
            assertTrue(sec.contains(cells), "Sobol row " + r + " in\n" + sec);
        }
        assertTrue(sec.contains("<td rowspan=\"2\"><code>mean_alignment</code></td>"), "the outcome heads its factors' rows");
        List<String> images = assertImages(html, sec);
        for (String o : List.of("mean_alignment", "share_us_count")) {
            if (Files.exists(dir.resolve("analysis/sobol_" + o + ".png"))) assertTrue(images.contains("analysis/sobol_" + o + ".png"), images.toString());
        }
        assertFalse(images.isEmpty());
        assertTrue(Files.exists(dir.resolve("charts")), "the sweep's own charts are still there");
        assertTrue(page.indexOf("<h2>Charts</h2>") < page.indexOf(SECTION), "one report: the sweep's charts, then the analyses");

        // PRIM on the same folder, at the median of mean_alignment: half the points are of interest.
        double[] y = csv(dir.resolve("runs.csv")).stream().mapToDouble(r -> Double.parseDouble(r.get("mean_alignment"))).sorted().toArray();
        String threshold = Double.toString(y[y.length / 2]);
        ok("analyze", "prim", dir.toString(), "--outcome", "mean_alignment", "--threshold", threshold);
        sec = section(Files.readString(html));
        assertTrue(sec.contains("<h3>Sobol indices</h3>"), "the Sobol results stay");
        assertTrue(sec.contains("<h3>Scenario discovery (PRIM)</h3>"));
        assertTrue(sec.contains("those where <code>mean_alignment</code>, averaged over the replications, is ≥ " + threshold), sec);
        Map<String, String> chosen = csv(dir.resolve("analysis/prim_trajectory.csv")).stream()
                .filter(r -> r.get("chosen").equals("true")).findFirst().orElseThrow();
        assertTrue(sec.contains("<tr><th>coverage</th><td>" + num(chosen, "coverage") + "</td></tr>"), sec);
        assertTrue(sec.contains("<tr><th>density</th><td>" + num(chosen, "density") + "</td></tr>"), sec);
        assertTrue(sec.contains("step " + chosen.get("step") + " of prim_trajectory.csv"), sec);
        String prim = sec.substring(sec.indexOf("<h3>Scenario discovery (PRIM)</h3>"));
        String free = prim.substring(prim.indexOf("Unrestricted (any value in its range): "));
        free = free.substring(0, free.indexOf("</p>"));
        for (Map<String, String> l : csv(dir.resolve("analysis/prim_box.csv"))) {
            String factor = "<code>" + l.get("factor") + "</code>";
            boolean restricted = l.get("restricted").equals("true");
            assertEquals(restricted, prim.contains("<tr><td>" + factor + "</td><td class=\"n\">"), "a row of limits only for a restricted factor: " + l);
            assertEquals(!restricted, free.contains(factor), "unrestricted factors listed: " + l + " in " + free);
        }
        assertTrue(assertImages(html, sec).contains("analysis/prim_tradeoff.png"));
        ReportTest.assertChartsExist(html);
    }

    @Test
    void morrisResultsAppearAfterAnalyzeMorris() throws Exception {
        Path dir = sweep("mor", "{type: morris, samples: 4, levels: 4}", true);
        ok("analyze", "morris", dir.toString(), "--outcome", "share_us_count");
        String sec = section(Files.readString(dir.resolve("report.html")));
        assertTrue(sec.contains("<h3>Morris elementary effects</h3>"));
        assertTrue(sec.contains("How to read: mu* is the mean size"));
        for (Map<String, String> r : csv(dir.resolve("analysis/morris.csv"))) {
            assertTrue(sec.contains("<td><code>" + r.get("factor") + "</code></td><td class=\"n\">" + num(r, "mu_star") + "</td><td class=\"n\">"
                    + num(r, "sigma") + "</td><td class=\"n\">" + num(r, "mu") + "</td></tr>"), "Morris row " + r);
        }
        assertEquals(List.of("analysis/morris_share_us_count.png"), assertImages(dir.resolve("report.html"), sec));
        assertFalse(sec.contains("Sobol indices") || sec.contains("PRIM"), "only the analyses that were run");
    }

    @Test
    void analyzeWritesNoReportWhereThereWasNone() throws Exception {
        Path dir = sweep("quiet", "{type: morris, samples: 4, levels: 4}", false);
        Cli.Result r = ok("analyze", "morris", dir.toString());
        assertFalse(Files.exists(dir.resolve("report.html")), "--no-report stays without a report");
        assertFalse(r.out().contains("report "), r.out());
        // ... until asked for one, which then has the section.
        ok("report", dir.toString(), "-q");
        assertTrue(Files.readString(dir.resolve("report.html")).contains(SECTION));
    }

    /** A small real chart as analysis/NAME.png and .svg. */
    private static void chart(Path dir, String name) {
        Headless.ensure();
        XYSeries s = new XYSeries("s");
        for (int i = 0; i < 10; i++) s.add(i, i * i);
        var c = ChartFactory.createXYLineChart("a chart", "x", "y", new XYSeriesCollection(s));
        ChartFiles.save(c, dir.resolve(name), 400, 300, true, true);
    }

    /** Analysis files written by hand, with text that needs escaping, and a report written elsewhere. */
    private Path handWritten() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1").factor("x<y>&z", "0", "1");
        Path dir = s.write(tmp.resolve("sweep dir"));
        Path a = Files.createDirectories(dir.resolve("analysis"));
        Files.writeString(a.resolve("sobol.csv"), "factor,outcome,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi\n"
                + "weights.trade,share_us_gdp,0.5,0.4,0.6,0.55,0.45,0.65\n"
                + "x<y>&z,share_us_gdp,0.25,0.2,0.3,0.4,0.3,0.5\n");
        chart(a, "sobol_share_us_gdp");
        Files.writeString(a.resolve("prim_box.csv"), "factor,lower,upper,restricted,min,max\n"
                + "weights.trade,0.5,1,true,0,1\nx<y>&z,0,1,false,0,1\n");
        Files.writeString(a.resolve("prim_trajectory.csv"), "step,kind,n,mass,coverage,density,restricted,chosen\n"
                + "0,peel,4,1,1,0.5,0,false\n1,peel,2,0.5,0.9,0.8,1,true\n");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("outcome", "share_us_gdp");
        settings.put("of_interest", "<=");
        settings.put("threshold", 0.25);
        settings.put("points", 4);
        settings.put("points_of_interest", 2);
        settings.put("rule", "knee");
        Json.write(a.resolve("prim.json"), settings);
        return dir;
    }

    @Test
    void handWrittenAnalysisIsEscapedAndLinkedFromAnotherFolder() throws Exception {
        Path dir = handWritten();
        Path out = tmp.resolve("elsewhere");
        ok("report", dir.toString(), "--out", out.toString(), "-q");
        Path html = out.resolve("report.html");
        String sec = section(Files.readString(html));
        assertTrue(sec.contains("<td><code>x&lt;y&gt;&amp;z</code></td><td class=\"n\">0.250 <span class=\"band\">[0.200, 0.300]</span></td>"
                + "<td class=\"n\">0.400 <span class=\"band\">[0.300, 0.500]</span></td></tr>"), sec);
        assertFalse(sec.contains("x<y>"), "input text is escaped");
        // weights.trade (ST 0.55) before x<y>&z (ST 0.4): sorted by ST.
        assertTrue(sec.indexOf("weights.trade") < sec.indexOf("x&lt;y&gt;&amp;z"));
        assertEquals(List.of("../sweep%20dir/analysis/sobol_share_us_gdp.png"), assertImages(html, sec));
        assertTrue(sec.contains("is ≤ 0.25"), sec);
        assertTrue(sec.contains("<tr><td><code>weights.trade</code></td><td class=\"n\">0.5</td><td class=\"n\">–</td><td class=\"n\">0 – 1</td></tr>"), sec);
        assertTrue(sec.contains("Unrestricted (any value in its range): <code>x&lt;y&gt;&amp;z</code>."), sec);
        assertTrue(sec.contains("<tr><th>coverage</th><td>0.900</td></tr>") && sec.contains("<tr><th>density</th><td>0.800</td></tr>"), sec);
        assertFalse(sec.contains("prim_tradeoff"), "no chart where the analysis drew none");
        assertFalse(Files.readString(html).contains("<script"));
    }

    @Test
    void aDamagedAnalysisFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path dir = handWritten();
        Files.writeString(dir.resolve("analysis/sobol.csv"), "factor,outcome,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi\nweights.trade,share_us_gdp,0.5,x,0.6,0.55,0.45,0.65\n");
        Cli.Result r = Cli.run("report", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("sobol.csv: line 2: column 'S1_lo': 'x' is not a number"), r.err());
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void aSweepWithoutAnalysisHasNoSection() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1").factor("weights.threat", "0", "4");
        Path dir = s.write(tmp.resolve("plain"));
        Files.createDirectories(dir.resolve("analysis"));   // an empty folder is no analysis
        String page = Files.readString(Reports.writeFor(dir));
        assertFalse(page.contains("Sensitivity analysis"), "no section without analysis files");
        assertFalse(page.contains("analysis/"));
        assertTrue(Arrays.asList(page.split("\n")).contains("<h2>Charts</h2>"));
    }
}
