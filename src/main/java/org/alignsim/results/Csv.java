package org.alignsim.results;

import org.alignsim.base.UserError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * AlignSim's CSV, read with Commons CSV (here, and row by row in {@link CsvTable}), and its
 * number formatting for tidy CSV: dot decimals, at most six decimal places, no exponent for
 * ordinary magnitudes, an empty field (NA in R, NaN in pandas, NULL in DuckDB) for a value that
 * is not finite. Deterministic and locale-free, unlike String.format.
 */
public final class Csv {
    private Csv() {}

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000};

    static void append(StringBuilder b, double v) {
        if (!Double.isFinite(v)) return;
        if (Math.abs(v) >= 1e12) {
            b.append(v);
            return;
        }
        long scaled = Math.round(v * 1e6);
        if (scaled == 0) {
            b.append('0');
            return;
        }
        if (scaled < 0) {
            b.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000, frac = scaled % 1_000_000;
        b.append(whole);
        if (frac != 0) {
            // The six decimals without trailing zeros, digit by digit: no string per number.
            b.append('.');
            int digits = 6;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (long p = POW10[digits - 1]; p > 0; p /= 10) b.append((char) ('0' + frac / p % 10));
        }
    }

    public static String format(double v) {
        StringBuilder b = new StringBuilder();
        append(b, v);
        return b.toString();
    }

    /**
     * A value that must read back exactly (design factor values): the shortest decimal that
     * round-trips to the same double, without an exponent.
     */
    public static void appendExact(StringBuilder b, double v) {
        if (!Double.isFinite(v)) return;
        String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        b.append(s.equals("-0") ? "0" : s);
    }

    /** {@link #appendExact}'s text. */
    public static String exact(double v) {
        StringBuilder b = new StringBuilder();
        appendExact(b, v);
        return b.toString();
    }


    /** One record of a CSV text: the line it starts on (from 1, the header included) and its fields. */
    public record Row(int line, List<String> cells) {
        /** Whether every field is blank (a line of spaces), which readers pass over as they pass over empty lines. */
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * The records of a CSV text, header first, read by Commons CSV (RFC 4180 quotes, \n or \r\n),
     * empty lines passed over; each with its line, so that a reader can name the place of a
     * problem. A quote that never closes is refused in one line naming the file and line.
     */
    public static List<Row> rows(String text, String shown) {
        List<Row> out = new ArrayList<>();
        int line = 1, pos = 0;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CsvTable.FORMAT.builder().setIgnoreEmptyLines(true).get()).get()) {
            for (CSVRecord r : p) {
                for (long end = r.getCharacterPosition(); pos < end; pos++) if (text.charAt(pos) == '\n') line++;
                // A record's position is where Commons CSV began to look for it, before the empty lines it passed over.
                for (; pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r'); pos++) if (text.charAt(pos) == '\n') line++;
                out.add(new Row(line, r.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(shown + ":" + (line + 1) + ": unbalanced quotes (a field opened with \" is never closed)");
        }
        return out;
    }
}
