package org.alignsim.results;

import org.alignsim.base.FileError;
import org.alignsim.base.UserError;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads AlignSim's CSV files (and the CSV files it is given) row by row with Commons CSV, and
 * refuses damaged ones with one line naming the file and line. A sweep that is still running (or
 * was killed) may have one torn row at the end, cut mid-write; with {@code dropTornTail} that row
 * is skipped instead of refused.
 */
public final class CsvTable implements AutoCloseable {
    /** RFC 4180 as AlignSim writes it: comma, double quotes, a header line; \n or \r\n both read. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String[] header;
    private final boolean dropTornTail;
    private final boolean endsWithNewline;
    private long line = 1;
    /** Set once the torn last row was one Commons CSV could not even parse (cut inside quotes): it is gone already. */
    private boolean tornQuote;
    private UserError damaged;

    private CsvTable(Path file, boolean dropTornTail) throws IOException {
        this.file = file;
        this.dropTornTail = dropTornTail;
        this.endsWithNewline = lastByte(file) == '\n';
        this.parser = CSVParser.builder().setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        CSVRecord h = nextRecord();
        if (h == null || (h.size() == 1 && h.get(0).isBlank())) {
            parser.close();
            throw new UserError(file + ": empty file, no header (truncated?)");
        }
        this.header = h.values();
    }

    public static CsvTable open(Path file, boolean dropTornTail) {
        if (!Files.isRegularFile(file)) throw new UserError(file + ": missing");
        try {
            return new CsvTable(file, dropTornTail);
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
    }

    private CSVRecord nextRecord() {
        if (!more()) return null;
        if (damaged != null) throw damaged;
        return records.next();
    }

    /** Whether a record follows; Commons CSV reads it ahead, so this is where a damaged one shows. */
    private boolean more() {
        if (damaged != null) return true;
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) throw FileError.reading(file, e.getCause());
            // A quote that never closes: cut by a running writer at the very end, or damaged.
            if (dropTornTail && !endsWithNewline) {
                tornQuote = true;
                return false;
            }
            // Refused when that row is asked for, not while the row before it is being returned.
            if (damaged == null) damaged = new UserError(file + ": line " + (line + 1) + ": unbalanced quotes (truncated or damaged row)");
            return true;
        }
    }

    private static int lastByte(Path p) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "r")) {
            if (f.length() == 0) return -1;
            f.seek(f.length() - 1);
            return f.read();
        }
    }

    public String[] header() { return header.clone(); }

    public Path file() { return file; }

    /** Index of a column, or -1. */
    public int column(String name) {
        for (int i = 0; i < header.length; i++) if (header[i].equals(name)) return i;
        return -1;
    }

    /** Index of a column that must be there. */
    public int require(String name) {
        int c = column(name);
        if (c < 0) throw new UserError(file + ": no column '" + name + "' in the header");
        return c;
    }

    /** The next row (as many fields as the header), or null at the end. */
    public String[] next() {
        CSVRecord r = nextRecord();
        if (r == null) return null;
        line++;
        boolean last = !more();
        if (last && r.size() == 1 && r.get(0).isEmpty()) return null;   // a blank last line
        if (last && !endsWithNewline && dropTornTail && !tornQuote) return null;   // torn by a running writer
        if (r.size() != header.length) {
            throw error(r.size() + " fields where the header has " + header.length + " (truncated or damaged row)");
        }
        return r.values();
    }

    /** An error about the row just returned. */
    public UserError error(String what) {
        return new UserError(file + ": line " + line + ": " + what);
    }

    public double number(String[] row, int col) {
        String s = row[col];
        if (s.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error("column '" + header[col] + "': '" + s + "' is not a number");
        }
    }

    public int integer(String[] row, int col) {
        try {
            return Integer.parseInt(row[col]);
        } catch (NumberFormatException e) {
            throw error("column '" + header[col] + "': '" + row[col] + "' is not a whole number");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
