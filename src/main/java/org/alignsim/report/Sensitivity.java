package org.alignsim.report;

import org.alignsim.results.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.analysis.AnalysisFiles;
import org.alignsim.base.UserError;
import org.alignsim.chart.ChartFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "Sensitivity analysis" section: what `alignsim analyze sobol|morris|prim` left in
 * a sweep's analysis/ folder (file names from {@link AnalysisFiles}). Everything is read and
 * checked when the report is built, before any file is written; the charts are linked where
 * the analysis wrote them, not copied.
 */
record Sensitivity(Path dir, List<SobolRow> sobol, boolean sobol2, List<MorrisRow> morris, Prim prim) {

    record SobolRow(String factor, String outcome, double s1, double s1Lo, double s1Hi, double st, double stLo, double stHi) {}

    record MorrisRow(String factor, String outcome, double mu, double muStar, double sigma) {}

    record PrimLimit(String factor, double lower, double upper, boolean restricted, double min, double max) {}

    /** The chosen box: its limits and its row of prim_trajectory.csv; settings from prim.json (null if absent). */
    record Prim(List<PrimLimit> limits, int step, String kind, int n, double mass, double coverage, double density, JsonNode settings) {}

    /** The analyses of a sweep folder, or null if there are none. */
    static Sensitivity load(Path resultDir) {
        Path dir = resultDir.resolve(AnalysisFiles.FOLDER);
        if (!Files.isDirectory(dir)) return null;
        List<SobolRow> sobol = Files.exists(dir.resolve(AnalysisFiles.SOBOL)) ? sobol(dir.resolve(AnalysisFiles.SOBOL)) : List.of();
        List<MorrisRow> morris = Files.exists(dir.resolve(AnalysisFiles.MORRIS)) ? morris(dir.resolve(AnalysisFiles.MORRIS)) : List.of();
        Prim prim = Files.exists(dir.resolve(AnalysisFiles.PRIM_BOX)) ? prim(dir) : null;
        if (sobol.isEmpty() && morris.isEmpty() && prim == null) return null;
        return new Sensitivity(dir, sobol, Files.exists(dir.resolve(AnalysisFiles.SOBOL2)), morris, prim);
    }

    private static List<SobolRow> sobol(Path file) {
        List<SobolRow> out = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            int f = r.require("factor"), o = r.require("outcome"), s1 = r.require("S1"), s1Lo = r.require("S1_lo"), s1Hi = r.require("S1_hi"),
                    st = r.require("ST"), stLo = r.require("ST_lo"), stHi = r.require("ST_hi");
            for (String[] row = r.next(); row != null; row = r.next()) {
                out.add(new SobolRow(row[f], row[o], r.number(row, s1), r.number(row, s1Lo), r.number(row, s1Hi),
                        r.number(row, st), r.number(row, stLo), r.number(row, stHi)));
            }
        }
        return out;
    }

    private static List<MorrisRow> morris(Path file) {
        List<MorrisRow> out = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            int f = r.require("factor"), o = r.require("outcome"), mu = r.require("mu"), muStar = r.require("mu_star"), sigma = r.require("sigma");
            for (String[] row = r.next(); row != null; row = r.next()) {
                out.add(new MorrisRow(row[f], row[o], r.number(row, mu), r.number(row, muStar), r.number(row, sigma)));
            }
        }
        return out;
    }

    private static Prim prim(Path dir) {
        List<PrimLimit> limits = new ArrayList<>();
        try (CsvTable r = CsvTable.open(dir.resolve(AnalysisFiles.PRIM_BOX), false)) {
            int f = r.require("factor"), lo = r.require("lower"), hi = r.require("upper"), res = r.require("restricted"),
                    min = r.require("min"), max = r.require("max");
            for (String[] row = r.next(); row != null; row = r.next()) {
                limits.add(new PrimLimit(row[f], r.number(row, lo), r.number(row, hi), bool(r, row, res), r.number(row, min), r.number(row, max)));
            }
        }
        Prim chosen = null;
        Path trajectory = dir.resolve(AnalysisFiles.PRIM_TRAJECTORY);
        try (CsvTable r = CsvTable.open(trajectory, false)) {
            int step = r.require("step"), kind = r.require("kind"), n = r.require("n"), mass = r.require("mass"), cov = r.require("coverage"),
                    den = r.require("density"), ch = r.require("chosen");
            for (String[] row = r.next(); row != null; row = r.next()) {
                if (!bool(r, row, ch)) continue;
                if (chosen != null) throw r.error("a second box marked chosen");
                chosen = new Prim(List.copyOf(limits), r.integer(row, step), row[kind], r.integer(row, n), r.number(row, mass),
                        r.number(row, cov), r.number(row, den), null);
            }
        }
        if (chosen == null) throw new UserError(trajectory + ": no box marked chosen (truncated?)");
        Path settings = dir.resolve(AnalysisFiles.PRIM_SETTINGS);
        JsonNode s = Files.exists(settings) ? Result.readJson(settings) : null;
        return new Prim(chosen.limits(), chosen.step(), chosen.kind(), chosen.n(), chosen.mass(), chosen.coverage(), chosen.density(), s);
    }

    private static boolean bool(CsvTable r, String[] row, int col) {
        return switch (row[col]) {
            case "true" -> true;
            case "false" -> false;
            default -> throw r.error("column '" + r.header()[col] + "': '" + row[col] + "' is neither true nor false");
        };
    }

    /** Outcomes in the order the file lists them. */
    private static <T> Map<String, List<T>> byOutcome(List<T> rows, java.util.function.Function<T, String> outcome) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        for (T t : rows) m.computeIfAbsent(outcome.apply(t), k -> new ArrayList<>()).add(t);
        return m;
    }

    void html(HtmlPage page, Path outDir) {
        page.html("<h2 id=\"sensitivity\">Sensitivity analysis</h2>\n").p("Written by " + Html.code("alignsim analyze") + " into <a href=\""
                + Html.esc(Html.href(outDir, dir)) + "/\">" + Html.code("analysis/") + "</a>, from the final values of this sweep's runs, "
                + "averaged over the replications of each design point. The charts are in that folder as PNG and SVG.");
        if (!sobol.isEmpty()) sobolHtml(page, outDir);
        if (!morris.isEmpty()) morrisHtml(page, outDir);
        if (prim != null) primHtml(page, outDir);
    }

    /** Rows grouped by outcome, the outcome's cell spanning its group's rows. */
    private static <T> void grouped(HtmlPage.Table t, Map<String, List<T>> groups, java.util.function.Function<T, List<String>> cells) {
        for (Map.Entry<String, List<T>> g : groups.entrySet()) {
            boolean first = true;
            for (T x : g.getValue()) {
                t.row("<tr>" + (first ? "<td rowspan=\"" + g.getValue().size() + "\">" + Html.code(g.getKey()) + "</td>" : "")
                        + String.join("", cells.apply(x)) + "</tr>\n");
                first = false;
            }
        }
    }

    /** The groups with each one's rows in descending order of key, NaN last. */
    private static <T> Map<String, List<T>> sortedGroups(List<T> rows, java.util.function.Function<T, String> outcome, java.util.function.ToDoubleFunction<T> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        byOutcome(rows, outcome).forEach((o, g) -> {
            List<T> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparingDouble((T x) -> Double.isNaN(key.applyAsDouble(x)) ? Double.NEGATIVE_INFINITY : key.applyAsDouble(x)).reversed());
            groups.put(o, sorted);
        });
        return groups;
    }

    private void sobolHtml(HtmlPage page, Path outDir) {
        page.html("<h3>Sobol indices</h3>\n").p("How to read: S1 is the share of an outcome's variance that a factor explains on its own and ST "
                + "the share it has a hand in, interactions included, so a factor whose ST is near 0 could be fixed anywhere in its range "
                + "and a large gap between ST and S1 means it acts through interactions (brackets: 95 % bootstrap intervals; "
                + "replication noise adds to every ST).");
        HtmlPage.Table t = page.table("stats sensitivity", true)
                .head("outcome", "factor", "S1 " + Html.band("[95 % interval]"), "ST " + Html.band("[95 % interval]"));
        Map<String, List<SobolRow>> groups = sortedGroups(sobol, SobolRow::outcome, SobolRow::st);
        grouped(t, groups, x -> List.of(Html.td(Html.code(x.factor())), interval(x.s1(), x.s1Lo(), x.s1Hi()), interval(x.st(), x.stLo(), x.stHi())));
        t.end();
        for (String o : groups.keySet()) {
            chart(page, outDir, AnalysisFiles.sobolChart(o), "Sobol indices of " + o,
                    "Sobol indices of " + o + ": per factor the first-order (S1) and total-order (ST) index with its 95 % bootstrap interval.");
        }
        files(page, outDir, sobol2 ? List.of(AnalysisFiles.SOBOL, AnalysisFiles.SOBOL2) : List.of(AnalysisFiles.SOBOL),
                sobol2 ? " (second-order indices S2 of every pair of factors are in sobol2.csv)" : "");
    }

    private void morrisHtml(HtmlPage page, Path outDir) {
        page.html("<h3>Morris elementary effects</h3>\n").p("How to read: mu* is the mean size of a factor's effect on the outcome when it moves "
                + "across its whole range, so it ranks the factors by importance, and a sigma as large as mu* means the effect depends on "
                + "where it is measured (non-linearity or interactions); mu, the signed mean, gives the direction.");
        HtmlPage.Table t = page.table("stats sensitivity", true).head("outcome", "factor", "mu*", "sigma", "mu");
        Map<String, List<MorrisRow>> groups = sortedGroups(morris, MorrisRow::outcome, MorrisRow::muStar);
        grouped(t, groups, x -> List.of(Html.td(Html.code(x.factor())), Html.tdN(Html.num(x.muStar())), Html.tdN(Html.num(x.sigma())),
                Html.tdN(Html.num(x.mu()))));
        t.end();
        for (String o : groups.keySet()) {
            chart(page, outDir, AnalysisFiles.morrisChart(o), "Morris screening of " + o,
                    "Morris screening of " + o + ": mu* (importance) against sigma (non-linearity and interactions), one dot per factor.");
        }
        files(page, outDir, List.of(AnalysisFiles.MORRIS), "");
    }

    private void primHtml(HtmlPage page, Path outDir) {
        JsonNode s = prim.settings();
        String interest = s == null ? "the design points of interest are those chosen by " + Html.code("alignsim analyze prim")
                : "the design points of interest are those where " + Html.code(s.path("outcome").asText()) + ", averaged over the replications, is "
                + (s.path("of_interest").asText().equals("<=") ? "≤ " : "≥ ") + Html.esc(s.path("threshold").asText());
        page.html("<h3>Scenario discovery (PRIM)</h3>\n").p("How to read: " + interest
                + "; the box is the ranges of the factors inside which they concentrate, its coverage the share of them it holds and its "
                + "density the share of its own points that are of interest, so its limits below are the conditions under which the outcome is likely.");
        HtmlPage.Table meta = page.table("meta", false);
        if (s != null) {
            meta.meta("points of interest", Html.esc(s.path("points_of_interest").asText("?")) + " of " + Html.esc(s.path("points").asText("?")) + " design points");
        }
        meta.meta("chosen box", "step " + prim.step() + " of prim_trajectory.csv" + (prim.kind().equals("paste") ? ", after pasting" : "")
                        + (s != null && s.hasNonNull("rule") ? " (rule: " + Html.esc(s.path("rule").asText()) + ")" : ""))
                .meta("coverage", Html.num(prim.coverage()))
                .meta("density", Html.num(prim.density()))
                .meta("mass", Html.num(prim.mass()) + " " + Html.band("(" + prim.n() + " design points inside the box)"))
                .end();
        HtmlPage.Table t = page.table("stats sensitivity", true).head("factor", "lower", "upper", "range swept");
        List<String> free = new ArrayList<>();
        for (PrimLimit l : prim.limits()) {
            if (!l.restricted()) {
                free.add(l.factor());
                continue;
            }
            boolean lo = l.lower() > l.min(), hi = l.upper() < l.max();
            t.cells(Html.td(Html.code(l.factor())), Html.tdN(lo ? g(l.lower()) : "–"), Html.tdN(hi ? g(l.upper()) : "–"),
                    Html.tdN(g(l.min()) + " – " + g(l.max())));
        }
        t.end().p("Unrestricted (any value in its range): " + (free.isEmpty() ? "none" : String.join(", ", free.stream().map(Html::code).toList())) + ".");
        chart(page, outDir, AnalysisFiles.PRIM_CHART, "PRIM coverage against density",
                "PRIM's trade-off: coverage against density of every box on the peeling trajectory, the chosen box marked.");
        List<String> names = new ArrayList<>(List.of(AnalysisFiles.PRIM_BOX, AnalysisFiles.PRIM_LIMITS, AnalysisFiles.PRIM_TRAJECTORY));
        if (s != null) names.add(AnalysisFiles.PRIM_SETTINGS);
        files(page, outDir, names, "");
    }

    /** "0.312 [0.250, 0.370]" */
    private static String interval(double v, double lo, double hi) {
        if (Double.isNaN(v)) return Html.tdN("–");
        return Html.tdN(Html.num(v) + " " + Html.band("[" + Html.num(lo) + ", " + Html.num(hi) + "]"));
    }

    private static String g(double v) {
        return Html.g(v);
    }

    /** A chart the analysis drew, linked in place, at its nominal size (the PNG's pixels / {@link ChartFiles#PNG_SCALE}); none if there is no PNG. */
    private void chart(HtmlPage page, Path outDir, String base, String alt, String caption) {
        Path png = dir.resolve(base + ".png"), svg = dir.resolve(base + ".svg");
        if (!Files.isRegularFile(png)) return;
        int[] size = pngSize(png);
        page.figure(Html.href(outDir, png), Files.isRegularFile(svg) ? Html.href(outDir, svg) : null,
                size[0] / ChartFiles.PNG_SCALE, size[1] / ChartFiles.PNG_SCALE, alt, caption);
    }

    private void files(HtmlPage page, Path outDir, List<String> names, String note) {
        page.p("band", "Data: " + HtmlPage.links(outDir, dir, names) + Html.esc(note));
    }

    /** Width and height from a PNG's IHDR chunk. */
    static int[] pngSize(Path png) {
        byte[] h = new byte[24];
        try (InputStream in = Files.newInputStream(png)) {
            if (in.readNBytes(h, 0, 24) < 24) throw new UserError(png + ": not a PNG image (too short)");
        } catch (IOException e) {
            throw new UserError(png + ": cannot read: " + e.getMessage());
        }
        if ((h[0] & 0xff) != 0x89 || h[1] != 'P' || h[2] != 'N' || h[3] != 'G' || h[12] != 'I' || h[13] != 'H' || h[14] != 'D' || h[15] != 'R') {
            throw new UserError(png + ": not a PNG image");
        }
        ByteBuffer bb = ByteBuffer.wrap(h);
        return new int[]{bb.getInt(16), bb.getInt(20)};
    }
}
