package org.alignsim.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One measure per state and year (a country-year panel). A missing year is NaN: the panels
 * themselves say nothing about gaps, and each caller decides what a gap means.
 */
public final class YearPanel {
    private final int first, last;
    private final Map<String, double[]> values;

    YearPanel(int first, int last, Map<String, double[]> values) {
        this.first = first;
        this.last = last;
        this.values = Collections.unmodifiableMap(values);
    }

    /** Reads one column of a file keyed by {@code iso3} and {@code year}; rows with an empty value are gaps. */
    static YearPanel of(DataTable t, String column) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            int y = t.integer(r, "year");
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        Map<String, double[]> v = new TreeMap<>();
        for (int r = 0; r < t.size(); r++) {
            String s = t.text(r, "iso3");
            if (!s.matches("[A-Z]{3}")) throw t.error(r, "iso3", "'" + s + "' is not an ISO3 code");
            double x = t.number(r, column);
            if (Double.isNaN(x)) continue;
            double[] row = v.computeIfAbsent(s, k -> new double[0]);
            if (row.length == 0) {
                row = new double[hi - lo + 1];
                Arrays.fill(row, Double.NaN);
                v.put(s, row);
            }
            int y = t.integer(r, "year");
            if (!Double.isNaN(row[y - lo])) throw t.error(r, "year", s + " " + y + " is listed twice");
            row[y - lo] = x;
        }
        return new YearPanel(lo, hi, v);
    }

    /** The same panel with a state's values in [from, to] made gaps. */
    public YearPanel without(String iso3, int from, int to) {
        double[] row = values.get(iso3);
        if (row == null) return this;
        Map<String, double[]> v = new TreeMap<>(values);
        double[] copy = row.clone();
        for (int y = Math.max(from, first); y <= Math.min(to, last); y++) copy[y - first] = Double.NaN;
        v.put(iso3, copy);
        return new YearPanel(first, last, v);
    }

    /** How many of a state's years in [from, to] have a value. */
    public int count(String iso3, int from, int to) {
        int n = 0;
        for (int y = from; y <= to; y++) if (!Double.isNaN(value(iso3, y))) n++;
        return n;
    }

    public int firstYear() { return first; }
    public int lastYear() { return last; }

    /** The states with at least one value, in alphabetical order. */
    public Set<String> states() { return values.keySet(); }

    public double value(String iso3, int year) {
        double[] row = values.get(iso3);
        if (row == null || year < first || year > last) return Double.NaN;
        return row[year - first];
    }

    /** Mean over the years in [from, to] that have a value; NaN if none has. */
    public double mean(String iso3, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int y = from; y <= to; y++) {
            double x = value(iso3, y);
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
