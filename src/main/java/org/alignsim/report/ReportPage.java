package org.alignsim.report;

import org.alignsim.results.Manifest;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.SweepManifest;

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
        boolean sweep = r instanceof SweepResult;
        HtmlPage page = new HtmlPage("AlignSim report: " + r.name()).h1("AlignSim report: " + r.name())
                .lead((sweep ? "Parameter sweep" : "Single run") + " of the scenario <b>" + Html.esc(r.scenario().name()) + "</b>, from "
                        + Html.code(r.dir().toString()));
        if (r instanceof SweepResult s && s.partial()) page.html(partialNote(s));
        HtmlPage.Table meta = page.h2("What was run").table("meta", false);
        if (r instanceof SweepResult s) sweepMeta(meta, s);
        else runMeta(meta, (RunFolder) r);
        common(meta, r.typed(), r instanceof SweepResult s ? s.typed().scenarioFiles() : ((RunFolder) r).typed().scenarioFiles());
        meta.end();
        if (r instanceof SweepResult s) factors(page, s);
        page.h2("Charts");
        for (Figure f : figures) page.figure(f);
        if (r instanceof SweepResult s) {
            Sensitivity analysis = Sensitivity.load(s.dir());
            if (analysis != null) analysis.html(page, outDir);
        }
        if (r instanceof SweepResult s) StatsTables.perPoint(page, s);
        else StatsTables.run(page, (RunFolder) r);
        page.dataFiles(outDir, r.dir(), sweep ? List.of("design.csv", "runs.csv", "timeseries.csv", "sweep.yaml", "manifest.json")
                : List.of("timeseries.csv", "states.csv", "summary.json", "manifest.json"));
        return page.end(or(r.typed().version(), "unknown"));
    }

    static String partialNote(SweepResult s) {
        return "<p class=\"partial\">Partial result: " + s.runs().size() + " of " + s.expectedRuns() + " runs (sweep status: "
                + Html.esc(or(s.typed().status(), "unknown")) + "). Statistics and charts cover only the finished runs.</p>\n";
    }

    private static void sweepMeta(HtmlPage.Table b, SweepResult s) {
        SweepManifest m = s.typed();
        b.meta("sweep", Html.esc(s.name()) + " (" + Html.code(or(m.sweepFile(), "")) + ")");
        String description = SweepText.description(s.dir());
        if (!description.isEmpty()) b.meta("description", Html.esc(description));
        b.meta("design", Html.esc(s.designType()) + ": " + s.design().size() + (s.design().size() == 1 ? " design point × " : " design points × ") + s.replications()
                + " replications = " + SweepFolder.designRuns(m) + " runs");
        b.meta("factors", s.factors().isEmpty() ? "none (replications of the base scenario)"
                : Html.esc(String.join(", ", s.factors().stream().map(SweepResult.Factor::path).toList())));
        b.meta("runs in this folder", s.runs().size() + (s.partial() ? " of " + s.expectedRuns() + " (partial)" : "")
                + (s.failed() > 0 ? "; <b>" + s.failed() + " failed</b> (see the error column of runs.csv)" : "; none failed"));
        String shard = or(m.shard(), "0/1");
        b.meta("status", Html.esc(or(m.status(), "unknown")) + (shard.equals("0/1") ? "" : ", shard " + Html.esc(shard)));
        b.meta("master seed", m.seed() + "<br>" + Html.band(Html.esc(or(m.seedRule(), "")) + "; each run's seed is in runs.csv"));
        b.meta("threads", Integer.toString(m.threads()));
    }

    private static void runMeta(HtmlPage.Table b, RunFolder r) {
        b.meta("scenario", Html.esc(r.scenario().name()));
        b.meta("seed", Long.toString(r.seed()));
        b.meta("steps", r.scenario().steps() + " steps of " + Html.num(r.scenario().dt()) + " years from "
                + Html.esc(r.summary().path("start_year").asText()) + " to " + Html.esc(r.summary().path("end_year").asText()));
        boolean formed = r.summary().path("asian_nato_formed").asBoolean();
        b.meta("Asian NATO", formed ? "formed in " + Html.esc(r.summary().path("asian_nato_year").asText()) : "did not form");
    }

    private static void common(HtmlPage.Table b, Manifest m, Object scenarioFiles) {
        b.meta("scenario files", Html.fileSums(scenarioFiles));
        b.meta("started", Html.esc(or(m.started(), "–")));
        b.meta("ended", m.ended() == null ? "not finished" : Html.esc(m.ended()));
        b.meta("time taken", Html.esc(timeTaken(m)));
        b.meta("program", "alignsim " + Html.esc(or(m.version(), "unknown")) + ", Java " + Html.esc(or(m.java(), "?")));
    }

    static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** The time from start to end of what a manifest records; "not finished" without an end. */
    static String timeTaken(Manifest m) {
        return timeTaken(m.started(), m.ended());
    }

    private static String timeTaken(String started, String ended) {
        try {
            Instant a = Instant.parse(started == null ? "" : started);
            if (ended == null) return "not finished";
            Instant e = Instant.parse(ended);
            return Html.duration(Duration.between(a, e).toMillis() / 1000.0);
        } catch (DateTimeParseException ex) {
            return "unknown";
        }
    }

    private static void factors(HtmlPage page, SweepResult s) {
        if (s.factors().isEmpty()) return;
        HtmlPage.Table t = page.h2("Factors").table(null, false).head("factor (scenario key)", "values");
        for (SweepResult.Factor f : s.factors()) {
            String values = f.gridded() ? "levels " + String.join(", ", f.levels())
                    : "range " + Html.num(f.min()) + " to " + Html.num(f.max()) + " (sampled)";
            t.cells(Html.td(Html.code(f.path())), Html.td(Html.esc(values)));
        }
        t.end();
    }
}
