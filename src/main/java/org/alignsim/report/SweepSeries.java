package org.alignsim.report;

import org.alignsim.results.CsvTable;

import org.alignsim.base.UserError;
import org.alignsim.model.Aggregates;
import org.alignsim.results.SweepFolder;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams a sweep's timeseries.csv (long format: point, step, year, outcome, n, mean, p5, p50,
 * p95), one design point at a time, keeping only the outcomes asked for. The file is written a
 * whole point at a time, so every block must have (steps + 1) x outcomes rows; only a partial
 * sweep may end in a shorter block, which is dropped.
 */
final class SweepSeries {
    private SweepSeries() {}

    /** One outcome over time at one point: the per-step statistics across its replications. */
    record Series(double[] year, double[] n, double[] mean, double[] p5, double[] p50, double[] p95) {
        static Series empty(int steps) {
            double[][] a = new double[6][steps];
            for (double[] x : a) Arrays.fill(x, Double.NaN);
            return new Series(a[0], a[1], a[2], a[3], a[4], a[5]);
        }
    }

    /** One design point's series, by outcome. */
    record Block(int point, Map<String, Series> series) {}

    static void scan(SweepResult sweep, Set<String> outcomes, Consumer<Block> sink) {
        int steps = sweep.scenario().steps() + 1;
        int blockRows = steps * Aggregates.COLUMNS.length;
        try (CsvTable r = CsvTable.open(sweep.dir().resolve("timeseries.csv"), sweep.partial())) {
            if (!Arrays.equals(r.header(), SweepFolder.TIMESERIES_HEADER)) {
                throw new UserError(r.file() + ": header is not " + String.join(",", SweepFolder.TIMESERIES_HEADER));
            }
            int point = -1, rows = 0;
            Map<String, Series> current = new LinkedHashMap<>();
            for (String[] row = r.next(); row != null; row = r.next()) {
                int p = r.integer(row, 0);
                if (p != point) {
                    if (point >= 0) finish(r, point, rows, blockRows, current, sink);
                    if (p < point) throw r.error("point " + p + " after point " + point + " (rows out of order)");
                    point = p;
                    rows = 0;
                    current = new HashMap<>();
                }
                rows++;
                String outcome = row[3];
                if (!outcomes.contains(outcome)) continue;
                int step = r.integer(row, 1);
                if (step < 0 || step >= steps) throw r.error("step " + step + " outside 0-" + (steps - 1));
                Series s = current.computeIfAbsent(outcome, k -> Series.empty(steps));
                s.year()[step] = r.number(row, 2);
                s.n()[step] = r.number(row, 4);
                s.mean()[step] = r.number(row, 5);
                s.p5()[step] = r.number(row, 6);
                s.p50()[step] = r.number(row, 7);
                s.p95()[step] = r.number(row, 8);
            }
            if (point >= 0) {
                if (rows == blockRows) sink.accept(new Block(point, current));
                else if (!sweep.partial()) throw new UserError(r.file() + ": point " + point + " has " + rows + " rows, expected " + blockRows + " (truncated?)");
            }
        }
    }

    private static void finish(CsvTable r, int point, int rows, int blockRows, Map<String, Series> block, Consumer<Block> sink) {
        if (rows != blockRows) throw new UserError(r.file() + ": point " + point + " has " + rows + " rows, expected " + blockRows + " (damaged file)");
        sink.accept(new Block(point, block));
    }

    /** The series of some points. */
    static Map<Integer, Map<String, Series>> of(SweepResult sweep, Set<Integer> points, Set<String> outcomes) {
        Map<Integer, Map<String, Series>> out = new LinkedHashMap<>();
        scan(sweep, outcomes, b -> { if (points.contains(b.point())) out.put(b.point(), b.series()); });
        return out;
    }

    /**
     * All points pooled: the mean over every run (each point's mean weighted by its run count)
     * and, as the band, the envelope of the points' 5-95 % bands. With a single point this is
     * its mean and its 5-95 % band.
     */
    static Map<String, Series> pooled(SweepResult sweep, Set<String> outcomes) {
        int steps = sweep.scenario().steps() + 1;
        Map<String, double[][]> acc = new HashMap<>();   // sum n*mean, sum n, min p5, max p95, year
        scan(sweep, outcomes, b -> b.series().forEach((o, s) -> {
            double[][] a = acc.computeIfAbsent(o, k -> {
                double[][] x = new double[5][steps];
                Arrays.fill(x[2], Double.POSITIVE_INFINITY);
                Arrays.fill(x[3], Double.NEGATIVE_INFINITY);
                return x;
            });
            for (int t = 0; t < steps; t++) {
                a[4][t] = s.year()[t];
                if (!(s.n()[t] > 0) || Double.isNaN(s.mean()[t])) continue;
                a[0][t] += s.n()[t] * s.mean()[t];
                a[1][t] += s.n()[t];
                a[2][t] = Math.min(a[2][t], s.p5()[t]);
                a[3][t] = Math.max(a[3][t], s.p95()[t]);
            }
        }));
        Map<String, Series> out = new LinkedHashMap<>();
        acc.forEach((o, a) -> {
            Series s = Series.empty(steps);
            for (int t = 0; t < steps; t++) {
                s.year()[t] = a[4][t];
                if (a[1][t] == 0) continue;
                s.n()[t] = a[1][t];
                s.mean()[t] = a[0][t] / a[1][t];
                s.p5()[t] = a[2][t];
                s.p95()[t] = a[3][t];
            }
            out.put(o, s);
        });
        return out;
    }
}
