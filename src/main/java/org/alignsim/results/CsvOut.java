package org.alignsim.results;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV records through Commons CSV, in {@link CsvTable#FORMAT}: a double as AlignSim writes
 * numbers ({@link Csv#format}: dot decimals, at most six places, empty when not finite), a whole
 * number as it is, null as an empty field, any other value by its text, quoted by Commons CSV
 * where RFC 4180 needs it. A value that must read back exactly is passed as {@link Csv#exact}'s text.
 */
public final class CsvOut {
    private CsvOut() {}

    /** One record, ended by a newline, appended to out. */
    public static void record(StringBuilder out, List<?> cells) {
        List<String> text = new ArrayList<>(cells.size());
        for (Object c : cells) text.add(cell(c));
        try {
            new CSVPrinter(out, CsvTable.FORMAT).printRecord(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
    }

    public static void record(StringBuilder out, Object... cells) {
        record(out, Arrays.asList(cells));
    }

    /** One record and its newline. */
    public static String record(Object... cells) {
        StringBuilder b = new StringBuilder();
        record(b, Arrays.asList(cells));
        return b.toString();
    }

    /** A header: the names of the first columns, then more names. */
    public static String header(List<String> first, List<String> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        StringBuilder b = new StringBuilder();
        record(b, all);
        return b.toString();
    }

    /** A writer of many records into one StringBuilder (the sweep's hot paths), field by field. */
    public static Records records(StringBuilder out) {
        return new Records(out);
    }

    /** Fields of records, printed as {@link CsvOut} prints cells. */
    public static final class Records {
        private final CSVPrinter printer;

        private Records(StringBuilder out) {
            try {
                printer = new CSVPrinter(out, CsvTable.FORMAT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // Numbers are formatted into one reused buffer, which Commons CSV prints as a CharSequence:
        // a sweep writes millions of them, and a String for each would double the writer's time.
        private final StringBuilder number = new StringBuilder(32);

        public Records num(double v) {
            number.setLength(0);
            Csv.append(number, v);
            return text(number);
        }

        public Records whole(long v) {
            number.setLength(0);
            number.append(v);
            return text(number);
        }

        public Records text(CharSequence v) {
            try {
                printer.print(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Ends the record. */
        public void end() {
            try {
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String cell(Object c) {
        if (c == null) return "";
        if (c instanceof Double d) return Csv.format(d);
        if (c instanceof Float f) return Csv.format(f);
        return c.toString();
    }
}
