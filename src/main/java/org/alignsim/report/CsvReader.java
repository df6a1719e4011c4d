package org.alignsim.report;


import org.alignsim.base.FileError;
import org.alignsim.base.UserError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads AlignSim's CSV files row by row and refuses damaged ones with one line naming the file
 * and line. A sweep that is still running (or was killed) may have one torn row at the end,
 * cut mid-write; with {@code dropTornTail} that row is skipped instead of refused.
 */
final class CsvReader implements AutoCloseable {
    private final Path file;
    private final BufferedReader in;
    private final String[] header;
    private final boolean dropTornTail;
    private final boolean endsWithNewline;
    private String pending;
    private int line = 1;

    private CsvReader(Path file, boolean dropTornTail) throws IOException {
        this.file = file;
        this.dropTornTail = dropTornTail;
        this.endsWithNewline = lastByte(file) == '\n';
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        String h = in.readLine();
        if (h == null || h.isBlank()) {
            in.close();
            throw new UserError(file + ": empty file, no header (truncated?)");
        }
        this.header = split(h).toArray(String[]::new);
        this.pending = in.readLine();
    }

    static CsvReader open(Path file, boolean dropTornTail) {
        if (!Files.isRegularFile(file)) throw new UserError(file + ": missing");
        try {
            return new CsvReader(file, dropTornTail);
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
    }

    private static int lastByte(Path p) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            if (f.length() == 0) return -1;
            f.seek(f.length() - 1);
            return f.read();
        }
    }

    String[] header() { return header; }

    Path file() { return file; }

    /** Index of a column, or -1. */
    int column(String name) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
        return -1;
    }

    /** Index of a column that must be there. */
    int require(String name) {
        int c = column(name);
        if (c < 0) throw new UserError(file + ": no column '" + name + "' in the header");
        return c;
    }

    /** The next row (as many fields as the header), or null at the end. */
    String[] next() {
        while (pending != null) {
            String current = pending;
            try {
                pending = in.readLine();
            } catch (IOException e) {
                throw FileError.reading(file, e);
            }
            line++;
            boolean last = pending == null;
            if (current.isEmpty() && last) return null;
            List<String> fields = split(current);
            if (last && !endsWithNewline && dropTornTail) return null;   // torn by a running writer
            if (fields.size() != header.length) {
                throw error(fields.size() + " fields where the header has " + header.length + " (truncated or damaged row)");
            }
            return fields.toArray(String[]::new);
        }
        return null;
    }

    /** An error about the row just returned. */
    UserError error(String what) {
        return new UserError(file + ": line " + line + ": " + what);
    }

    double number(String[] row, int col) {
        String s = row[col];
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error("column '" + header[col] + "': '" + s + "' is not a number");
        }
    }

    int integer(String[] row, int col) {
        try {
            return Integer.parseInt(row[col]);
        } catch (NumberFormatException e) {
            throw error("column '" + header[col] + "': '" + row[col] + "' is not a whole number");
        }
    }

    /** Splits one line on commas, honouring RFC 4180 quotes. */
    static List<String> split(String s) {
        return org.alignsim.results.Csv.split(s);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
