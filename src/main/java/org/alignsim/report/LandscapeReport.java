package org.alignsim.report;

import org.alignsim.results.CsvTable;

import org.alignsim.results.LandscapeManifest;
import org.alignsim.results.ManifestFile;
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
record LandscapeReport(Path dir, LandscapeManifest manifest, List<String> actors, double[] sizes, List<Minimum> minima,
                       List<Row> comparison, List<String> paragraphs, String west, String east) {

    /** Local minima shown in the table; minima.csv holds them all. */
    static final int MAX_SHOWN = 1000;

    /** One row of minima.csv: inB[i] is true when actor i is in coalition B. */
    record Minimum(int rank, double energy, long basin, boolean[] inB) {}

    /** One row of comparison.csv. */
    record Row(String state, boolean pole, String side, String start, double[] shares, double meanFinal, String verdict, String observed,
               String observedVerdict) {}

    static LandscapeReport load(Path dir) {
        LandscapeManifest manifest = ManifestFile.read(dir.resolve(ManifestFile.NAME), LandscapeManifest.class, LandscapeManifest.COMMAND);
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
        LandscapeManifest.Poles poles = manifest.poles();
        String west = poles != null && actors.contains(poles.west()) ? poles.west() : null;
        String east = poles != null && actors.contains(poles.east()) ? poles.east() : null;
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

    String name() { return ReportPage.or(manifest.name(), dir.toAbsolutePath().normalize().getFileName().toString()); }

    private Minimum global() { return minima.get(0); }

    private boolean exhaustive() { return "exhaustive".equals(manifest.search()); }

    String html(Path outDir) {
        LandscapeManifest m = manifest;
        HtmlPage page = new HtmlPage("AlignSim landscape: " + name()).h1("AlignSim landscape: " + name())
                .lead("Axelrod and Bennett's landscape theory of aggregation (1993) "
                        + (m.scenario() != null ? "on the scenario <b>" + Html.esc(m.scenario()) + "</b>" : "on a landscape given in files")
                        + ", from " + Html.code(dir.toString()));
        meta(page, m);
        actorsTable(page);
        globalMinimum(page);
        minimaTable(page);
        comparisonSection(page, outDir);
        page.dataFiles(outDir, dir, List.of("minima.csv", "actors.csv", "propensities.csv", "comparison.md", "comparison.csv", "manifest.json"));
        return page.end(ReportPage.or(m.version(), "unknown"), "This page has no charts and needs no network access.");
    }

    private void meta(HtmlPage page, LandscapeManifest m) {
        HtmlPage.Table t = page.h2("What was computed").table("meta", false)
                .meta("rule", Html.esc(ReportPage.or(m.rule(), "Axelrod & Bennett (1993)")))
                .meta("actors", actors.size() + "");
        if (m.scenarioFiles() != null) t.meta("scenario files", Html.fileSums(m.scenarioFiles()));
        t.meta("propensities", Html.esc(ReportPage.or(m.propensities(), "?")) + (m.sizes() != null ? "; sizes: " + Html.esc(m.sizes()) : ""));
        String starts = Long.toString(m.configurationsOrRestarts());
        t.meta("search", exhaustive() ? "exhaustive: every one of the " + starts + " configurations, each descended to its local minimum"
                : "heuristic: steepest descent from " + starts + " random configurations (seed " + (m.seed() == null ? "?" : m.seed())
                + "); basins count restarts, an estimate");
        long found = m.localMinima(), written = m.localMinimaWritten();
        t.meta("local minima", found + (exhaustive() ? "" : " found") + (written < found ? " (the best " + written + " in minima.csv)" : ""));
        if (m.comparisonReplications() != null) {
            t.meta("comparison", m.comparisonReplications() + " model runs, master seed " + m.comparisonMasterSeed());
        }
        t.meta("started", Html.esc(ReportPage.or(m.started(), "–")))
                .meta("ended", m.ended() != null ? Html.esc(m.ended()) : "not finished")
                .meta("time taken", Html.esc(ReportPage.timeTaken(m)))
                .meta("program", "alignsim " + Html.esc(ReportPage.or(m.version(), "unknown")) + ", Java " + Html.esc(ReportPage.or(m.java(), "?")))
                .end();
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

    private void actorsTable(HtmlPage page) {
        List<List<Integer>> g = coalitions(global());
        HtmlPage.Table t = page.h2("Actors").p("Sizes as used (" + (manifest.scenarioFiles() != null ? "relative to the strongest state" : "as given")
                + "), and each actor's coalition in the global minimum.").table("stats", true).head("actor", "size", "global minimum");
        for (int i = 0; i < actors.size(); i++) {
            int side = g.get(0).contains(i) ? 0 : 1;
            t.cells(Html.td(Html.code(actors.get(i)) + (isPole(i) ? " " + Html.band("pole") : "")), Html.tdN(Html.g(sizes[i])),
                    Html.td(Html.esc(label(g.get(side), side))));
        }
        t.end();
    }

    private boolean isPole(int i) {
        return actors.get(i).equals(west) || actors.get(i).equals(east);
    }

    private void globalMinimum(HtmlPage page) {
        Minimum x = global();
        List<List<Integer>> g = coalitions(x);
        String of = Long.toString(manifest.configurationsOrRestarts());
        List<String> heads = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            double total = g.get(k).stream().mapToDouble(i -> sizes[i]).sum();
            heads.add(Html.esc(label(g.get(k), k)) + "<br>" + Html.band(g.get(k).size() + " actors, total size " + Html.g(total)));
        }
        page.h2("Global minimum").p("Energy " + energy(x.energy()) + "; "
                        + (exhaustive() ? "its basin holds " + x.basin() + " of the " + of + " configurations" : "reached from " + x.basin() + " of the " + of + " restarts")
                        + ". Lower energy is better: the actors' frustration, summed.")
                .table("stats", true).head(heads.toArray(String[]::new)).cells(g.stream().map(c -> Html.td(members(c))).toArray(String[]::new)).end();
    }

    private String members(List<Integer> c) {
        if (c.isEmpty()) return "–";
        StringBuilder s = new StringBuilder();
        for (int i : c) {
            s.append(s.length() > 0 ? " " : "").append(isPole(i) ? "<b>" + Html.code(actors.get(i)) + "</b>" : Html.code(actors.get(i)));
        }
        return s.toString();
    }

    private static String energy(double e) {
        String s = String.format(Locale.ROOT, "%.6g", e);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private void minimaTable(HtmlPage page) {
        HtmlPage.Table t = page.h2("Local minima").p("Every configuration from which no single actor can lower the energy by switching sides, best first, with its basin: "
                        + (exhaustive() ? "the configurations from which steepest descent ends there." : "the restarts that ended there (an estimate).")
                        + " The first coalition is the one of " + Html.esc(west != null ? west : actors.get(0)) + ".")
                .table("stats", true).head("rank", "energy", "basin", west != null ? "with " + Html.esc(west) : "coalition A",
                        west != null ? "other coalition" : "coalition B");
        int shown = Math.min(MAX_SHOWN, minima.size());
        for (int k = 0; k < shown; k++) {
            Minimum x = minima.get(k);
            List<List<Integer>> g = coalitions(x);
            t.cells(Html.tdN(x.rank()), Html.tdN(energy(x.energy())), Html.tdN(x.basin()), Html.td(members(g.get(0))), Html.td(members(g.get(1))));
        }
        t.end();
        if (minima.size() > shown) page.p("The other " + (minima.size() - shown) + " minima are in " + Html.code("minima.csv") + ".");
    }

    private static final Map<String, String> BLOC = Map.of("us", "US-aligned", "hedging", "hedging", "china", "China-aligned");

    private void comparisonSection(HtmlPage page, Path outDir) {
        if (comparison == null && paragraphs.isEmpty()) return;
        page.h2("Comparison with the alignment model");
        for (String p : paragraphs) page.p(Html.esc(p).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"));
        if (comparison == null) {
            page.p("No comparison.csv in this folder (written by an older alignsim): the table is in <a href=\""
                    + Html.esc(Html.href(outDir, dir.resolve("comparison.md"))) + "\">" + Html.code("comparison.md") + "</a>.");
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
            page.h3Html(Html.esc(g.getValue()) + " (" + rows.size() + ")");
            if (rows.isEmpty()) {
                page.p("None.");
                continue;
            }
            table(page, rows, obs);
        }
        List<Row> poles = comparison.stream().filter(Row::pole).toList();
        if (!poles.isEmpty()) {
            page.h3Html("The poles");
            table(page, poles, obs);
        }
        page.p("band", "Model: bloc at the end of each run by the hedging band (US-aligned above it, China-aligned below minus it); "
                + "shares over the runs, in the order US-aligned / hedging / China-aligned. Data: <a href=\""
                + Html.esc(Html.href(outDir, dir.resolve("comparison.csv"))) + "\">" + Html.code("comparison.csv") + "</a>.");
    }

    private static void table(HtmlPage page, List<Row> rows, boolean obs) {
        List<String> head = new ArrayList<>(List.of("state", "landscape side", "start bloc", "model<br>" + Html.band("US / hedging / China"), "mean final alignment"));
        if (obs) head.add("observed 2024");
        HtmlPage.Table t = page.table("stats", true).head(head.toArray(String[]::new));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(Html.td(Html.code(r.state())), Html.td(r.side().isEmpty() ? "–" : "with " + Html.esc(r.side())),
                    Html.td(Html.esc(BLOC.getOrDefault(r.start(), r.start()))),
                    Html.tdN(Html.percent(r.shares()[0]) + " / " + Html.percent(r.shares()[1]) + " / " + Html.percent(r.shares()[2])),
                    Html.tdN(Html.diff(r.meanFinal()))));
            if (obs) {
                cells.add(Html.td(r.observed().isEmpty() ? "–" : Html.esc(BLOC.getOrDefault(r.observed(), r.observed()))
                        + (r.observedVerdict().isEmpty() ? "" : " " + Html.band("(" + Html.esc(r.observedVerdict()) + ")"))));
            }
            t.cells(cells.toArray(String[]::new));
        }
        t.end();
    }
}
