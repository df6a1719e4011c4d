package org.alignsim.report;

import org.alignsim.results.CsvTable;

import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.results.ValidateManifest;
import org.alignsim.chart.Band;
import org.alignsim.chart.BandChart;
import org.alignsim.chart.BlocColors;
import org.alignsim.chart.LabelledScatter;
import org.alignsim.chart.TornadoChart;
import org.alignsim.base.UserError;
import org.alignsim.model.VotingAlignment;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report on a folder of `alignsim validate`: the scorecard, the charts behind it (simulated
 * UN voting position against UN ideal point beside the naive predictors, the stickiness curve, China's path
 * with its UN distance from the US, the cross-section by period, the tornado of the judgement
 * calls), the per-state 2024 classes and links to every file. Read from the folder's files.
 */
record ValidationReport(Path dir, ValidateManifest manifest, Map<String, List<Map<String, String>>> tables) {

    private static final List<String> TABLES = List.of("scorecard.csv", "classes.csv", "class_drivers.csv", "stickiness.csv", "class_switches.csv", "cross_section.csv",
            "cross_section_states.csv", "china_path.csv", "history_paths.csv", "history_states.csv", "decade_shifts.csv", "paper.csv", "headline.csv");
    /** Files a folder written by an older version may lack; its report goes without their tables. */
    private static final Set<String> LATER = Set.of("class_drivers.csv", "decade_shifts.csv");
    private static final Color GREY = new Color(0x777777), GREEN = new Color(0x009E73);
    /** The stance beside the vote: the Okabe-Ito vermilion, apart from the bloc blue and the UN grey. */
    private static final Color STANCE = new Color(0xD55E00);

    static ValidationReport load(Path dir) {
        ValidateManifest manifest = ManifestFile.read(dir.resolve(ManifestFile.NAME), ValidateManifest.class, ValidateManifest.COMMAND);
        if (!"complete".equals(manifest.status())) throw new UserError(dir + ": the validation is not finished");
        Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
        for (String f : TABLES) t.put(f, LATER.contains(f) && !Files.exists(dir.resolve(f)) ? List.of() : read(dir.resolve(f)));
        if (t.get("scorecard.csv").isEmpty()) throw new UserError(dir.resolve("scorecard.csv") + ": no scores (truncated?)");
        return new ValidationReport(dir, manifest, t);
    }

    private static List<Map<String, String>> read(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            String[] h = r.header();
            for (String[] row = r.next(); row != null; row = r.next()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int k = 0; k < h.length; k++) m.put(h[k], row[k]);
                rows.add(m);
            }
        }
        return rows;
    }

    private List<Map<String, String>> rows(String table, String scenario) {
        return tables.get(table).stream().filter(r -> scenario == null || r.get("scenario").equals(scenario)).toList();
    }

    private Set<String> scenarios(String table) {
        Set<String> s = new LinkedHashSet<>();
        for (Map<String, String> r : tables.get(table)) s.add(r.get("scenario"));
        return s;
    }

    /** A column's number, NaN where empty or not a number. */
    static double num(Map<String, String> r, String col) {
        String s = r.get(col);
        if (s == null || s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (String s : scenarios("cross_section_states.csv")) {
            List<Map<String, String>> pts = rows("cross_section_states.csv", s);
            if (!rows("cross_section.csv", s).stream().allMatch(r -> r.get("period").equals(pts.get(0).get("period")))) continue;
            out.add(scatter(s, pts, rows("cross_section.csv", s).get(0)));
        }
        for (String s : scenarios("cross_section.csv")) {
            List<Map<String, String>> per = rows("cross_section.csv", s);
            if (per.size() > 1) out.add(periods(s, per));
        }
        for (String s : scenarios("stickiness.csv")) out.add(stickiness(s, rows("stickiness.csv", s)));
        for (String s : scenarios("china_path.csv")) out.add(china(s, rows("china_path.csv", s)));
        for (String s : scenarios("headline.csv")) out.add(tornado(s, rows("headline.csv", s)));
        for (String s : scenarios("classes.csv")) out.addAll(classMaps(s, rows("classes.csv", s)));
        for (String s : scenarios("history_paths.csv")) out.addAll(regions(s, rows("history_paths.csv", s)));
        return out;
    }

    /** The scenario's held-out states (validate --un), from the scorecard; empty without. */
    private Set<String> heldOut(String scenario) {
        for (Map<String, String> r : rows("scorecard.csv", scenario)) {
            if (r.get("metric").equals("un.held_out_states") && !r.get("detail").isBlank()) return Set.of(r.get("detail").trim().split(" "));
        }
        return Set.of();
    }

    private static String file(String kind, String scenario) {
        return kind + "-" + scenario.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private Figure scatter(String s, List<Map<String, String>> pts, Map<String, String> summary) {
        Set<String> held = heldOut(s);
        int n = pts.size();
        double[] un = new double[n], model = new double[n], dem = new double[n], pact = new double[n];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> r = pts.get(i);
            un[i] = num(r, "un_ideal_point");
            model[i] = num(r, r.containsKey("model_voting") ? "model_voting" : "model_stance");   // a folder from before the voting position
            dem[i] = num(r, "democracy");
            pact[i] = num(r, "us_defence_pact") + dem[i];
            labels.add(r.get("state") + (held.contains(r.get("state")) ? "*" : ""));
        }
        List<LabelledScatter.Panel> panels = List.of(
                new LabelledScatter.Panel("simulated UN voting position (mean over runs)", "model ρ = " + Html.g(num(summary, "rho_model")) + " (median over runs)", model, un, labels, BlocColors.US),
                new LabelledScatter.Panel("electoral democracy (V-Dem)", "ρ = " + Html.g(num(summary, "rho_democracy")), dem, un, labels, GREY),
                new LabelledScatter.Panel("US defence pact + democracy", "ρ = " + Html.g(num(summary, "rho_pact_democracy")), pact, un, labels, GREY));
        JFreeChart c = LabelledScatter.create("UN voting, simulated and observed: " + s, "UN General Assembly ideal points " + pts.get(0).get("period")
                + " (higher = closer to the US) against the model and two naive predictors", "UN ideal point", panels);
        return new Figure(file("un-scatter", s), c, 1050, 460, "Each state's UN ideal point (y) against the model's UN voting position and against two naive "
                + "predictors computed from the same data. Spearman's ρ in each panel's corner; the model adds to the cross-section only if its ρ "
                + "beats both." + (held.isEmpty() ? "" : " A state marked * is held out: its ideal points come from the file named with --un, "
                + "not from the data folder the model was built with (the scorecard's .held_out rows score them apart)."));
    }

    private Figure periods(String s, List<Map<String, String>> per) {
        int n = per.size();
        String[] labels = new String[n];
        double[] x = new double[n], m = new double[n], lo = new double[n], hi = new double[n], d = new double[n], p = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> r = per.get(i);
            labels[i] = r.get("period");
            x[i] = i;
            m[i] = num(r, "rho_model");
            lo[i] = num(r, "rho_model_p5");
            hi[i] = num(r, "rho_model_p95");
            d[i] = num(r, "rho_democracy");
            p[i] = num(r, "rho_pact_democracy");
        }
        List<Band> bands = List.of(new Band("model (median, 5-95 % of runs)", BlocColors.US, x, lo, m, hi),
                Band.line("democracy", GREY, x, d), Band.line("US defence pact + democracy", GREEN, x, p));
        JFreeChart c = BandChart.create("Cross-section against UN voting by period: " + s, "Spearman's ρ across the states with UN data",
                BandChart.XAxis.levels("period", labels), "ρ", bands, new Range(-1, 1));
        return new Figure(file("un-periods", s), c, 900, 420, "Per five-year period, the rank correlation of the simulated UN voting positions with the "
                + "states' UN ideal points, beside the two naive predictors.");
    }

    private Figure stickiness(String s, List<Map<String, String>> rows) {
        int n = rows.size();
        double[] lag = new double[n], m = new double[n], lo = new double[n], hi = new double[n], un = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> r = rows.get(i);
            lag[i] = num(r, "lag");
            m[i] = num(r, "model_median");
            lo[i] = num(r, "model_p5");
            hi[i] = num(r, "model_p95");
            un[i] = num(r, "un");
        }
        List<Band> bands = new ArrayList<>(List.of(new Band("model (median, 5-95 % of runs)", BlocColors.US, lag, lo, m, hi)));
        if (java.util.Arrays.stream(un).anyMatch(v -> !Double.isNaN(v))) bands.add(Band.line("UN General Assembly ideal points", GREY, lag, un));
        JFreeChart c = BandChart.create("Stickiness of stances: " + s, "rank correlation of yearly mean stances across states, by lag",
                BandChart.XAxis.numbers("lag (years)"), "Spearman's ρ", bands, null);
        return new Figure(file("stickiness", s), c, 900, 420, "How alike the order of states is after a lag: 1 means nobody changed places. "
                + "Real alignments (UN voting) are sticky; a model below the grey line reshuffles states faster than the world does.");
    }

    private Figure china(String s, List<Map<String, String>> rows) {
        int n = rows.size();
        double[] y = new double[n], p5 = new double[n], p50 = new double[n], p95 = new double[n], d = new double[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> r = rows.get(i);
            y[i] = num(r, "year");
            p5[i] = num(r, "p5");
            p50[i] = num(r, "p50");
            p95[i] = num(r, "p95");
            d[i] = num(r, "un_distance_from_us");
        }
        JFreeChart c = BandChart.create("China's path in the backcast: " + s, "model stance (median and 5-95 % of runs) and, right axis, "
                + "China's distance from the US in UN voting (inverted: up = closer)", BandChart.XAxis.years("year"), "stance (-1 east pole ... +1 US)",
                List.of(new Band("China's stance", BlocColors.CHINA, y, p5, p50, p95)), new Range(-1.05, 1.05));
        BandChart.secondAxis(c, "UN distance from the US", GREY, y, d, true);
        return new Figure(file("china-path", s), c, 900, 440, "The source paper's phases: collaboration (1972-89) toward the West, opposition "
                + "(1989-2002) away, engagement (2002-20) back. UN voting shows the last two independently of the model.");
    }

    /** Per region, each state's simulated UN voting position over the years beside its UN ideal point (small multiples). */
    private List<Figure> regions(String s, List<Map<String, String>> rows) {
        Set<String> held = heldOut(s);
        Map<String, Map<String, List<Map<String, String>>>> byRegion = new java.util.TreeMap<>();
        for (Map<String, String> r : rows) {
            byRegion.computeIfAbsent(r.get("region"), k -> new LinkedHashMap<>()).computeIfAbsent(r.get("state"), k -> new ArrayList<>()).add(r);
        }
        List<Figure> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Map<String, String>>>> region : byRegion.entrySet()) {
            List<String> titles = new ArrayList<>();
            List<List<Band>> panels = new ArrayList<>();
            for (Map.Entry<String, List<Map<String, String>>> st : region.getValue().entrySet()) {
                List<Map<String, String>> p = st.getValue();
                int n = p.size();
                double[] y = new double[n], lo = new double[n], mid = new double[n], hi = new double[n], un = new double[n], stance = new double[n];
                for (int k = 0; k < n; k++) {
                    y[k] = num(p.get(k), "year");
                    lo[k] = num(p.get(k), "model_p5");
                    mid[k] = num(p.get(k), "model_p50");
                    hi[k] = num(p.get(k), "model_p95");
                    un[k] = num(p.get(k), p.get(k).containsKey("un_ideal_point") ? "un_ideal_point" : "un_relative");
                    stance[k] = num(p.get(k), "stance_p50");   // NaN in a folder from before the voting position: no line
                }
                titles.add(st.getKey() + (held.contains(st.getKey()) ? " (held out)" : ""));
                List<Band> bands = new ArrayList<>(List.of(new Band("model's UN vote (median, 5-95 % of runs)", BlocColors.US, y, lo, mid, hi),
                        Band.line("UN ideal point", GREY, y, un)));
                if (java.util.Arrays.stream(stance).anyMatch(v -> !Double.isNaN(v))) bands.add(Band.line("model's stance (median, -1 ... +1)", STANCE, y, stance));
                panels.add(bands);
            }
            JFreeChart c = BandChart.panels("UN voting over time: " + region.getKey() + " (" + s + ")",
                    "simulated UN voting position and UN General Assembly ideal point (higher = closer to the US)", BandChart.XAxis.years("year"),
                    "voting position", titles, panels, null);
            out.add(new Figure(file("history-" + region.getKey(), s), c, 900, 120 + 150 * panels.size(), "Each state of the region over the run: "
                    + "the simulated UN voting position (blue band), the security stance it starts from (thin line, -1 ... +1) and its UN General "
                    + "Assembly ideal point (grey). Compare directions and turns, not levels."));
        }
        return out;
    }

    /** The observed 2024 classes beside the model's modal class, on the same map. */
    private List<Figure> classMaps(String s, List<Map<String, String>> rows) {
        Map<String, org.alignsim.chart.BlocColors.Bloc> observed = new LinkedHashMap<>(), simulated = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            org.alignsim.calibration.StanceClass o = org.alignsim.calibration.StanceClass.parse(r.get("observed"));
            org.alignsim.calibration.StanceClass m = org.alignsim.calibration.StanceClass.parse(r.get("modal_class"));
            if (o == null || m == null) throw new UserError(dir.resolve("classes.csv") + ": " + r.get("state") + " has no valid class");
            observed.put(r.get("state"), CalibrationReport.bloc(o));
            simulated.put(r.get("state"), CalibrationReport.bloc(m));
        }
        org.alignsim.chart.StanceMap o = org.alignsim.chart.StanceMap.blocs("Observed 2024 stance classes", "from formal ties (calibration file)", observed);
        org.alignsim.chart.StanceMap m = org.alignsim.chart.StanceMap.blocs("Simulated: " + s, "modal class over the seeds, mean stance over the observation window", simulated);
        return List.of(new Figure(file("map-observed", s), o.chart(), o.width(), o.height(), "The 2024 stance class observed for each state."),
                new Figure(file("map-model", s), m.chart(), m.width(), m.height(), "The class the model gives each state in most seeds."));
    }

    private Figure tornado(String s, List<Map<String, String>> rows) {
        int top = (int) Math.min(10, rows.size());
        List<String> names = new ArrayList<>();
        double[] fl = new double[top], fh = new double[top], ml = new double[top], mh = new double[top];
        double fb = num(rows.get(0), "formation_base"), mb = num(rows.get(0), "members_base");
        for (int i = 0; i < top; i++) {
            Map<String, String> r = rows.get(i);
            names.add(r.get("input") + " " + r.get("low_value") + ".." + r.get("high_value"));
            fl[i] = num(r, "formation_low");
            fh[i] = num(r, "formation_high");
            ml[i] = num(r, "members_low");
            mh[i] = num(r, "members_high");
        }
        JFreeChart c = TornadoChart.create("What the headline turns on: " + s, "the " + top + " judgement calls that move it most, each across its "
                + "plausible range, one at a time", names, List.of(new TornadoChart.Outcome("Asian NATO formed (share of runs)", fb, fl, fh, new Range(0, 1)),
                new TornadoChart.Outcome("candidate members at the rung (mean)", mb, ml, mh, null)));
        return new Figure(file("tornado", s), c, 1050, 120 + 42 * top, "Bars run from the base value (line) to the outcome with the input at the low "
                + "(sky blue) and the high (purple) end of its range. Ranked by the formation share, then by the members at the required rung.");
    }

    String html(List<Figure> figures, Path outDir) {
        HtmlPage page = new HtmlPage("AlignSim validation").h1("AlignSim validation")
                .lead("The model scored against what states actually did, by " + Html.code("alignsim validate") + ", from " + Html.code(dir.toString())
                        + ". Metrics are defined in docs/VALIDATION.md; targets come from the validation file.");
        meta(page);
        scorecard(page);
        page.h2("Charts");
        for (Figure f : figures) page.figure(f);
        classes(page);
        drivers(page);
        missedShifts(page);
        StringBuilder items = new StringBuilder("<ul>\n");
        for (String f : manifest.outputs() == null ? List.<String>of() : manifest.outputs()) {
            items.append("<li><a href=\"").append(Html.esc(Html.href(outDir, dir.resolve(f)))).append("\">").append(Html.esc(f)).append("</a></li>\n");
        }
        page.h2("Files").html(items.append("</ul>\n").toString());
        return page.end(ReportPage.or(manifest.version(), "unknown"));
    }

    private void meta(HtmlPage page) {
        ValidateManifest m = manifest;
        StringBuilder sc = new StringBuilder();
        for (ValidateManifest.Scenario s : m.scenarios() == null ? List.<ValidateManifest.Scenario>of() : m.scenarios()) {
            sc.append(Html.code(s.file())).append(": ").append(Html.esc(s.name()))
                    .append(' ').append(Html.band("scored as " + Html.esc(s.scoredAs()))).append("<br>");
        }
        page.h2("What was run").table("meta", false)
                .meta("scenarios", sc.toString())
                .meta("seeds", Html.esc(ReportPage.or(m.seeds(), "")) + " " + Html.band("(repeat a run with alignsim run SCENARIO --seed K)"))
                .meta("model runs", m.runs() + " on " + m.threads() + " threads")
                .meta("validation file", Html.fileSum(Json.tree(m.validationFile())))
                .meta("data", Html.fileSums(m.data()))
                .meta("time taken", Html.esc(ReportPage.timeTaken(m)))
                .meta("program", "alignsim " + Html.esc(ReportPage.or(m.version(), "unknown")) + ", Java " + Html.esc(ReportPage.or(m.java(), "?")))
                .end();
    }

    private void scorecard(HtmlPage page) {
        List<Map<String, String>> rows = tables.get("scorecard.csv");
        long fail = rows.stream().filter(r -> r.get("status").equals("fail")).count();
        long judged = rows.stream().filter(r -> !r.get("status").equals("info")).count();
        HtmlPage.Table t = page.h2("Scorecard").p(fail + " of " + judged + " judged metrics miss their target. A metric without a target is reported, not judged.")
                .table("stats", true).head("scenario", "metric", "value", "reference", "target", "status", "detail");
        for (Map<String, String> r : rows) {
            String st = r.get("status");
            String cls = st.equals("pass") ? " class=\"pos\"" : st.equals("fail") ? " class=\"neg\"" : "";
            t.cells(Html.td(Html.esc(r.get("scenario"))), "<td title=\"" + Html.esc(r.get("measures")) + "\">" + Html.code(r.get("metric")) + "</td>",
                    Html.tdN(Html.g(num(r, "value"))), Html.tdN(Html.g(num(r, "reference"))), Html.td(Html.esc(r.get("target"))),
                    "<td" + cls + "><b>" + Html.esc(st) + "</b></td>", Html.td(Html.esc(r.get("detail"))));
        }
        t.end();
    }

    /** For the states in the wrong class in most seeds: what holds them, from class_drivers.csv. */
    private void drivers(HtmlPage page) {
        List<Map<String, String>> wrong = tables.get("classes.csv").stream().filter(r -> num(r, "share_wrong") > 0.5).toList();
        if (wrong.isEmpty() || tables.get("class_drivers.csv").isEmpty()) return;
        HtmlPage.Table t = page.h2("What holds the states in the wrong class").p("For each state in the wrong class in more than half the seeds, "
                        + "each mechanism's part " + Html.code("L x - C x²") + " of its utility at the middle of the observation window, averaged over "
                        + "the seeds (class_drivers.csv; one run in detail: " + Html.code("alignsim explain SCENARIO --year Y --state S --seed K") + "). "
                        + "L pulls toward the US (+) or the east pole (−); a mechanism with curvature C alone would hold the state at L/2C, the "
                        + "more firmly the larger C. Largest L first.")
                .table("stats", true).head("scenario", "state", "observed", "mean stance", "the mechanisms together would hold it at", "mechanisms: L (where alone, C)");
        for (Map<String, String> r : wrong) {
            List<Map<String, String>> parts = tables.get("class_drivers.csv").stream()
                    .filter(d -> d.get("scenario").equals(r.get("scenario")) && d.get("state").equals(r.get("state"))).toList();
            if (parts.isEmpty()) continue;
            double together = Double.NaN;
            List<Map<String, String>> mech = new ArrayList<>();
            for (Map<String, String> d : parts) {
                if (d.get("term").equals("all")) together = num(d, "alone");
                else if (num(d, "linear") != 0 || num(d, "curvature") != 0) mech.add(d);
            }
            mech = mech.stream().sorted((a, b) -> Double.compare(Math.abs(num(b, "linear")), Math.abs(num(a, "linear")))).toList();
            StringBuilder sb = new StringBuilder();
            for (Map<String, String> d : mech) {
                if (sb.length() > 0) sb.append(" · ");
                double l = num(d, "linear"), c = num(d, "curvature");
                sb.append(Html.esc(d.get("term")));
                if (l != 0 || !(c > 0)) sb.append(String.format(java.util.Locale.ROOT, " %+.2f", l));
                if (c > 0) sb.append(String.format(java.util.Locale.ROOT, " (alone %+.2f, C %.2f)", num(d, "alone"), c));
            }
            t.cells(Html.td(Html.esc(r.get("scenario"))), Html.td(Html.esc(r.get("state")) + (r.get("contestable").equals("1") ? " " + Html.band("(contestable)") : "")),
                    Html.td(Html.esc(r.get("observed"))), Html.tdN(Html.num(num(r, "mean_stance"))), Html.tdN(Html.num(together)), Html.td(sb.toString()));
        }
        t.end();
    }

    /** The clear decade shifts of the UN record that the simulated vote does not follow, from decade_shifts.csv. */
    private void missedShifts(HtmlPage page) {
        List<Map<String, String>> missed = tables.get("decade_shifts.csv").stream()
                .filter(r -> "1".equals(r.get("clear")) && "0".equals(r.get("followed")))
                .sorted(java.util.Comparator.comparing((Map<String, String> r) -> r.get("scenario")).thenComparing(r -> r.get("decade_from"))
                        .thenComparing(r -> r.get("state"))).toList();
        if (missed.isEmpty()) return;
        HtmlPage.Table t = page.h2("Decade shifts the model does not follow").p("The (state, decade) pairs in which the UN ideal point's ten-year "
                        + "mean moved by more than its noise and the simulated UN voting position's moved the other way (or not at all), "
                        + "by decade, with the simulated shift taken apart by the voting position's terms (docs/MODEL.md 7.16); every pair, followed or not, is in "
                        + "decade_shifts.csv (metric 3b of docs/VALIDATION.md).")
                .table("stats", true).head("scenario", "state", "decades", "UN shift", "noise", "simulated shift", "the simulated shift by term, largest first");
        for (Map<String, String> r : missed) {
            List<String> known = VotingAlignment.Parts.TERMS.stream().filter(k -> !Double.isNaN(num(r, k + "_shift")))
                    .sorted((a, b) -> Double.compare(Math.abs(num(r, b + "_shift")), Math.abs(num(r, a + "_shift")))).toList();
            StringBuilder by = new StringBuilder();
            for (String k : known) {
                if (by.length() > 0) by.append(" · ");
                by.append(Html.esc(k.replace('_', ' '))).append(String.format(java.util.Locale.ROOT, " %+.2f", num(r, k + "_shift")));
            }
            t.cells(Html.td(Html.esc(r.get("scenario"))), Html.td(Html.esc(r.get("state"))),
                    Html.td(Html.esc(r.get("decade_from") + "s → " + r.get("decade_to") + "s")), Html.tdN(Html.num(num(r, "un_shift"))),
                    Html.tdN(Html.num(num(r, "noise"))), "<td class=\"n neg\">" + Html.num(num(r, "model_shift")) + "</td>", Html.td(by.toString()));
        }
        t.end();
    }

    private void classes(HtmlPage page) {
        List<Map<String, String>> rows = tables.get("classes.csv");
        if (rows.isEmpty()) return;
        HtmlPage.Table t = page.h2("2024 classes per state").p("Observed class (calibration file) against the share of seeds in each simulated class, by the mean "
                        + "stance over the observation window. Contestable classes are marked.")
                .table("stats", true).head("scenario", "state", "observed", "modal simulated", "mean stance", "US-aligned", "hedger", "China-aligned", "wrong");
        for (Map<String, String> r : rows) {
            double wrong = num(r, "share_wrong");
            t.cells(Html.td(Html.esc(r.get("scenario"))), Html.td(Html.esc(r.get("state")) + (r.get("contestable").equals("1") ? " " + Html.band("(contestable)") : "")),
                    Html.td(Html.esc(r.get("observed"))), Html.td(Html.esc(r.get("modal_class"))), Html.tdN(Html.num(num(r, "mean_stance"))),
                    Html.tdN(Html.percent(num(r, "share_us_aligned"))), Html.tdN(Html.percent(num(r, "share_hedger"))),
                    Html.tdN(Html.percent(num(r, "share_china_aligned"))), "<td class=\"n" + (wrong > 0.5 ? " neg" : "") + "\">" + Html.percent(wrong) + "</td>");
        }
        t.end();
    }
}
