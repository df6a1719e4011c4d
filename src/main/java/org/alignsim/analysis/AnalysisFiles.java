package org.alignsim.analysis;

import org.alignsim.base.FileBatch;
import org.alignsim.chart.ChartFiles;
import org.alignsim.results.CsvOut;
import org.alignsim.results.Json;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis/ folder of a sweep and its tidy CSV files. An analysis is derived data, so
 * re-running it replaces its files; they are written whole under temporary names and moved
 * into place together, so a reader never sees half a table and a failed analysis changes nothing. The file names are public so that the
 * report (org.alignsim.report) reads exactly what the analyses write.
 */
public final class AnalysisFiles {
    private AnalysisFiles() {}

    /** The folder inside a sweep's result folder. */
    public static final String FOLDER = "analysis";
    public static final String SOBOL = "sobol.csv", SOBOL2 = "sobol2.csv", MORRIS = "morris.csv";
    public static final String PRIM_TRAJECTORY = "prim_trajectory.csv", PRIM_LIMITS = "prim_limits.csv", PRIM_BOX = "prim_box.csv";
    /** PRIM's settings: the outcome and threshold that define the points of interest, and how the box was chosen. */
    public static final String PRIM_SETTINGS = "prim.json";
    /** PRIM's coverage-density chart, without extension (.png and .svg). */
    public static final String PRIM_CHART = "prim_tradeoff";

    /** The Sobol bar chart of one outcome, without extension (.png and .svg). */
    public static String sobolChart(String outcome) { return "sobol_" + slug(outcome); }

    /** The Morris mu*-sigma chart of one outcome, without extension (.png and .svg). */
    public static String morrisChart(String outcome) { return "morris_" + slug(outcome); }

    /**
     * The files of one analysis, made under temporary names in analysis/ and renamed into place
     * together by {@link #commit()}; until then (and after a failure) the folder is as it was.
     */
    static final class Out implements AutoCloseable {
        private final Path dir;
        private final FileBatch batch = new FileBatch();

        private Out(Path dir) {
            this.dir = dir;
        }

        Path write(String name, String header, List<Row> rows) {
            StringBuilder b = new StringBuilder(header).append('\n');
            for (Row r : rows) b.append(r).append('\n');
            return batch.writeString(dir.resolve(name), b);
        }

        /** A small JSON file. */
        Path writeJson(String name, Object value) {
            byte[] bytes = Json.bytes(value);
            return batch.write(dir.resolve(name), out -> out.write(bytes));
        }

        /** A chart as name.png and name.svg; returns both paths. */
        List<Path> chart(String name, JFreeChart chart, int width, int height) {
            Path base = dir.resolve(name);
            ChartFiles.save(batch, chart, base, width, height, true, true);
            return List.of(base.resolveSibling(name + ".png"), base.resolveSibling(name + ".svg"));
        }

        void commit() { batch.commit(); }

        @Override
        public void close() { batch.close(); }
    }

    static Out open(SweepData data) {
        return new Out(data.dir.resolve(FOLDER));
    }

    /** A CSV row builder for {@link CsvOut}: text cells quoted when needed, numbers as in every AlignSim CSV (empty = not defined). */
    static final class Row {
        private final List<Object> cells = new ArrayList<>();

        Row text(String s) {
            cells.add(s);
            return this;
        }

        Row num(double v) {
            cells.add(v);
            return this;
        }

        Row integer(long v) {
            cells.add(v);
            return this;
        }

        /** The record without its newline. */
        @Override
        public String toString() {
            String r = CsvOut.record(cells.toArray());
            return r.substring(0, r.length() - 1);
        }
    }

    /** A file-name-safe form of an outcome or factor name (they may contain dots, never slashes in practice). */
    public static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
