package org.alignsim.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A CSV file with a header, read whole (RFC 4180, strict UTF-8). Every value is read through
 * {@link #number} or {@link #text}, which name the file, the line and the column when a value is
 * malformed, so a damaged data file stops a command with one clear line instead of a wrong figure.
 */
public final class DataTable {
    private final String shown;
    private final List<CSVRecord> rows;
    private final Map<String, Integer> header;
    private final String sha256;

    private DataTable(String shown, List<CSVRecord> rows, Map<String, Integer> header, String sha256) {
        this.shown = shown;
        this.rows = rows;
        this.header = header;
        this.sha256 = sha256;
    }

    /** Reads the file and checks that it has the required columns. */
    public static DataTable read(Path file, String... required) {
        String shown = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new DataException(shown, 0, "is a folder, not a CSV file");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(shown, 0, "no such data file");
        } catch (IOException e) {
            throw new DataException(shown, 0, "cannot read: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataException(shown, 0, "not UTF-8 text");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(text, format)) {
            Map<String, Integer> header = p.getHeaderMap();
            if (header == null || header.isEmpty()) throw new DataException(shown, 1, "empty file: a header line is needed");
            for (String c : required) {
                if (!header.containsKey(c)) throw new DataException(shown, 1, "no column '" + c + "' (the header has " + String.join(", ", header.keySet()) + ")");
            }
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                if (r.size() != header.size()) {
                    throw new DataException(shown, r.getParser().getCurrentLineNumber(), r.size() + " fields where the header has " + header.size());
                }
                rows.add(r);
            }
            return new DataTable(shown, rows, header, sha256(bytes));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new DataException(shown, 0, "not a valid CSV file: " + e.getMessage());
        } catch (IOException e) {
            throw new DataException(shown, 0, "cannot read: " + e.getMessage());
        }
    }

    public int size() { return rows.size(); }

    public boolean has(String column) { return header.containsKey(column); }

    public String file() { return shown; }

    /** SHA-256 of the file's bytes, for manifests. */
    public String sha256() { return sha256; }

    /** The line of row r in the file (1 is the header). */
    public long line(int r) { return rows.get(r).getRecordNumber() + 1; }

    public String text(int r, String column) {
        return rows.get(r).get(column);
    }

    /** The value as a number; NaN for an empty field; an error naming the place for anything else. */
    public double number(int r, String column) {
        String s = rows.get(r).get(column).trim();
        if (s.isEmpty() || s.equals("NA")) return Double.NaN;
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw error(r, column, "'" + abbreviate(s) + "' is not a number");
        }
    }

    /** A whole number; an error for an empty or fractional field. */
    public int integer(int r, String column) {
        double v = number(r, column);
        if (Double.isNaN(v) || v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw error(r, column, "'" + abbreviate(rows.get(r).get(column)) + "' is not a whole number");
        }
        return (int) v;
    }

    public DataException error(int r, String column, String problem) {
        return new DataException(shown, line(r), "column '" + column + "': " + problem);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
