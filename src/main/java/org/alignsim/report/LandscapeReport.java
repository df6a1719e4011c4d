package org.alignsim.report;

import org.alignsim.results.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report on a folder of `alignsim landscape`: the actors and their sizes, the global
 * minimum's two coalitions, the local minima with their energy and basin, and (with a scenario)
 * the comparison with the alignment model: the paragraphs of comparison.md and the table of
 * comparison.csv, split into the states on which the two agree, those the model leaves hedging
 * and those on opposite sides. Everything is read and checked before anything is written.
 */
record LandscapeReport(Path dir, JsonNode manifest, List<String> actors, double[] sizes, List<Minimum> minima,
                       List<Row> comparison, List<String> paragraphs, String west, String east) {

    /** Local minima shown in the table; minima.csv holds them all. */
    static final int MAX_SHOWN = 1000;

    /** One row of minima.csv: inB[i] is true when actor i is in coalition B. */
    record Minimum(int rank, double energy, long basin, boolean[] inB) {}

    /** One row of comparison.csv. */
    record Row(String state, boolean pole, String side, String start, double[] shares, double meanFinal, String verdict, String observed,
               String observedVerdict) {}

    static LandscapeReport load(Path dir, JsonNode manifest) {
        List<String> actors = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        Path af = dir.resolve("actors.csv");
        try (CsvTable r = CsvTable.open(af, false)) {
            int a = r.require("actor"), s = r.require("size");
            for (String[] row = r.next(); row != null; row = r.next()) {
                double v = r.number(row, s);
                if (!(v > 0)) throw r.error("size of " + row[a] + " must be a positive number, found '" + row[s] + "'");
                if (actors.contains(row[a])) throw r.error("actor " + row[a] + " appears twice");
                actors.add(row[a]);
                sizes.add(v);
            }
        }
        if (actors.size() < 2) throw new UserError(af + ": fewer than two actors (truncated?)");
        List<Minimum> minima = minima(dir.resolve("minima.csv"), actors);
        Path cc = dir.resolve("comparison.csv");
        List<Row> comparison = Files.exists(cc) ? comparison(cc) : null;
        Path md = dir.resolve("comparison.md");
        List<String> paragraphs = Files.isRegularFile(md) ? paragraphs(md) : List.of();
        JsonNode poles = manifest.path("poles");
        String west = poles.path("west").isTextual() && actors.contains(poles.path("west").asText()) ? poles.path("west").asText() : null;
        String east = poles.path("east").isTextual() && actors.contains(poles.path("east").asText()) ? poles.path("east").asText() : null;
        return new LandscapeReport(dir, manifest, List.copyOf(actors), sizes.stream().mapToDouble(Double::doubleValue).toArray(), minima,
                comparison, paragraphs, west, east);
    }

    private static List<Minimum> minima(Path file, List<String> actors) {
        List<Minimum> out = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            String[] h = r.header();
            List<String> expected = new ArrayList<>(List.of("rank", "energy", "basin_size"));
            expected.addAll(actors);
            if (!Arrays.asList(h).equals(expected)) {
                throw new UserError(file + ": the header is not rank,energy,basin_size and the actors of actors.csv in their order (" + String.join(",", expected) + ")");
            }
            for (String[] row = r.next(); row != null; row = r.next()) {
                int rank = r.integer(row, 0);
                if (rank != out.size() + 1) throw r.error("expected rank " + (out.size() + 1) + ", found " + rank);
                double e = r.number(row, 1);
                if (!Double.isFinite(e)) throw r.error("column 'energy': '" + row[1] + "' is not a finite number");
                long basin;
                try {
                    basin = Long.parseLong(row[2]);
                } catch (NumberFormatException x) {
                    throw r.error("column 'basin_size': '" + row[2] + "' is not a whole number");
                }
                if (basin < 1) throw r.error("column 'basin_size': a basin holds at least its minimum, found " + basin);
                boolean[] inB = new boolean[actors.size()];
                for (int i = 0; i < inB.length; i++) {
                    String c = row[3 + i];
                    if (!c.equals("A") && !c.equals("B")) throw r.error("column '" + actors.get(i) + "': '" + c + "' is neither A nor B");
                    inB[i] = c.equals("B");
                }
                out.add(new Minimum(rank, e, basin, inB));
            }
        }
        if (out.isEmpty()) throw new UserError(file + ": no minima (truncated?)");
        return out;
    }

    private static List<Row> comparison(Path file) {
        List<Row> out = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            int st = r.require("state"), pole = r.require("pole"), side = r.require("landscape_side"), start = r.require("start_bloc"),
                    us = r.require("share_us"), he = r.require("share_hedging"), cn = r.require("share_china"), mean = r.require("mean_final_alignment"),
                    v = r.require("verdict"), obs = r.require("observed"), ov = r.require("observed_verdict");
            for (String[] row = r.next(); row != null; row = r.next()) {
                boolean p = switch (row[pole]) {
                    case "1" -> true;
                    case "0" -> false;
                    default -> throw r.error("column 'pole': '" + row[pole] + "' is neither 1 nor 0");
                };
                bloc(r, row, start, false);
                bloc(r, row, obs, true);
                if (!List.of("agree", "hedges", "disagree", "undefined", "").contains(row[v])) {
                    throw r.error("column 'verdict': '" + row[v] + "' is not agree, hedges, disagree or undefined");
                }
                out.add(new Row(row[st], p, row[side], row[start], new double[]{r.number(row, us), r.number(row, he), r.number(row, cn)},
                        r.number(row, mean), row[v], row[obs], row[ov]));
            }
        }
        return out;
    }

    private static void bloc(CsvTable r, String[] row, int col, boolean emptyOk) {
        String b = row[col];
        if (b.equals("us") || b.equals("hedging") || b.equals("china") || (emptyOk && b.isEmpty())) return;
        throw r.error("column '" + r.header()[col] + "': '" + b + "' is not us, hedging or china");
    }

    /** The prose of comparison.md: its paragraphs, without the title and the table (shown from comparison.csv). */
    private static List<String> paragraphs(Path md) {
        List<String> lines;
        try {
            lines = Files.readAllLines(md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(md + ": cannot read: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        StringBuilder p = new StringBuilder();
        for (String l : lines) {
            boolean skip = l.startsWith("#") || l.startsWith("|");
            if (l.isBlank() || skip) {
                if (p.length() > 0) out.add(p.toString());
                p.setLength(0);
                continue;
            }
            p.append(p.length() > 0 ? " " : "").append(l.strip());
        }
        if (p.length() > 0) out.add(p.toString());
        return out;
    }

    String name() { return manifest.path("name").asText(dir.toAbsolutePath().normalize().getFileName().toString()); }

    private Minimum global() { return minima.get(0); }

    private boolean exhaustive() { return "exhaustive".equals(manifest.path("search").asText()); }

    String html(Path outDir) {
        StringBuilder b = new StringBuilder(32 * 1024);
        JsonNode m = manifest;
        Html.head(b, "AlignSim landscape: " + name());
        b.append("<h1>AlignSim landscape: ").append(Html.esc(name())).append("</h1>\n");
        b.append("<p class=\"lead\">Axelrod and Bennett's landscape theory of aggregation (1993) ")
                .append(m.has("scenario") ? "on the scenario <b>" + Html.esc(m.path("scenario").asText()) + "</b>" : "on a landscape given in files")
                .append(", from <code>").append(Html.esc(dir.toString())).append("</code></p>\n");
        meta(b, m);
        actorsTable(b);
        globalMinimum(b);
        minimaTable(b);
        comparisonSection(b, outDir);
        files(b, outDir);
        Html.foot(b, m.path("version").asText("unknown"), "This page has no charts and needs no network access.");
        return b.toString();
    }

    private void meta(StringBuilder b, JsonNode m) {
        b.append("<h2>What was computed</h2>\n<table class=\"meta\">\n");
        Html.row(b, "rule", Html.esc(m.path("rule").asText("Axelrod & Bennett (1993)")));
        Html.row(b, "actors", actors.size() + "");
        if (m.has("scenario_files")) {
            StringBuilder files = new StringBuilder();
            for (JsonNode f : m.path("scenario_files")) {
                files.append("<code>").append(Html.esc(f.path("path").asText())).append("</code> <span class=\"band\">sha256 ")
                        .append(Html.esc(f.path("sha256").asText())).append("</span><br>");
            }
            Html.row(b, "scenario files", files.toString());
        }
        Html.row(b, "propensities", Html.esc(m.path("propensities").asText("?")) + (m.has("sizes") ? "; sizes: " + Html.esc(m.path("sizes").asText()) : ""));
        String starts = m.path("configurations_or_restarts").asText("?");
        Html.row(b, "search", exhaustive() ? "exhaustive: every one of the " + Html.esc(starts) + " configurations, each descended to its local minimum"
                : "heuristic: steepest descent from " + Html.esc(starts) + " random configurations (seed " + Html.esc(m.path("seed").asText("?"))
                + "); basins count restarts, an estimate");
        long found = m.path("local_minima").asLong(minima.size()), written = m.path("local_minima_written").asLong(minima.size());
        Html.row(b, "local minima", found + (exhaustive() ? "" : " found") + (written < found ? " (the best " + written + " in minima.csv)" : ""));
        if (m.has("comparison_replications")) {
            Html.row(b, "comparison", Html.esc(m.path("comparison_replications").asText()) + " model runs, master seed "
                    + Html.esc(m.path("comparison_master_seed").asText()));
        }
        Html.row(b, "started", Html.esc(m.path("started").asText("–")));
        Html.row(b, "ended", m.path("ended").isTextual() ? Html.esc(m.path("ended").asText()) : "not finished");
        Html.row(b, "time taken", Html.esc(ReportPage.timeTaken(m)));
        Html.row(b, "program", "alignsim " + Html.esc(m.path("version").asText("unknown")) + ", Java " + Html.esc(m.path("java").asText("?")));
        b.append("</table>\n");
    }

    /** The two coalitions of a minimum, the west pole's first when the poles are known, else that of the first actor. */
    private List<List<Integer>> coalitions(Minimum x) {
        int lead = west != null ? actors.indexOf(west) : 0;
        List<Integer> first = new ArrayList<>(), second = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) (x.inB()[i] == x.inB()[lead] ? first : second).add(i);
        return List.of(first, second);
    }

    private String label(List<Integer> coalition, int k) {
        if (west != null && coalition.contains(actors.indexOf(west))) {
            return "with " + west + (east != null && coalition.contains(actors.indexOf(east)) ? " and " + east : "");
        }
        if (east != null && coalition.contains(actors.indexOf(east))) return "with " + east;
        if (coalition.isEmpty()) return "empty";
        return k == 0 ? "coalition A (with " + actors.get(coalition.get(0)) + ")" : "coalition B";
    }

    private void actorsTable(StringBuilder b) {
        List<List<Integer>> g = coalitions(global());
        b.append("<h2>Actors</h2>\n<p>Sizes as used (").append(manifest.has("scenario_files") ? "relative to the strongest state" : "as given")
                .append("), and each actor's coalition in the global minimum.</p>\n<div class=\"scroll\"><table class=\"stats\">\n"
                        + "<tr><th>actor</th><th>size</th><th>global minimum</th></tr>\n");
        for (int i = 0; i < actors.size(); i++) {
            int side = g.get(0).contains(i) ? 0 : 1;
            b.append("<tr><td><code>").append(Html.esc(actors.get(i))).append("</code>").append(isPole(i) ? " <span class=\"band\">pole</span>" : "")
                    .append("</td><td class=\"n\">").append(Html.g(sizes[i])).append("</td><td>").append(Html.esc(label(g.get(side), side))).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
    }

    private boolean isPole(int i) {
        return actors.get(i).equals(west) || actors.get(i).equals(east);
    }

    private void globalMinimum(StringBuilder b) {
        Minimum x = global();
        List<List<Integer>> g = coalitions(x);
        b.append("<h2>Global minimum</h2>\n<p>Energy ").append(energy(x.energy())).append("; ")
                .append(exhaustive() ? "its basin holds " + x.basin() + " of the " + Html.esc(manifest.path("configurations_or_restarts").asText("?")) + " configurations"
                        : "reached from " + x.basin() + " of the " + Html.esc(manifest.path("configurations_or_restarts").asText("?")) + " restarts")
                .append(". Lower energy is better: the actors' frustration, summed.</p>\n<div class=\"scroll\"><table class=\"stats\">\n<tr>");
        for (int k = 0; k < 2; k++) {
            double total = g.get(k).stream().mapToDouble(i -> sizes[i]).sum();
            b.append("<th>").append(Html.esc(label(g.get(k), k))).append("<br><span class=\"band\">").append(g.get(k).size()).append(" actors, total size ")
                    .append(Html.g(total)).append("</span></th>");
        }
        b.append("</tr>\n<tr>");
        for (List<Integer> c : g) b.append("<td>").append(members(c)).append("</td>");
        b.append("</tr>\n</table></div>\n");
    }

    private String members(List<Integer> c) {
        if (c.isEmpty()) return "–";
        StringBuilder s = new StringBuilder();
        for (int i : c) {
            s.append(s.length() > 0 ? " " : "").append(isPole(i) ? "<b><code>" + Html.esc(actors.get(i)) + "</code></b>" : "<code>" + Html.esc(actors.get(i)) + "</code>");
        }
        return s.toString();
    }

    private static String energy(double e) {
        String s = String.format(Locale.ROOT, "%.6g", e);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private void minimaTable(StringBuilder b) {
        b.append("<h2>Local minima</h2>\n<p>Every configuration from which no single actor can lower the energy by switching sides, best first, with its basin: "
                + (exhaustive() ? "the configurations from which steepest descent ends there." : "the restarts that ended there (an estimate).")
                + (west != null ? " The first coalition is the one of " + Html.esc(west) + "." : " The first coalition is the one of " + Html.esc(actors.get(0)) + ".")
                + "</p>\n");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>rank</th><th>energy</th><th>basin</th><th>")
                .append(west != null ? "with " + Html.esc(west) : "coalition A").append("</th><th>")
                .append(west != null ? "other coalition" : "coalition B").append("</th></tr>\n");
        int shown = Math.min(MAX_SHOWN, minima.size());
        for (int k = 0; k < shown; k++) {
            Minimum x = minima.get(k);
            List<List<Integer>> g = coalitions(x);
            b.append("<tr><td class=\"n\">").append(x.rank()).append("</td><td class=\"n\">").append(energy(x.energy())).append("</td><td class=\"n\">")
                    .append(x.basin()).append("</td><td>").append(members(g.get(0))).append("</td><td>").append(members(g.get(1))).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
        if (minima.size() > shown) b.append("<p>The other ").append(minima.size() - shown).append(" minima are in <code>minima.csv</code>.</p>\n");
    }

    private static final Map<String, String> BLOC = Map.of("us", "US-aligned", "hedging", "hedging", "china", "China-aligned");

    private void comparisonSection(StringBuilder b, Path outDir) {
        if (comparison == null && paragraphs.isEmpty()) return;
        b.append("<h2>Comparison with the alignment model</h2>\n");
        for (String p : paragraphs) b.append("<p>").append(Html.esc(p).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>")).append("</p>\n");
        if (comparison == null) {
            b.append("<p>No comparison.csv in this folder (written by an older alignsim): the table is in <a href=\"")
                    .append(Html.esc(Html.href(outDir, dir.resolve("comparison.md")))).append("\"><code>comparison.md</code></a>.</p>\n");
            return;
        }
        boolean obs = comparison.stream().anyMatch(r -> !r.observed().isEmpty());
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("agree", "Agree: the model's modal bloc is on the landscape's side");
        groups.put("hedges", "Hedging in the model: the model ends hedging, the landscape must pick a side");
        groups.put("disagree", "Opposite: the model's modal bloc is on the other side");
        groups.put("undefined", "No sides: the global minimum puts both poles in one coalition");
        for (Map.Entry<String, String> g : groups.entrySet()) {
            List<Row> rows = comparison.stream().filter(r -> !r.pole() && r.verdict().equals(g.getKey())).toList();
            if (rows.isEmpty() && g.getKey().equals("undefined")) continue;
            b.append("<h3>").append(Html.esc(g.getValue())).append(" (").append(rows.size()).append(")</h3>\n");
            if (rows.isEmpty()) {
                b.append("<p>None.</p>\n");
                continue;
            }
            table(b, rows, obs);
        }
        List<Row> poles = comparison.stream().filter(Row::pole).toList();
        if (!poles.isEmpty()) {
            b.append("<h3>The poles</h3>\n");
            table(b, poles, obs);
        }
        b.append("<p class=\"band\">Model: bloc at the end of each run by the hedging band (US-aligned above it, China-aligned below minus it); "
                + "shares over the runs, in the order US-aligned / hedging / China-aligned. Data: <a href=\"")
                .append(Html.esc(Html.href(outDir, dir.resolve("comparison.csv")))).append("\"><code>comparison.csv</code></a>.</p>\n");
    }

    private static void table(StringBuilder b, List<Row> rows, boolean obs) {
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>state</th><th>landscape side</th><th>start bloc</th>"
                + "<th>model<br><span class=\"band\">US / hedging / China</span></th><th>mean final alignment</th>").append(obs ? "<th>observed 2024</th>" : "").append("</tr>\n");
        for (Row r : rows) {
            b.append("<tr><td><code>").append(Html.esc(r.state())).append("</code></td><td>").append(r.side().isEmpty() ? "–" : "with " + Html.esc(r.side()))
                    .append("</td><td>").append(Html.esc(BLOC.getOrDefault(r.start(), r.start()))).append("</td><td class=\"n\">")
                    .append(Html.percent(r.shares()[0])).append(" / ").append(Html.percent(r.shares()[1])).append(" / ").append(Html.percent(r.shares()[2]))
                    .append("</td><td class=\"n\">").append(Html.diff(r.meanFinal())).append("</td>");
            if (obs) {
                b.append("<td>").append(r.observed().isEmpty() ? "–" : Html.esc(BLOC.getOrDefault(r.observed(), r.observed()))
                        + (r.observedVerdict().isEmpty() ? "" : " <span class=\"band\">(" + Html.esc(r.observedVerdict()) + ")</span>")).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
    }

    private void files(StringBuilder b, Path outDir) {
        b.append("<h2>Data files</h2>\n<p>");
        for (String n : List.of("minima.csv", "actors.csv", "propensities.csv", "comparison.md", "comparison.csv", "manifest.json")) {
            if (!Files.exists(dir.resolve(n))) continue;
            b.append("<a href=\"").append(Html.esc(Html.href(outDir, dir.resolve(n)))).append("\"><code>").append(Html.esc(n)).append("</code></a> ");
        }
        b.append("</p>\n");
    }
}
