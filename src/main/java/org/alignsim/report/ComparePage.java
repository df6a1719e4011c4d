package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.Version;

import java.nio.file.Path;
import java.util.List;

/** The HTML of a side-by-side comparison of several result folders. */
final class ComparePage {
    private ComparePage() {}

    static String html(List<Result> results, List<String> labels, List<Figure> figures, Path outDir) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = "AlignSim comparison: " + String.join(" vs ", labels);
        Html.head(b, title);
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"lead\">").append(results.size())
                .append(" results compared on shared axes; differences are taken from the first, <b>")
                .append(Html.esc(labels.get(0))).append("</b>.</p>\n");
        for (Result r : results) {
            if (r instanceof SweepFolder s && s.partial()) {
                b.append(ReportPage.partialNote(s).replace("Partial result:", "Partial result <b>" + Html.esc(labels.get(results.indexOf(r))) + "</b>:"));
            }
        }
        b.append("<h2>What was compared</h2>\n<div class=\"scroll\"><table>\n<tr><th>result</th><th>kind</th><th>scenario</th><th>design</th>"
                + "<th>runs</th><th>seed</th><th>time taken</th><th>program</th><th>folder</th></tr>\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            JsonNode m = r.manifest();
            b.append("<tr><td>").append(Html.esc(labels.get(i))).append("</td><td>").append(r instanceof SweepFolder ? "sweep" : "run")
                    .append("</td><td>").append(Html.esc(r.scenario().name())).append("</td><td>");
            if (r instanceof SweepFolder s) {
                b.append(Html.esc(s.designType())).append(", ").append(s.design().size()).append(s.design().size() == 1 ? " point × " : " points × ").append(s.replications())
                        .append(" replications");
                if (!s.factors().isEmpty()) {
                    b.append("<br><span class=\"band\">factors: ")
                            .append(Html.esc(String.join(", ", s.factors().stream().map(SweepFolder.Factor::path).toList()))).append("</span>");
                }
            } else {
                b.append("single run");
            }
            b.append("</td><td class=\"n\">").append(r instanceof SweepFolder s ? s.runs().size() + (s.partial() ? " (partial)" : "") : "1")
                    .append("</td><td class=\"n\">").append(Html.esc(m.path("seed").asText())).append("</td><td>")
                    .append(Html.esc(ReportPage.timeTaken(m))).append("</td><td>").append(Html.esc(m.path("version").asText("unknown")))
                    .append("</td><td><a href=\"").append(Html.esc(Html.href(outDir, r.dir().resolve("manifest.json")))).append("\"><code>")
                    .append(Html.esc(r.dir().toString())).append("</code></a></td></tr>\n");
        }
        b.append("</table></div>\n<h2>Charts</h2>\n");
        for (Figure f : figures) Html.figure(b, f);
        StatsTables.compare(b, results, labels);
        Html.foot(b, Version.get());
        return b.toString();
    }
}
