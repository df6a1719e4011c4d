package org.alignsim.report;

import org.alignsim.results.CsvTable;

import com.fasterxml.jackson.databind.JsonNode;
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
record CalibrationReport(Path dir, JsonNode manifest, List<LossLog.Row> loss, List<FitRow> fit, JsonNode holdout, String description) {

    /** One row of fit.csv. */
    record FitRow(String state, StanceClass observed, double[] shares, double meanAlignment, StanceClass simulated, double shareCorrect,
                  boolean match, StanceClass startSimulated, double startShareCorrect) {}

    static CalibrationReport load(Path dir, JsonNode manifest) {
        Path mf = dir.resolve("manifest.json");
        String status = manifest.path("status").asText("");
        if (!status.equals("complete")) {
            throw new UserError(dir + ": the calibration is not finished (manifest.json says status '" + status
                    + "'); finish it with 'alignsim calibrate FILE --resume --out " + dir + "'");
        }
        if (!manifest.path("parameters").isArray() || manifest.path("parameters").isEmpty()) {
            throw new UserError(mf + ": no \"parameters\" list");
        }
        for (JsonNode p : manifest.path("parameters")) {
            for (String k : new String[]{"lower", "upper", "start", "best"}) {
                if (!p.path(k).isNumber()) throw new UserError(mf + ": parameter '" + p.path("path").asText("?") + "' has no number \"" + k + "\"");
            }
        }
        List<LossLog.Row> loss = loss(dir.resolve("loss.csv"));
        List<FitRow> fit = Files.exists(dir.resolve("fit.csv")) || lists(manifest, "fit.csv") ? fit(dir.resolve("fit.csv")) : null;
        JsonNode holdout = Result.readJson(dir.resolve("holdout.json"));
        return new CalibrationReport(dir, manifest, loss, fit, holdout, description(dir));
    }

    private static boolean lists(JsonNode manifest, String file) {
        for (JsonNode o : manifest.path("outputs")) if (o.asText().equals(file)) return true;
        return false;
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

    String name() { return manifest.path("name").asText(dir.toAbsolutePath().normalize().getFileName().toString()); }

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
        StringBuilder b = new StringBuilder(32 * 1024);
        JsonNode m = manifest;
        Html.head(b, "AlignSim calibration: " + name());
        b.append("<h1>AlignSim calibration: ").append(Html.esc(name())).append("</h1>\n");
        b.append("<p class=\"lead\">Scenario parameters fitted with CMA-ES by <code>alignsim calibrate</code>, from <code>")
                .append(Html.esc(dir.toString())).append("</code></p>\n");
        fitted(b, m);
        best(b, m);
        trajectory(b, named(figures, LOSS), outDir);
        if (fit != null) fitTable(b, named(figures, MAP_OBSERVED, MAP_MODEL));
        holdoutSection(b);
        use(b, outDir);
        files(b, outDir);
        boolean drawn = !named(figures, LOSS).isEmpty();
        Html.foot(b, m.path("version").asText("unknown"), (drawn ? "The loss chart is in <code>charts/</code> as PNG and SVG"
                : "The loss chart is <code>loss.png</code>" + (Files.isRegularFile(dir.resolve("loss.svg")) ? " (and <code>loss.svg</code>)" : ""))
                + (fit != null ? "; the maps are in <code>charts/</code> as PNG and SVG" : "") + "; this page needs no network access.");
        return b.toString();
    }

    private void fitted(StringBuilder b, JsonNode m) {
        b.append("<h2>What was fitted</h2>\n<table class=\"meta\">\n");
        Html.row(b, "calibration", Html.esc(name()) + " (<code>" + Html.esc(m.path("calibration_file").asText()) + "</code>) <span class=\"band\">sha256 "
                + Html.esc(m.path("calibration_sha256").asText()) + "</span>");
        if (!description.isEmpty()) Html.row(b, "description", Html.esc(description));
        StringBuilder files = new StringBuilder();
        for (JsonNode f : m.path("scenario_files")) {
            files.append("<code>").append(Html.esc(f.path("path").asText())).append("</code> <span class=\"band\">sha256 ")
                    .append(Html.esc(f.path("sha256").asText())).append("</span><br>");
        }
        Html.row(b, "scenario files", files.toString());
        List<String> params = new ArrayList<>();
        for (JsonNode p : m.path("parameters")) {
            params.add("<code>" + Html.esc(p.path("path").asText()) + "</code> in [" + Html.g(p.path("lower").asDouble()) + ", " + Html.g(p.path("upper").asDouble()) + "]");
        }
        Html.row(b, "parameters", String.join("<br>", params));
        StringBuilder held = new StringBuilder();
        for (JsonNode h : m.path("holdout")) held.append(held.length() > 0 ? ", " : "").append(Html.esc(h.asText()));
        Html.row(b, "targets", "fitted: " + Html.esc(fitText(m.path("fit").asText("?"))) + "; held out: " + (held.length() == 0 ? "none" : held));
        Html.row(b, "budget", Html.esc(m.path("budget").asText("?")) + " evaluations");
        Html.row(b, "evaluations run", Html.esc(m.path("evaluations").asText("?")) + " in " + Html.esc(m.path("generations").asText("?")) + " generations, "
                + Html.esc(m.path("restarts").asText("0")) + " restarts; stopped by " + Html.esc(m.path("stop_reason").asText("?")));
        JsonNode opt = m.path("optimizer");
        Html.row(b, "optimizer", Html.esc(opt.path("method").asText("CMA-ES")) + "<br><span class=\"band\">population " + Html.esc(opt.path("population").asText("?"))
                + ", first step size " + Html.esc(opt.path("sigma").asText("?")) + " of each range</span>");
        Html.row(b, "replications", Html.esc(m.path("replications").asText("?")) + " runs per candidate"
                + (m.has("backcast_replications") ? "; backcast " + Html.esc(m.path("backcast_replications").asText()) : "")
                + " <span class=\"band\">(the same seeds for every candidate)</span>");
        Html.row(b, "seed", Html.esc(m.path("seed").asText()) + "<br><span class=\"band\">" + Html.esc(m.path("seed_rule").asText()) + "</span>");
        Html.row(b, "threads", Html.esc(m.path("threads").asText("?")));
        Html.row(b, "started", Html.esc(m.path("started").asText("–")));
        Html.row(b, "ended", m.path("ended").isTextual() ? Html.esc(m.path("ended").asText()) : "not finished");
        Html.row(b, "time taken", Html.esc(ReportPage.timeTaken(m)));
        Html.row(b, "program", "alignsim " + Html.esc(m.path("version").asText("unknown")) + ", Java " + Html.esc(m.path("java").asText("?")));
        b.append("</table>\n");
    }

    private static String fitText(String key) {
        return switch (key) {
            case "stances" -> "the 2024 stance classes";
            case "backcast" -> "the backcast's phase signs";
            case "both" -> "the 2024 stance classes and the backcast's phase signs";
            default -> key;
        };
    }

    private void best(StringBuilder b, JsonNode m) {
        b.append("<h2>Best parameters</h2>\n<p>The best of ").append(Html.esc(m.path("evaluations").asText("?")))
                .append(" evaluations is evaluation ").append(Html.esc(m.path("best_evaluation").asText("?"))).append(": loss ")
                .append(loss(m.path("best_loss").asDouble(Double.NaN))).append(", against ").append(loss(m.path("start_loss").asDouble(Double.NaN)))
                .append(" at the starting values (the scenario's own, or the calibration file's <code>start</code>).</p>\n");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>parameter (scenario key)</th><th>lower</th><th>upper</th><th>start</th><th>best</th><th>change</th></tr>\n");
        for (JsonNode p : m.path("parameters")) {
            double lo = p.path("lower").asDouble(), hi = p.path("upper").asDouble(), s = p.path("start").asDouble(), x = p.path("best").asDouble();
            double d = x - s;
            b.append("<tr><td><code>").append(Html.esc(p.path("path").asText())).append("</code></td><td class=\"n\">").append(Html.g(lo))
                    .append("</td><td class=\"n\">").append(Html.g(hi)).append("</td><td class=\"n\">").append(Html.g(s))
                    .append("</td><td class=\"n\"><b>").append(Html.g(x)).append("</b></td><td class=\"n\"><span class=\"").append(d > 0 ? "pos" : d < 0 ? "neg" : "")
                    .append("\">").append(d == 0 ? "0" : (d > 0 ? "+" : "−") + Html.g(Math.abs(d))).append("</span></td></tr>\n");
        }
        b.append("</table></div>\n<p class=\"band\">Exact values (the shortest decimals that read back as the fitted numbers) are in best.yaml and manifest.json.</p>\n");
    }

    private static String loss(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private void trajectory(StringBuilder b, List<Figure> figures, Path outDir) {
        double best = Double.POSITIVE_INFINITY;
        long bestAt = 0;
        for (LossLog.Row r : loss) {
            if (r.loss() < best) {
                best = r.loss();
                bestAt = r.evaluation();
            }
        }
        b.append("<h2>Loss trajectory</h2>\n<p>").append(loss.size()).append(" evaluations logged in loss.csv; the best loss, ").append(loss(best))
                .append(", was first reached at evaluation ").append(bestAt).append(". A line that still falls at the end means the budget, not the optimizer, "
                        + "ended the search.</p>\n");
        String caption = "Loss trajectory: the loss of every evaluation (grey dots) and the best loss so far (line), by evaluation.";
        if (!figures.isEmpty()) {
            for (Figure f : figures) Html.figure(b, f);
            return;
        }
        Path png = dir.resolve("loss.png"), svg = dir.resolve("loss.svg");
        int[] size = Sensitivity.pngSize(png);
        Html.figure(b, Html.href(outDir, png), Files.isRegularFile(svg) ? Html.href(outDir, svg) : null,
                size[0] / ChartFiles.PNG_SCALE, size[1] / ChartFiles.PNG_SCALE, "Calibration " + name() + ": loss by evaluation", caption);
    }

    static String className(StanceClass c) {
        return switch (c) {
            case US_ALIGNED -> "US-aligned";
            case HEDGER -> "hedger";
            case CHINA_ALIGNED -> "China-aligned";
        };
    }

    private void fitTable(StringBuilder b, List<Figure> maps) {
        long matches = fit.stream().filter(FitRow::match).count();
        long startMatches = fit.stream().filter(r -> r.startSimulated() == r.observed()).count();
        JsonNode st = holdout.path("stances");
        b.append("<h2>Fit per state</h2>\n<p>Observed 2024 class against the classes simulated at the best parameters");
        if (st.isObject()) b.append(" (").append(Html.esc(st.path("role").asText())).append(", over ").append(Html.esc(st.path("replications").asText("?")))
                .append(" replications, mean alignment from ").append(Html.esc(st.path("window").path("from").asText("?"))).append(" to ")
                .append(Html.esc(st.path("window").path("to").asText("?"))).append(")");
        b.append(": the share of replications in each class, and the modal class. The modal class is right for <b>").append(matches).append(" of ")
                .append(fit.size()).append("</b> states at the best parameters, ").append(startMatches).append(" at the start.</p>\n");
        b.append("<div class=\"pair\">\n");
        for (Figure f : maps) Html.figure(b, f);
        b.append("</div>\n");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>state</th><th>observed</th><th>simulated<br><span class=\"band\">modal class</span></th>"
                + "<th>US-aligned<br><span class=\"band\">share</span></th><th>hedger<br><span class=\"band\">share</span></th><th>China-aligned<br><span class=\"band\">share</span></th>"
                + "<th>mean alignment</th><th>share correct</th><th>match</th><th>at the start<br><span class=\"band\">modal class, share correct</span></th></tr>\n");
        for (FitRow r : fit) {
            b.append("<tr><td><code>").append(Html.esc(r.state())).append("</code></td><td>").append(className(r.observed())).append("</td><td>")
                    .append(className(r.simulated())).append("</td>");
            for (double s : r.shares()) b.append("<td class=\"n\">").append(Html.percent(s)).append("</td>");
            b.append("<td class=\"n\">").append(Html.num(r.meanAlignment())).append("</td><td class=\"n\">").append(Html.percent(r.shareCorrect()))
                    .append("</td><td class=\"n\">").append(r.match() ? "<span class=\"pos\">yes</span>" : "<span class=\"neg\"><b>no</b></span>")
                    .append("</td><td>").append(className(r.startSimulated())).append(", ").append(Html.percent(r.startShareCorrect())).append("</td></tr>\n");
        }
        b.append("</table></div>\n");
    }

    private void holdoutSection(StringBuilder b) {
        b.append("<h2>Hold-out check</h2>\n");
        List<String> held = new ArrayList<>();
        for (JsonNode h : holdout.path("holdout")) held.add(h.asText());
        b.append("<p>").append(held.isEmpty() ? "Nothing was held out: every target with data was fitted, so this section shows the fitted targets "
                        + "only (over-fitting would not show here)."
                        : "Targets not fitted, evaluated at the best parameters and at the start: if the fit improves what it was fitted to while "
                        + "the hold-out gets worse, it has learned the target, not the mechanisms.")
                .append(" Details: <code>holdout.json</code>.</p>\n");
        JsonNode bc = holdout.path("backcast");
        if (bc.isObject()) backcast(b, bc);
        JsonNode st = holdout.path("stances");
        if (st.isObject()) {
            b.append("<h3>2024 stances (").append(Html.esc(st.path("role").asText())).append(")</h3>\n<table class=\"stats\">\n<tr><th></th><th>misclassification</th>"
                    + "<th>modal class right</th></tr>\n");
            stanceRow(b, "at the start", st.path("at_start"));
            stanceRow(b, "at the best", st.path("at_best"));
            JsonNode fresh = st.path("fresh_seeds");
            if (fresh.isObject()) {
                stanceRow(b, "at the start, " + fresh.path("replications").asText("?") + " fresh seeds", fresh.path("at_start"));
                stanceRow(b, "at the best, " + fresh.path("replications").asText("?") + " fresh seeds", fresh.path("at_best"));
            }
            b.append("</table>\n<p class=\"band\">Misclassification: the share of (replication, state) pairs in the wrong class. Fresh seeds: other runs than "
                    + "those the fit saw, so a best that only fits its own draws shows there.</p>\n");
        }
    }

    private static void stanceRow(StringBuilder b, String label, JsonNode n) {
        b.append("<tr><th>").append(Html.esc(label)).append("</th><td class=\"n\">").append(Html.num(n.path("misclassification").asDouble(Double.NaN)))
                .append("</td><td class=\"n\">").append(Html.esc(n.path("modal_matches").asText("–"))).append("</td></tr>\n");
    }

    private static void backcast(StringBuilder b, JsonNode bc) {
        b.append("<h3>Backcast phase signs (").append(Html.esc(bc.path("role").asText())).append(")</h3>\n<p>Mean alignment of <code>")
                .append(Html.esc(bc.path("state").asText())).append("</code> in the backcast <code>").append(Html.esc(bc.path("scenario").asText()))
                .append("</code> over ").append(Html.esc(bc.path("replications").asText("?")))
                .append(" replications, phase by phase; each sign says whether a phase's mean must be above (up) or below (down) the one before.</p>\n");
        JsonNode phases = bc.path("phases");
        JsonNode best = bc.path("at_best"), start = bc.path("at_start");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>phases</th><th>expected</th><th>at the start<br><span class=\"band\">change of the mean; "
                + "share of runs right</span></th><th>at the best<br><span class=\"band\">change of the mean; share of runs right</span></th></tr>\n");
        int n = Math.max(best.path("signs").size(), start.path("signs").size());
        for (int k = 0; k < n; k++) {
            JsonNode sb = best.path("signs").path(k), ss = start.path("signs").path(k);
            b.append("<tr><td>").append(phase(phases.path(k))).append(" → ").append(phase(phases.path(k + 1))).append("</td><td>")
                    .append(Html.esc(sb.path("expected").asText(ss.path("expected").asText("?")))).append("</td>")
                    .append(sign(ss)).append(sign(sb)).append("</tr>\n");
        }
        b.append("</table></div>\n<p>Wrong signs per run: ").append(Html.num(start.path("mean_wrong_signs_per_replication").asDouble(Double.NaN)))
                .append(" at the start, ").append(Html.num(best.path("mean_wrong_signs_per_replication").asDouble(Double.NaN))).append(" at the best.</p>\n");
    }

    private static String phase(JsonNode p) {
        if (!p.isObject()) return "?";
        return Html.esc(p.path("from").asText("?")) + "–" + Html.esc(p.path("to").asText("?"));
    }

    private static String sign(JsonNode s) {
        if (!s.isObject()) return "<td class=\"n\">–</td>";
        boolean holds = s.path("holds").asBoolean();
        return "<td class=\"n\">" + Html.diff(s.path("mean_difference").asDouble(Double.NaN)) + "; " + Html.percent(s.path("share_of_replications_right").asDouble(Double.NaN))
                + " <span class=\"" + (holds ? "pos\">holds" : "neg\"><b>fails</b>") + "</span></td>";
    }

    private void use(StringBuilder b, Path outDir) {
        b.append("<h2>Using the result</h2>\n<p><a href=\"").append(Html.esc(Html.href(outDir, dir.resolve("best.yaml"))))
                .append("\"><code>best.yaml</code></a> is a scenario that <code>extends</code> the calibrated one and sets the fitted keys to their best values. "
                        + "Run it, sweep around it, or extend it like any scenario:</p>\n<pre><code>./alignsim run ")
                .append(Html.esc(dir.resolve("best.yaml").toString())).append("</code></pre>\n");
        if (Files.isRegularFile(dir.resolve("best-backcast.yaml"))) {
            b.append("<p>The same values on the backcast: <a href=\"").append(Html.esc(Html.href(outDir, dir.resolve("best-backcast.yaml"))))
                    .append("\"><code>best-backcast.yaml</code></a>.</p>\n<pre><code>./alignsim run ").append(Html.esc(dir.resolve("best-backcast.yaml").toString()))
                    .append("</code></pre>\n");
        }
    }

    private void files(StringBuilder b, Path outDir) {
        b.append("<h2>Data files</h2>\n<p>");
        for (String n : List.of("best.yaml", "best-backcast.yaml", "loss.csv", "loss.png", "loss.svg", "fit.csv", "holdout.json", "calibration.yaml", "manifest.json")) {
            if (!Files.exists(dir.resolve(n))) continue;
            b.append("<a href=\"").append(Html.esc(Html.href(outDir, dir.resolve(n)))).append("\"><code>").append(Html.esc(n)).append("</code></a> ");
        }
        b.append("</p>\n");
    }
}
