package org.alignsim.report;

import org.alignsim.base.Version;
import org.alignsim.results.Csv;
import org.alignsim.results.CsvOut;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scorecards of several `alignsim validate` folders side by side: a model variant against the
 * defaults, the same model at 20 and 200 seeds. One row per (scenario, metric) in the order the
 * first folder gives them (rows the others add come after), each folder's value and verdict,
 * and the change from the first. The tidy table, the page and the terminal's summary are made
 * from the same rows.
 */
final class ValidationCompare {
    private ValidationCompare() {}

    static final String HEADER = "scenario,metric,target,result,value,reference,status,change";

    /** One metric across the folders; a value is NaN and a status "" where a folder lacks the row. */
    record Row(String scenario, String metric, String target, double[] value, double[] reference, String[] status) {
        boolean differs() {
            for (int k = 1; k < value.length; k++) {
                if (!status[k].equals(status[0]) || Double.compare(value[k], value[0]) != 0) return true;
            }
            return false;
        }
    }

    static List<Row> rows(List<ValidationReport> reports) {
        Map<String, Row> rows = new LinkedHashMap<>();
        int n = reports.size();
        for (int k = 0; k < n; k++) {
            for (Map<String, String> r : reports.get(k).tables().get("scorecard.csv")) {
                int at = k;
                Row row = rows.computeIfAbsent(r.get("scenario") + "\u0000" + r.get("metric"), key -> {
                    double[] v = new double[n], ref = new double[n];
                    java.util.Arrays.fill(v, Double.NaN);
                    java.util.Arrays.fill(ref, Double.NaN);
                    String[] st = new String[n];
                    java.util.Arrays.fill(st, "");
                    return new Row(r.get("scenario"), r.get("metric"), r.get("target"), v, ref, st);
                });
                row.value()[at] = ValidationReport.num(r, "value");
                row.reference()[at] = ValidationReport.num(r, "reference");
                row.status()[at] = r.get("status");
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Long and tidy: one line per metric and folder; change is the value less the first folder's. */
    static String csv(List<Row> rows, List<String> labels) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) {
            for (int k = 0; k < labels.size(); k++) {
                CsvOut.record(b, r.scenario(), r.metric(), r.target(), labels.get(k), Csv.exact(r.value()[k]), Csv.exact(r.reference()[k]),
                        r.status()[k], Csv.exact(r.value()[k] - r.value()[0]));
            }
        }
        return b.toString();
    }

    /** The terminal's summary: the judged metrics' verdicts per folder, then the rows that differ from the first. */
    static String text(List<Row> rows, List<String> labels) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < labels.size(); k++) {
            int fail = 0, judged = 0;
            for (Row r : rows) {
                if (r.status()[k].equals("pass") || r.status()[k].equals("fail")) judged++;
                if (r.status()[k].equals("fail")) fail++;
            }
            b.append(String.format(Locale.ROOT, "%s: %d of %d judged metrics miss their target%n", labels.get(k), fail, judged));
        }
        List<Row> differ = rows.stream().filter(Row::differs).toList();
        if (differ.isEmpty()) return b.append("every metric is the same in all folders\n").toString();
        int w = Math.max(6, differ.stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        String lastScenario = null;
        for (Row r : differ) {
            if (!r.scenario().equals(lastScenario)) b.append('[').append(r.scenario()).append("]\n");
            lastScenario = r.scenario();
            b.append(String.format(Locale.ROOT, "%-" + w + "s", r.metric()));
            for (int k = 0; k < labels.size(); k++) {
                b.append(String.format(Locale.ROOT, "  %10s %-4s", Html.g(r.value()[k]), r.status()[k]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String html(List<ValidationReport> reports, List<Row> rows, List<String> labels, Path outDir) {
        String title = "AlignSim validation compared: " + String.join(" vs ", labels);
        HtmlPage page = new HtmlPage(title).h1(title).lead(reports.size() + " scorecards of <code>alignsim validate</code> side by side; changes are "
                + "taken from the first, <b>" + Html.esc(labels.get(0)) + "</b>. Rows whose value or verdict differs from the first are marked.");
        HtmlPage.Table what = page.h2("What was compared").table(null, true).head("result", "scenarios", "seeds", "runs", "quick", "program", "folder");
        for (int k = 0; k < reports.size(); k++) {
            ValidationReport v = reports.get(k);
            var m = v.manifest();
            what.cells(Html.td(Html.esc(labels.get(k))), Html.td(Html.esc(String.join(", ", m.scenarios().stream().map(s -> s.name()).toList()))),
                    Html.tdN(Html.esc(ReportPage.or(m.seeds(), "?"))), Html.tdN(Long.toString(m.runs())), Html.td(m.quick() ? "yes" : "no"),
                    Html.td(Html.esc(ReportPage.or(m.version(), "unknown"))),
                    Html.td("<a href=\"" + Html.esc(Html.href(outDir, v.dir().resolve("report.html"))) + "\">" + Html.code(v.dir().toString()) + "</a>"));
        }
        what.end();
        List<String> head = new ArrayList<>(List.of("scenario", "metric", "target"));
        for (int k = 0; k < labels.size(); k++) {
            head.add(Html.esc(labels.get(k)));
            if (k > 0) head.add("change");
        }
        HtmlPage.Table t = page.h2("Scorecards").table("stats", true).head(head.toArray(String[]::new));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(Html.td(Html.esc(r.scenario())),
                    Html.td((r.differs() ? "<b>" : "") + Html.code(r.metric()) + (r.differs() ? "</b>" : "")), Html.td(Html.esc(r.target()))));
            for (int k = 0; k < labels.size(); k++) {
                String st = r.status()[k];
                String cls = st.equals("pass") ? " class=\"pos\"" : st.equals("fail") ? " class=\"neg\"" : "";
                cells.add("<td" + cls + " style=\"text-align:right\">" + Html.g(r.value()[k]) + (st.isEmpty() || st.equals("info") ? "" : " <b>" + st + "</b>") + "</td>");
                if (k > 0) cells.add(Html.tdN(Html.diff(r.value()[k] - r.value()[0])));
            }
            t.cells(cells.toArray(String[]::new));
        }
        t.end();
        return page.end(Version.get());
    }
}
