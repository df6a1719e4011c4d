package org.alignsim.analysis;

import org.alignsim.output.Csv;
import org.alignsim.output.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The analysis/ folder of a sweep and its tidy CSV files. An analysis is derived data, so
 * re-running it replaces its files; each file is written whole to a temporary name and moved
 * into place, so a reader never sees half a table. The file names are public so that the
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

    static Path folder(SweepData data) {
        Path dir = data.dir.resolve(FOLDER);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A CSV row builder: text cells quoted when needed, numbers as in every AlignSim CSV (empty = not defined). */
    static final class Row {
        private final StringBuilder b = new StringBuilder();

        Row text(String s) {
            sep();
            b.append(Csv.text(s));
            return this;
        }

        Row num(double v) {
            sep();
            Csv.append(b, v);
            return this;
        }

        Row integer(long v) {
            sep();
            b.append(v);
            return this;
        }

        private void sep() {
            if (b.length() > 0) b.append(',');
        }

        @Override
        public String toString() { return b.toString(); }
    }

    static Path write(Path dir, String name, String header, List<Row> rows) {
        StringBuilder b = new StringBuilder(header).append('\n');
        for (Row r : rows) b.append(r).append('\n');
        Path target = dir.resolve(name), tmp = dir.resolve(name + ".tmp");
        try {
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A small JSON file, written whole and moved into place like the tables. */
    static Path writeJson(Path dir, String name, Object value) {
        Path target = dir.resolve(name), tmp = dir.resolve(name + ".tmp");
        try {
            Json.write(tmp, value);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A file-name-safe form of an outcome or factor name (they may contain dots, never slashes in practice). */
    public static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
