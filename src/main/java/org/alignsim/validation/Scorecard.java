package org.alignsim.validation;

import org.alignsim.results.CsvOut;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one validation: one row per metric and scenario, with the reference it is read
 * against, the target from the validation file and whether the value meets it. Metrics measure;
 * the status only says how a value stands against a target a modeller can change.
 */
public final class Scorecard {
    public static final String HEADER = "scenario,metric,value,reference,target,status,detail,measures";

    /** One row. status: pass, fail, or info (no target, or nothing to judge it by). */
    public record Row(String scenario, String metric, double value, double reference, String target, String status,
                      String detail, String measures) {}

    private final List<Row> rows = new ArrayList<>();
    private final ValidationSpec spec;

    Scorecard(ValidationSpec spec) {
        this.spec = spec;
    }

    void add(String scenario, String metric, double value, double reference, String detail, String measures) {
        ValidationSpec.Target t = spec.target(metric);
        String status = "info", target = "";
        if (t != null) {
            target = t.text();
            Boolean met = t.met(value, reference);
            status = met == null ? "info" : met ? "pass" : "fail";
        }
        rows.add(new Row(scenario, metric, value, reference, target, status, detail, measures));
    }

    public List<Row> rows() { return List.copyOf(rows); }

    /** Rows whose value misses its target. */
    public long failures() {
        return rows.stream().filter(r -> r.status().equals("fail")).count();
    }

    public String csv() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Row r : rows) CsvOut.record(b, r.scenario(), r.metric(), r.value(), r.reference(), r.target(), r.status(), r.detail(), r.measures());
        return b.toString();
    }

    /** The scorecard as a plain-text table for the terminal. */
    public String table() {
        StringBuilder b = new StringBuilder();
        String last = null;
        b.append(String.format(Locale.ROOT, "%-40s %9s %9s  %-26s %-6s %s%n", "metric", "value", "reference", "target", "status", "detail"));
        for (Row r : rows) {
            if (!r.scenario().equals(last)) {
                b.append("[").append(r.scenario()).append("]\n");
                last = r.scenario();
            }
            b.append(String.format(Locale.ROOT, "%-40s %9s %9s  %-26s %-6s %s%n", r.metric(), fmt(r.value()), fmt(r.reference()), r.target(),
                    r.status(), r.detail()));
        }
        return b.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return String.format(Locale.ROOT, "%d", (long) v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
