package org.alignsim.report;

import org.alignsim.results.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of summary statistics: per design point of a sweep, the final values of a run, and
 * the side-by-side comparison with differences to the first result.
 */
final class StatsTables {
    private StatsTables() {}

    /** The header cells of the main outcomes, each with its unit under it. */
    private static List<String> outcomeHeaders() {
        return Outcomes.MAIN.stream().map(o -> Html.esc(Outcomes.label(o))
                + (Outcomes.unit(o).isEmpty() ? "" : "<br>" + Html.band(Html.esc(Outcomes.unit(o))))).toList();
    }

    private static String[] heads(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    static void perPoint(HtmlPage page, SweepResult s) {
        page.h2("Summary statistics per design point").p("Final values over the successful replications of each design point: "
                + "the mean, and under it the 5 % – 95 % quantiles. \"Asian NATO formed\" is the share of runs in which it formed.");
        List<String> first = new ArrayList<>(List.of("point"));
        for (SweepResult.Factor f : s.factors()) first.add(Html.code(f.path()));
        first.addAll(List.of("runs", "Asian NATO formed<br>" + Html.band("share of runs"), "year formed<br>" + Html.band("median")));
        HtmlPage.Table t = page.table("stats", true).head(heads(first, outcomeHeaders()));
        List<Integer> withRuns = s.runs().stream().map(SweepResult.Run::point).distinct().sorted().toList();
        if (s.design().size() > 1) {
            List<String> row = new ArrayList<>(List.of(Html.th("all")));
            for (int f = 0; f < s.factors().size(); f++) row.add(Html.td(""));
            row.addAll(cells(s.runs()));
            t.cells(row.toArray(String[]::new));
        }
        for (int p : withRuns) {
            List<String> row = new ArrayList<>(List.of(Html.tdN(p)));
            for (String v : s.designText().get(p)) row.add(Html.tdN(Html.esc(v)));
            row.addAll(cells(s.runs().stream().filter(r -> r.point() == p).toList()));
            t.cells(row.toArray(String[]::new));
        }
        t.end();
        int missing = s.design().size() - withRuns.size();
        if (missing > 0) page.p(missing + " design point" + (missing == 1 ? " has" : "s have") + " no runs yet.");
    }

    private static List<String> cells(List<SweepResult.Run> runs) {
        List<SweepResult.Run> ok = runs.stream().filter(SweepResult.Run::ok).toList();
        long failed = runs.size() - ok.size();
        List<String> cells = new ArrayList<>();
        cells.add(Html.tdN(ok.size() + (failed > 0 ? " <b>(" + failed + " failed)</b>" : "")));
        int formed = Outcomes.index("asian_nato_formed");
        cells.add(Html.tdN(Html.percent(Sample.of(ok.stream().mapToDouble(r -> r.aggregates()[formed]).toArray()).mean())));
        double[] years = ok.stream().mapToDouble(SweepResult.Run::natoYear).filter(y -> !Double.isNaN(y)).toArray();
        cells.add(Html.tdN(years.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f", Sample.of(years).p50())));
        for (String o : Outcomes.MAIN) {
            int k = Outcomes.index(o);
            cells.add(Html.cell(Sample.of(ok.stream().mapToDouble(r -> r.aggregates()[k]).toArray())));
        }
        return cells;
    }

    static void run(HtmlPage page, RunFolder r) {
        List<String> row = new ArrayList<>(List.of(Html.tdN(r.summary().path("asian_nato_formed").asBoolean()
                ? "yes, " + Html.esc(r.summary().path("asian_nato_year").asText()) : "no")));
        for (String o : Outcomes.MAIN) row.add(Html.cell(Sample.of(r.finals(o))));
        page.h2("Final values").table("stats", true).head(heads(List.of("Asian NATO formed"), outcomeHeaders()))
                .cells(row.toArray(String[]::new)).end();
    }

    /** Outcomes down, results across, then the differences of each result's mean from the first's. */
    static void compare(HtmlPage page, List<Result> results, List<String> labels) {
        page.h2("Summary statistics and differences").p("Final values over each result's successful runs (for a sweep, "
                + "all its design points pooled): the mean, and under it the 5 % – 95 % quantiles. Δ columns: the difference of the "
                + "mean from that of <b>" + Html.esc(labels.get(0)) + "</b>.");
        List<String> head = new ArrayList<>(List.of("outcome"));
        for (String l : labels) head.add(Html.esc(l));
        for (int i = 1; i < labels.size(); i++) head.add("Δ " + Html.esc(labels.get(i)));
        List<String> runs = new ArrayList<>(List.of(Html.th("runs")));
        for (Result r : results) runs.add(Html.tdN(r.natoFormed().length));
        for (int i = 1; i < results.size(); i++) runs.add(Html.td(""));
        HtmlPage.Table t = page.table("stats", true).head(head.toArray(String[]::new)).cells(runs.toArray(String[]::new));
        compareRow(t, "Asian NATO formed (share of runs)", results.stream().map(r -> Sample.of(r.natoFormed())).toList(), true);
        for (String o : Outcomes.MAIN) {
            String unit = Outcomes.unit(o);
            compareRow(t, Outcomes.label(o) + (unit.isEmpty() ? "" : " (" + unit + ")"), results.stream().map(r -> Sample.of(r.finals(o))).toList(), false);
        }
        t.end();
    }

    private static void compareRow(HtmlPage.Table t, String label, List<Sample> stats, boolean percent) {
        List<String> row = new ArrayList<>(List.of(Html.th(Html.esc(label))));
        for (Sample s : stats) row.add(percent ? Html.tdN(Html.percent(s.mean())) : Html.cell(s));
        double base = stats.get(0).mean();
        for (int i = 1; i < stats.size(); i++) {
            double d = stats.get(i).mean() - base;
            row.add(Html.tdN(percent ? (Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%+.0f pp", d * 100)) : Html.diff(d)));
        }
        t.cells(row.toArray(String[]::new));
    }
}
