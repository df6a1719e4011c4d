package org.alignsim.report;

import org.alignsim.results.Manifest;
import org.alignsim.base.Version;

import java.nio.file.Path;
import java.util.List;

/** The HTML of a side-by-side comparison of several result folders. */
final class ComparePage {
    private ComparePage() {}

    static String html(List<Result> results, List<String> labels, List<Figure> figures, Path outDir) {
        String title = "AlignSim comparison: " + String.join(" vs ", labels);
        HtmlPage page = new HtmlPage(title).h1(title).lead(results.size() + " results compared on shared axes; differences are taken from the first, <b>"
                + Html.esc(labels.get(0)) + "</b>.");
        for (Result r : results) {
            if (r instanceof SweepResult s && s.partial()) {
                page.html(ReportPage.partialNote(s).replace("Partial result:", "Partial result <b>" + Html.esc(labels.get(results.indexOf(r))) + "</b>:"));
            }
        }
        HtmlPage.Table t = page.h2("What was compared").table(null, true)
                .head("result", "kind", "scenario", "design", "runs", "seed", "time taken", "program", "folder");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Manifest m = r.typed();
            String design = "single run";
            if (r instanceof SweepResult s) {
                design = Html.esc(s.designType()) + ", " + s.design().size() + (s.design().size() == 1 ? " point × " : " points × ") + s.replications()
                        + " replications" + (s.factors().isEmpty() ? ""
                        : "<br>" + Html.band("factors: " + Html.esc(String.join(", ", s.factors().stream().map(SweepResult.Factor::path).toList()))));
            }
            t.cells(Html.td(Html.esc(labels.get(i))), Html.td(r instanceof SweepResult ? "sweep" : "run"), Html.td(Html.esc(r.scenario().name())),
                    Html.td(design), Html.tdN(r instanceof SweepResult s ? s.runs().size() + (s.partial() ? " (partial)" : "") : "1"),
                    Html.tdN(Long.toString(r instanceof SweepResult s ? s.typed().seed() : ((RunFolder) r).seed())), Html.td(Html.esc(ReportPage.timeTaken(m))),
                    Html.td(Html.esc(ReportPage.or(m.version(), "unknown"))),
                    Html.td("<a href=\"" + Html.esc(Html.href(outDir, r.dir().resolve("manifest.json"))) + "\">" + Html.code(r.dir().toString()) + "</a>"));
        }
        t.end().h2("Charts");
        for (Figure f : figures) page.figure(f);
        StatsTables.compare(page, results, labels);
        return page.end(Version.get());
    }
}
