package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The HTML of the report on one result folder: what was run, the charts, the sensitivity analyses
 * of a sweep (if `alignsim analyze` wrote any), the statistics per design point.
 */
final class ReportPage {
    private ReportPage() {}

    static String html(Result r, List<Figure> figures, Path outDir) {
        StringBuilder b = new StringBuilder(64 * 1024);
        boolean sweep = r instanceof SweepFolder;
        Html.head(b, "AlignSim report: " + r.name());
        b.append("<h1>AlignSim report: ").append(Html.esc(r.name())).append("</h1>\n");
        b.append("<p class=\"lead\">").append(sweep ? "Parameter sweep" : "Single run").append(" of the scenario <b>")
                .append(Html.esc(r.scenario().name())).append("</b>, from <code>").append(Html.esc(r.dir().toString())).append("</code></p>\n");
        if (r instanceof SweepFolder s && s.partial()) b.append(partialNote(s));
        b.append("<h2>What was run</h2>\n<table class=\"meta\">\n");
        if (r instanceof SweepFolder s) sweepMeta(b, s);
        else runMeta(b, (RunFolder) r);
        common(b, r.manifest());
        b.append("</table>\n");
        if (r instanceof SweepFolder s) factors(b, s);
        b.append("<h2>Charts</h2>\n");
        for (Figure f : figures) Html.figure(b, f);
        if (r instanceof SweepFolder s) {
            Sensitivity analysis = Sensitivity.load(s.dir());
            if (analysis != null) analysis.html(b, outDir);
        }
        if (r instanceof SweepFolder s) StatsTables.perPoint(b, s);
        else StatsTables.run(b, (RunFolder) r);
        files(b, r, outDir);
        Html.foot(b, r.manifest().path("version").asText("unknown"));
        return b.toString();
    }

    static String partialNote(SweepFolder s) {
        return "<p class=\"partial\">Partial result: " + s.runs().size() + " of " + s.expectedRuns() + " runs (sweep status: "
                + Html.esc(s.manifest().path("status").asText("unknown")) + "). Statistics and charts cover only the finished runs.</p>\n";
    }

    private static void sweepMeta(StringBuilder b, SweepFolder s) {
        JsonNode m = s.manifest();
        Html.row(b, "sweep", Html.esc(s.name()) + " (<code>" + Html.esc(m.path("sweep_file").asText()) + "</code>)");
        String description = SweepText.description(s.dir());
        if (!description.isEmpty()) Html.row(b, "description", Html.esc(description));
        Html.row(b, "design", Html.esc(s.designType()) + ": " + s.design().size() + (s.design().size() == 1 ? " design point × " : " design points × ") + s.replications()
                + " replications = " + m.path("design").path("runs").asText("?") + " runs");
        Html.row(b, "factors", s.factors().isEmpty() ? "none (replications of the base scenario)"
                : Html.esc(String.join(", ", s.factors().stream().map(SweepFolder.Factor::path).toList())));
        Html.row(b, "runs in this folder", s.runs().size() + (s.partial() ? " of " + s.expectedRuns() + " (partial)" : "")
                + (s.failed() > 0 ? "; <b>" + s.failed() + " failed</b> (see the error column of runs.csv)" : "; none failed"));
        Html.row(b, "status", Html.esc(m.path("status").asText("unknown")) + (m.path("shard").asText("0/1").equals("0/1") ? ""
                : ", shard " + Html.esc(m.path("shard").asText())));
        Html.row(b, "master seed", Html.esc(m.path("seed").asText()) + "<br><span class=\"band\">" + Html.esc(m.path("seed_rule").asText())
                + "; each run's seed is in runs.csv</span>");
        Html.row(b, "threads", Html.esc(m.path("threads").asText("?")));
    }

    private static void runMeta(StringBuilder b, RunFolder r) {
        Html.row(b, "scenario", Html.esc(r.scenario().name()));
        Html.row(b, "seed", Html.esc(r.manifest().path("seed").asText()));
        Html.row(b, "steps", r.scenario().steps() + " steps of " + Html.num(r.scenario().dt()) + " years from "
                + Html.esc(r.summary().path("start_year").asText()) + " to " + Html.esc(r.summary().path("end_year").asText()));
        boolean formed = r.summary().path("asian_nato_formed").asBoolean();
        Html.row(b, "Asian NATO", formed ? "formed in " + Html.esc(r.summary().path("asian_nato_year").asText()) : "did not form");
    }

    private static void common(StringBuilder b, JsonNode m) {
        StringBuilder files = new StringBuilder();
        for (JsonNode f : m.path("scenario_files")) {
            files.append("<code>").append(Html.esc(f.path("path").asText())).append("</code> <span class=\"band\">sha256 ")
                    .append(Html.esc(f.path("sha256").asText())).append("</span><br>");
        }
        Html.row(b, "scenario files", files.toString());
        Html.row(b, "started", Html.esc(m.path("started").asText("–")));
        Html.row(b, "ended", m.path("ended").isNull() || m.path("ended").isMissingNode() ? "not finished" : Html.esc(m.path("ended").asText()));
        Html.row(b, "time taken", Html.esc(timeTaken(m)));
        Html.row(b, "program", "alignsim " + Html.esc(m.path("version").asText("unknown")) + ", Java " + Html.esc(m.path("java").asText("?")));
    }

    static String timeTaken(JsonNode m) {
        try {
            Instant a = Instant.parse(m.path("started").asText());
            if (!m.path("ended").isTextual()) return "not finished";
            Instant e = Instant.parse(m.path("ended").asText());
            return Html.duration(Duration.between(a, e).toMillis() / 1000.0);
        } catch (DateTimeParseException ex) {
            return "unknown";
        }
    }

    private static void factors(StringBuilder b, SweepFolder s) {
        if (s.factors().isEmpty()) return;
        b.append("<h2>Factors</h2>\n<table>\n<tr><th>factor (scenario key)</th><th>values</th></tr>\n");
        for (SweepFolder.Factor f : s.factors()) {
            String values = f.gridded() ? "levels " + String.join(", ", f.levels())
                    : "range " + Html.num(f.min()) + " to " + Html.num(f.max()) + " (sampled)";
            b.append("<tr><td><code>").append(Html.esc(f.path())).append("</code></td><td>").append(Html.esc(values)).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void files(StringBuilder b, Result r, Path outDir) {
        b.append("<h2>Data files</h2>\n<p>");
        List<String> names = r instanceof SweepFolder ? List.of("design.csv", "runs.csv", "timeseries.csv", "sweep.yaml", "manifest.json")
                : List.of("timeseries.csv", "states.csv", "summary.json", "manifest.json");
        for (String n : names) {
            if (!java.nio.file.Files.exists(r.dir().resolve(n))) continue;
            b.append("<a href=\"").append(Html.esc(Html.href(outDir, r.dir().resolve(n)))).append("\"><code>").append(Html.esc(n)).append("</code></a> ");
        }
        b.append("</p>\n");
    }
}
