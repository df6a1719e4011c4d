package org.alignsim.analysis;

import org.alignsim.output.Csv;

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
 * into place, so a reader never sees half a table.
 */
final class AnalysisFiles {
    private AnalysisFiles() {}

    static Path folder(SweepData data) {
        Path dir = data.dir.resolve("analysis");
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

    /** A file-name-safe form of an outcome or factor name (they may contain dots, never slashes in practice). */
    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
