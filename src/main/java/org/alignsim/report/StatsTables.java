package org.alignsim.report;

import org.alignsim.results.Sample;

import java.util.List;

/**
 * The tables of summary statistics: per design point of a sweep, the final values of a run, and
 * the side-by-side comparison with differences to the first result.
 */
final class StatsTables {
    private StatsTables() {}

    private static void outcomeHeaders(StringBuilder b) {
        for (String o : Outcomes.MAIN) {
            b.append("<th>").append(Html.esc(Outcomes.label(o)));
            if (!Outcomes.unit(o).isEmpty()) b.append("<br><span class=\"band\">").append(Html.esc(Outcomes.unit(o))).append("</span>");
            b.append("</th>");
        }
    }

    static void perPoint(StringBuilder b, SweepFolder s) {
        b.append("<h2>Summary statistics per design point</h2>\n<p>Final values over the successful replications of each design point: "
                + "the mean, and under it the 5 % – 95 % quantiles. \"Asian NATO formed\" is the share of runs in which it formed.</p>\n");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>point</th>");
        for (SweepFolder.Factor f : s.factors()) b.append("<th><code>").append(Html.esc(f.path())).append("</code></th>");
        b.append("<th>runs</th><th>Asian NATO formed<br><span class=\"band\">share of runs</span></th><th>year formed<br><span class=\"band\">median</span></th>");
        outcomeHeaders(b);
        b.append("</tr>\n");
        List<Integer> withRuns = s.runs().stream().map(SweepFolder.Run::point).distinct().sorted().toList();
        if (s.design().size() > 1) row(b, "all", s.factors().size(), s.runs(), s);
        for (int p : withRuns) {
            b.append("<tr><td class=\"n\">").append(p).append("</td>");
            for (String v : s.designText().get(p)) b.append("<td class=\"n\">").append(Html.esc(v)).append("</td>");
            cells(b, s.runs().stream().filter(r -> r.point() == p).toList());
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
        int missing = s.design().size() - withRuns.size();
        if (missing > 0) b.append("<p>").append(missing).append(" design point").append(missing == 1 ? " has" : "s have").append(" no runs yet.</p>\n");
    }

    private static void row(StringBuilder b, String label, int factorCount, List<SweepFolder.Run> runs, SweepFolder s) {
        b.append("<tr><th>").append(label).append("</th>");
        for (int f = 0; f < factorCount; f++) b.append("<td></td>");
        cells(b, runs);
        b.append("</tr>\n");
    }

    private static void cells(StringBuilder b, List<SweepFolder.Run> runs) {
        List<SweepFolder.Run> ok = runs.stream().filter(SweepFolder.Run::ok).toList();
        long failed = runs.size() - ok.size();
        b.append("<td class=\"n\">").append(ok.size()).append(failed > 0 ? " <b>(" + failed + " failed)</b>" : "").append("</td>");
        int formed = Outcomes.index("asian_nato_formed");
        double share = Sample.of(ok.stream().mapToDouble(r -> r.aggregates()[formed]).toArray()).mean();
        b.append("<td class=\"n\">").append(Html.percent(share)).append("</td>");
        double[] years = ok.stream().mapToDouble(SweepFolder.Run::natoYear).filter(y -> !Double.isNaN(y)).toArray();
        b.append("<td class=\"n\">").append(years.length == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.2f", Sample.of(years).p50())).append("</td>");
        for (String o : Outcomes.MAIN) {
            int k = Outcomes.index(o);
            b.append(Html.cell(Sample.of(ok.stream().mapToDouble(r -> r.aggregates()[k]).toArray())));
        }
    }

    static void run(StringBuilder b, RunFolder r) {
        b.append("<h2>Final values</h2>\n<div class=\"scroll\"><table class=\"stats\">\n<tr><th>Asian NATO formed</th>");
        outcomeHeaders(b);
        b.append("</tr>\n<tr><td class=\"n\">").append(r.summary().path("asian_nato_formed").asBoolean()
                ? "yes, " + Html.esc(r.summary().path("asian_nato_year").asText()) : "no").append("</td>");
        for (String o : Outcomes.MAIN) b.append(Html.cell(Sample.of(r.finals(o))));
        b.append("</tr>\n</table></div>\n");
    }

    /** Outcomes down, results across, then the differences of each result's mean from the first's. */
    static void compare(StringBuilder b, List<Result> results, List<String> labels) {
        b.append("<h2>Summary statistics and differences</h2>\n<p>Final values over each result's successful runs (for a sweep, "
                + "all its design points pooled): the mean, and under it the 5 % – 95 % quantiles. Δ columns: the difference of the "
                + "mean from that of <b>").append(Html.esc(labels.get(0))).append("</b>.</p>\n");
        b.append("<div class=\"scroll\"><table class=\"stats\">\n<tr><th>outcome</th>");
        for (String l : labels) b.append("<th>").append(Html.esc(l)).append("</th>");
        for (int i = 1; i < labels.size(); i++) b.append("<th>Δ ").append(Html.esc(labels.get(i))).append("</th>");
        b.append("</tr>\n<tr><th>runs</th>");
        for (Result r : results) b.append("<td class=\"n\">").append(r.natoFormed().length).append("</td>");
        for (int i = 1; i < results.size(); i++) b.append("<td></td>");
        b.append("</tr>\n");
        compareRow(b, "Asian NATO formed (share of runs)", results.stream().map(r -> Sample.of(r.natoFormed())).toList(), true);
        for (String o : Outcomes.MAIN) {
            String unit = Outcomes.unit(o);
            compareRow(b, Outcomes.label(o) + (unit.isEmpty() ? "" : " (" + unit + ")"), results.stream().map(r -> Sample.of(r.finals(o))).toList(), false);
        }
        b.append("</table></div>\n");
    }

    private static void compareRow(StringBuilder b, String label, List<Sample> stats, boolean percent) {
        b.append("<tr><th>").append(Html.esc(label)).append("</th>");
        for (Sample s : stats) b.append(percent ? "<td class=\"n\">" + Html.percent(s.mean()) + "</td>" : Html.cell(s));
        double base = stats.get(0).mean();
        for (int i = 1; i < stats.size(); i++) {
            double d = stats.get(i).mean() - base;
            String text = percent ? (Double.isNaN(d) ? "–" : String.format(java.util.Locale.ROOT, "%+.0f pp", d * 100)) : Html.diff(d);
            b.append("<td class=\"n\">").append(text).append("</td>");
        }
        b.append("</tr>\n");
    }
}
