package org.alignsim.report;

import org.alignsim.results.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.results.CalibrationManifest;
import org.alignsim.results.ManifestFile;
import org.alignsim.base.UserError;
import org.alignsim.calibration.LossChart;
import org.alignsim.calibration.LossLog;
import org.alignsim.calibration.StanceClass;
import org.alignsim.chart.BlocColors.Bloc;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.StanceMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report on a folder of `alignsim calibrate`: what was fitted, the best parameters against
 * the starting ones, the loss trajectory, the fit per state, the hold-out check and how to use
 * best.yaml. Everything is read from the folder's files (manifest.json, loss.csv, fit.csv,
 * holdout.json) and checked before anything is written. The loss chart is the calibration's own
 * loss.png (and loss.svg), linked in place; only where loss.png is missing is it drawn again from
 * loss.csv into charts/. The maps of the observed and the simulated classes go to charts/ too.
 */
record CalibrationReport(Path dir, CalibrationManifest manifest, List<LossLog.Row> loss, List<FitRow> fit, JsonNode holdout, String description) {

    /** One row of fit.csv. */
    record FitRow(String state, StanceClass observed, double[] shares, double meanAlignment, StanceClass simulated, double shareCorrect,
                  boolean match, StanceClass startSimulated, double startShareCorrect) {}

    static CalibrationReport load(Path dir) {
        Path mf = dir.resolve(ManifestFile.NAME);
        CalibrationManifest manifest = ManifestFile.read(mf, CalibrationManifest.class, CalibrationManifest.COMMAND);
        String status = ReportPage.or(manifest.status(), "");
        if (!status.equals("complete")) {
            throw new UserError(dir + ": the calibration is not finished (manifest.json says status '" + status
                    + "'); finish it with 'alignsim calibrate FILE --resume --out " + dir + "'");
        }
        if (manifest.parameters() == null || manifest.parameters().isEmpty()) throw new UserError(mf + ": no \"parameters\" list");
        for (CalibrationManifest.Parameter p : manifest.parameters()) {
            if (p.best() == null) throw new UserError(mf + ": parameter '" + ReportPage.or(p.path(), "?") + "' has no number \"best\"");
        }
        List<LossLog.Row> loss = loss(dir.resolve("loss.csv"));
        boolean listed = manifest.outputs() != null && manifest.outputs().contains("fit.csv");
        List<FitRow> fit = Files.exists(dir.resolve("fit.csv")) || listed ? fit(dir.resolve("fit.csv")) : null;
        JsonNode holdout = Result.readJson(dir.resolve("holdout.json"));
        return new CalibrationReport(dir, manifest, loss, fit, holdout, description(dir));
    }


    private static List<LossLog.Row> loss(Path file) {
        List<LossLog.Row> rows = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            int ev = r.require("evaluation"), gen = r.require("generation"), rs = r.require("restart"), l = r.require("loss");
            for (String[] row = r.next(); row != null; row = r.next()) {
                double v = r.number(row, l);
                if (Double.isNaN(v)) throw r.error("column 'loss' is empty");
                rows.add(new LossLog.Row(r.integer(row, ev), r.integer(row, gen), r.integer(row, rs), v, new double[0], new double[0]));
            }
        }
        if (rows.isEmpty()) throw new UserError(file + ": no evaluations (truncated?)");
        return rows;
    }

    private static List<FitRow> fit(Path file) {
        List<FitRow> rows = new ArrayList<>();
        try (CsvTable r = CsvTable.open(file, false)) {
            int st = r.require("state"), obs = r.require("observed"), us = r.require("share_us_aligned"), he = r.require("share_hedger"),
                    cn = r.require("share_china_aligned"), mean = r.require("mean_alignment"), sim = r.require("simulated"),
                    sc = r.require("share_correct"), m = r.require("match"), ss = r.require("start_simulated"), ssc = r.require("start_share_correct");
            for (String[] row = r.next(); row != null; row = r.next()) {
                double[] shares = {share(r, row, us), share(r, row, he), share(r, row, cn)};
                boolean match = switch (row[m]) {
                    case "1" -> true;
                    case "0" -> false;
                    default -> throw r.error("column 'match': '" + row[m] + "' is neither 1 nor 0");
                };
                rows.add(new FitRow(row[st], stance(r, row, obs), shares, r.number(row, mean), stance(r, row, sim), share(r, row, sc), match,
                        stance(r, row, ss), share(r, row, ssc)));
            }
        }
        if (rows.isEmpty()) throw new UserError(file + ": no states (truncated?)");
        return rows;
    }

    private static double share(CsvTable r, String[] row, int col) {
        double v = r.number(row, col);
        if (!(v >= 0 && v <= 1)) throw r.error("column '" + r.header()[col] + "': '" + row[col] + "' is not a share from 0 to 1");
        return v;
    }

    private static StanceClass stance(CsvTable r, String[] row, int col) {
        StanceClass c = StanceClass.parse(row[col]);
        if (c == null) throw r.error("column '" + r.header()[col] + "': '" + row[col] + "' is not " + StanceClass.allowed());
        return c;
    }

    /** The description in the folder's copy of the calibration file (the manifest does not carry it). */
    private static String description(Path dir) {
        Path y = dir.resolve("calibration.yaml");
        if (!Files.isRegularFile(y)) return "";
        try {
            JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(y.toFile());
            return n == null ? "" : n.path("description").asText("");
        } catch (Exception e) {
            return "";   // only a description: a damaged copy must not stop the report
        }
    }

    String name() { return ReportPage.or(manifest.name(), dir.toAbsolutePath().normalize().getFileName().toString()); }

    /**
     * The charts to draw into charts/: the loss chart where the calibration's own loss.png is
     * missing, and maps of the observed and the simulated stance classes where fit.csv has them.
     */
    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve("loss.png"))) {
            out.add(new Figure(LOSS, LossChart.chart("Calibration " + name() + ": loss by evaluation", loss), LossChart.WIDTH, LossChart.HEIGHT,
                    "Loss trajectory: the loss of every evaluation (grey dots) and the best loss so far (line)."));
        }
        if (fit != null) out.addAll(maps());
        return out;
    }

    private static final String LOSS = "loss", MAP_OBSERVED = "map-observed", MAP_MODEL = "map-model";

    /** The observed 2024 classes beside the model's (the modal class at the best parameters), same extent and colours. */
    private List<Figure> maps() {
        Map<String, Bloc> observed = new LinkedHashMap<>(), simulated = new LinkedHashMap<>();
        for (FitRow r : fit) {
            observed.put(r.state(), bloc(r.observed()));
            simulated.put(r.state(), bloc(r.simulated()));
        }
        StanceMap o = StanceMap.blocs("Observed 2024 stance classes", "calibration " + name(), observed);
        StanceMap m = StanceMap.blocs("Simulated at the best parameters", "modal class over the replications", simulated);
        return List.of(new Figure(MAP_OBSERVED, o.chart(), o.width(), o.height(), "The 2024 stance class observed for each fitted state."),
                new Figure(MAP_MODEL, m.chart(), m.width(), m.height(), "The class the model gives each state most often at the best parameters."));
    }

    static Bloc bloc(StanceClass c) {
        return switch (c) {
            case US_ALIGNED -> Bloc.US;
            case HEDGER -> Bloc.HEDGING;
            case CHINA_ALIGNED -> Bloc.CHINA;
        };
    }

    private static List<Figure> named(List<Figure> figures, String... files) {
        List<String> wanted = List.of(files);
        return figures.stream().filter(f -> wanted.contains(f.file())).toList();
    }

    String html(List<Figure> figures, Path outDir) {
        CalibrationManifest m = manifest;
        HtmlPage page = new HtmlPage("AlignSim calibration: " + name()).h1("AlignSim calibration: " + name())
                .lead("Scenario parameters fitted with CMA-ES by " + Html.code("alignsim calibrate") + ", from " + Html.code(dir.toString()));
        fitted(page, m);
        best(page, m);
        trajectory(page, named(figures, LOSS), outDir);
        if (fit != null) fitTable(page, named(figures, MAP_OBSERVED, MAP_MODEL));
        holdoutSection(page);
        use(page, outDir);
        page.dataFiles(outDir, dir, List.of("best.yaml", "best-backcast.yaml", "loss.csv", "loss.png", "loss.svg", "fit.csv", "holdout.json",
                "calibration.yaml", "manifest.json"));
        boolean drawn = !named(figures, LOSS).isEmpty();
        return page.end(ReportPage.or(m.version(), "unknown"), (drawn ? "The loss chart is in <code>charts/</code> as PNG and SVG"
                : "The loss chart is <code>loss.png</code>" + (Files.isRegularFile(dir.resolve("loss.svg")) ? " (and <code>loss.svg</code>)" : ""))
                + (fit != null ? "; the maps are in <code>charts/</code> as PNG and SVG" : "") + "; this page needs no network access.");
    }

    private void fitted(HtmlPage page, CalibrationManifest m) {
        HtmlPage.Table t = page.h2("What was fitted").table("meta", false);
        t.meta("calibration", Html.esc(name()) + " (" + Html.code(ReportPage.or(m.calibrationFile(), "")) + ") "
                + Html.band("sha256 " + Html.esc(ReportPage.or(m.calibrationSha256(), ""))));
        if (!description.isEmpty()) t.meta("description", Html.esc(description));
        t.meta("scenario files", Html.fileSums(m.scenarioFiles()));
        List<String> params = new ArrayList<>();
        for (CalibrationManifest.Parameter p : m.parameters()) params.add(Html.code(p.path()) + " in [" + Html.g(p.lower()) + ", " + Html.g(p.upper()) + "]");
        t.meta("parameters", String.join("<br>", params));
        List<String> holdout = m.holdout() == null ? List.of() : m.holdout();
        String held = String.join(", ", holdout.stream().map(Html::esc).toList());
        Map<String, Object> opt = m.optimizer() == null ? Map.of() : m.optimizer();
        t.meta("targets", "fitted: " + Html.esc(fitText(ReportPage.or(m.fit(), "?"))) + "; held out: " + (held.isEmpty() ? "none" : held))
                .meta("budget", m.budget() + " evaluations")
                .meta("evaluations run", text(m.evaluations(), "?") + " in " + text(m.generations(), "?") + " generations, "
                        + text(m.restarts(), "0") + " restarts; stopped by " + text(m.stopReason(), "?"))
                .meta("optimizer", text(opt.get("method"), "CMA-ES") + "<br>" + Html.band("population " + text(opt.get("population"), "?")
                        + ", first step size " + text(opt.get("sigma"), "?") + " of each range"))
                .meta("replications", m.replications() + " runs per candidate"
                        + (m.backcastReplications() != null ? "; backcast " + m.backcastReplications() : "")
                        + " " + Html.band("(the same seeds for every candidate)"))
                .meta("seed", m.seed() + "<br>" + Html.band(text(m.seedRule(), "")))
                .meta("threads", Integer.toString(m.threads()))
                .meta("started", text(m.started(), "–"))
                .meta("ended", m.ended() != null ? Html.esc(m.ended()) : "not finished")
                .meta("time taken", Html.esc(ReportPage.timeTaken(m)))
                .meta("program", "alignsim " + text(m.version(), "unknown") + ", Java " + text(m.java(), "?"))
                .end();
    }

    /** A manifest's value as escaped text, or otherwise when it records none. */
    private static String text(Object value, String otherwise) {
        return Html.esc(value == null ? otherwise : value.toString());
    }

    private static String fitText(String key) {
        return switch (key) {
            case "stances" -> "the 2024 stance classes";
            case "backcast" -> "the backcast's phase signs";
            case "both" -> "the 2024 stance classes and the backcast's phase signs";
            default -> key;
        };
    }

    private void best(HtmlPage page, CalibrationManifest m) {
        HtmlPage.Table t = page.h2("Best parameters").p("The best of " + text(m.evaluations(), "?") + " evaluations is evaluation "
                        + text(m.bestEvaluation(), "?") + ": loss " + loss(m.bestLoss() == null ? Double.NaN : m.bestLoss()) + ", against "
                        + loss(m.startLoss() == null ? Double.NaN : m.startLoss()) + " at the starting values (the scenario's own, or the calibration file's "
                        + Html.code("start") + ").")
                .table("stats", true).head("parameter (scenario key)", "lower", "upper", "start", "best", "change");
        for (CalibrationManifest.Parameter p : m.parameters()) {
            double lo = p.lower(), hi = p.upper(), s = p.start(), x = p.best();
            double d = x - s;
            t.cells(Html.td(Html.code(p.path())), Html.tdN(Html.g(lo)), Html.tdN(Html.g(hi)), Html.tdN(Html.g(s)),
                    Html.tdN("<b>" + Html.g(x) + "</b>"),
                    Html.tdN("<span class=\"" + (d > 0 ? "pos" : d < 0 ? "neg" : "") + "\">" + (d == 0 ? "0" : (d > 0 ? "+" : "−") + Html.g(Math.abs(d))) + "</span>"));
        }
        t.end().p("band", "Exact values (the shortest decimals that read back as the fitted numbers) are in best.yaml and manifest.json.");
    }

    private static String loss(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private void trajectory(HtmlPage page, List<Figure> figures, Path outDir) {
        double best = Double.POSITIVE_INFINITY;
        long bestAt = 0;
        for (LossLog.Row r : loss) {
            if (r.loss() < best) {
                best = r.loss();
                bestAt = r.evaluation();
            }
        }
        page.h2("Loss trajectory").p(loss.size() + " evaluations logged in loss.csv; the best loss, " + loss(best) + ", was first reached at evaluation "
                + bestAt + ". A line that still falls at the end means the budget, not the optimizer, ended the search.");
        String caption = "Loss trajectory: the loss of every evaluation (grey dots) and the best loss so far (line), by evaluation.";
        if (!figures.isEmpty()) {
            for (Figure f : figures) page.figure(f);
            return;
        }
        Path png = dir.resolve("loss.png"), svg = dir.resolve("loss.svg");
        int[] size = Sensitivity.pngSize(png);
        page.figure(Html.href(outDir, png), Files.isRegularFile(svg) ? Html.href(outDir, svg) : null,
                size[0] / ChartFiles.PNG_SCALE, size[1] / ChartFiles.PNG_SCALE, "Calibration " + name() + ": loss by evaluation", caption);
    }

    static String className(StanceClass c) {
        return switch (c) {
            case US_ALIGNED -> "US-aligned";
            case HEDGER -> "hedger";
            case CHINA_ALIGNED -> "China-aligned";
        };
    }

    private void fitTable(HtmlPage page, List<Figure> maps) {
        long matches = fit.stream().filter(FitRow::match).count();
        long startMatches = fit.stream().filter(r -> r.startSimulated() == r.observed()).count();
        JsonNode st = holdout.path("stances");
        String over = !st.isObject() ? "" : " (" + Html.esc(st.path("role").asText()) + ", over " + Html.esc(st.path("replications").asText("?"))
                + " replications, mean alignment from " + Html.esc(st.path("window").path("from").asText("?")) + " to "
                + Html.esc(st.path("window").path("to").asText("?")) + ")";
        page.h2("Fit per state").p("Observed 2024 class against the classes simulated at the best parameters" + over
                + ": the share of replications in each class, and the modal class. The modal class is right for <b>" + matches + " of " + fit.size()
                + "</b> states at the best parameters, " + startMatches + " at the start.");
        page.html("<div class=\"pair\">\n");
        for (Figure f : maps) page.figure(f);
        page.html("</div>\n");
        HtmlPage.Table t = page.table("stats", true).head("state", "observed", "simulated<br>" + Html.band("modal class"),
                "US-aligned<br>" + Html.band("share"), "hedger<br>" + Html.band("share"), "China-aligned<br>" + Html.band("share"),
                "mean alignment", "share correct", "match", "at the start<br>" + Html.band("modal class, share correct"));
        for (FitRow r : fit) {
            List<String> cells = new ArrayList<>(List.of(Html.td(Html.code(r.state())), Html.td(className(r.observed())), Html.td(className(r.simulated()))));
            for (double s : r.shares()) cells.add(Html.tdN(Html.percent(s)));
            cells.addAll(List.of(Html.tdN(Html.num(r.meanAlignment())), Html.tdN(Html.percent(r.shareCorrect())),
                    Html.tdN(r.match() ? "<span class=\"pos\">yes</span>" : "<span class=\"neg\"><b>no</b></span>"),
                    Html.td(className(r.startSimulated()) + ", " + Html.percent(r.startShareCorrect()))));
            t.cells(cells.toArray(String[]::new));
        }
        t.end();
    }

    private void holdoutSection(HtmlPage page) {
        List<String> held = new ArrayList<>();
        for (JsonNode h : holdout.path("holdout")) held.add(h.asText());
        page.h2("Hold-out check").p((held.isEmpty() ? "Nothing was held out: every target with data was fitted, so this section shows the fitted targets "
                        + "only (over-fitting would not show here)."
                        : "Targets not fitted, evaluated at the best parameters and at the start: if the fit improves what it was fitted to while "
                        + "the hold-out gets worse, it has learned the target, not the mechanisms.") + " Details: " + Html.code("holdout.json") + ".");
        JsonNode bc = holdout.path("backcast");
        if (bc.isObject()) backcast(page, bc);
        JsonNode st = holdout.path("stances");
        if (st.isObject()) {
            HtmlPage.Table t = page.h3Html("2024 stances (" + Html.esc(st.path("role").asText()) + ")").table("stats", false)
                    .head("", "misclassification", "modal class right");
            stanceRow(t, "at the start", st.path("at_start"));
            stanceRow(t, "at the best", st.path("at_best"));
            JsonNode fresh = st.path("fresh_seeds");
            if (fresh.isObject()) {
                stanceRow(t, "at the start, " + fresh.path("replications").asText("?") + " fresh seeds", fresh.path("at_start"));
                stanceRow(t, "at the best, " + fresh.path("replications").asText("?") + " fresh seeds", fresh.path("at_best"));
            }
            t.end().p("band", "Misclassification: the share of (replication, state) pairs in the wrong class. Fresh seeds: other runs than "
                    + "those the fit saw, so a best that only fits its own draws shows there.");
        }
    }

    private static void stanceRow(HtmlPage.Table t, String label, JsonNode n) {
        t.cells(Html.th(Html.esc(label)), Html.tdN(Html.num(n.path("misclassification").asDouble(Double.NaN))),
                Html.tdN(Html.esc(n.path("modal_matches").asText("–"))));
    }

    private static void backcast(HtmlPage page, JsonNode bc) {
        JsonNode phases = bc.path("phases");
        JsonNode best = bc.path("at_best"), start = bc.path("at_start");
        HtmlPage.Table t = page.h3Html("Backcast phase signs (" + Html.esc(bc.path("role").asText()) + ")")
                .p("Mean alignment of " + Html.code(bc.path("state").asText()) + " in the backcast " + Html.code(bc.path("scenario").asText())
                        + " over " + Html.esc(bc.path("replications").asText("?"))
                        + " replications, phase by phase; each sign says whether a phase's mean must be above (up) or below (down) the one before.")
                .table("stats", true).head("phases", "expected", "at the start<br>" + Html.band("change of the mean; share of runs right"),
                        "at the best<br>" + Html.band("change of the mean; share of runs right"));
        int n = Math.max(best.path("signs").size(), start.path("signs").size());
        for (int k = 0; k < n; k++) {
            JsonNode sb = best.path("signs").path(k), ss = start.path("signs").path(k);
            t.cells(Html.td(phase(phases.path(k)) + " → " + phase(phases.path(k + 1))), Html.td(Html.esc(sb.path("expected").asText(ss.path("expected").asText("?")))),
                    sign(ss), sign(sb));
        }
        t.end().p("Wrong signs per run: " + Html.num(start.path("mean_wrong_signs_per_replication").asDouble(Double.NaN)) + " at the start, "
                + Html.num(best.path("mean_wrong_signs_per_replication").asDouble(Double.NaN)) + " at the best.");
    }

    private static String phase(JsonNode p) {
        if (!p.isObject()) return "?";
        return Html.esc(p.path("from").asText("?")) + "–" + Html.esc(p.path("to").asText("?"));
    }

    private static String sign(JsonNode s) {
        if (!s.isObject()) return Html.tdN("–");
        boolean holds = s.path("holds").asBoolean();
        return Html.tdN(Html.diff(s.path("mean_difference").asDouble(Double.NaN)) + "; " + Html.percent(s.path("share_of_replications_right").asDouble(Double.NaN))
                + " <span class=\"" + (holds ? "pos\">holds" : "neg\"><b>fails</b>") + "</span>");
    }

    private void use(HtmlPage page, Path outDir) {
        page.h2("Using the result").p("<a href=\"" + Html.esc(Html.href(outDir, dir.resolve("best.yaml"))) + "\">" + Html.code("best.yaml")
                        + "</a> is a scenario that " + Html.code("extends") + " the calibrated one and sets the fitted keys to their best values. "
                        + "Run it, sweep around it, or extend it like any scenario:")
                .html("<pre><code>./alignsim run " + Html.esc(dir.resolve("best.yaml").toString()) + "</code></pre>\n");
        if (Files.isRegularFile(dir.resolve("best-backcast.yaml"))) {
            page.p("The same values on the backcast: <a href=\"" + Html.esc(Html.href(outDir, dir.resolve("best-backcast.yaml"))) + "\">"
                            + Html.code("best-backcast.yaml") + "</a>.")
                    .html("<pre><code>./alignsim run " + Html.esc(dir.resolve("best-backcast.yaml").toString()) + "</code></pre>\n");
        }
    }
}
