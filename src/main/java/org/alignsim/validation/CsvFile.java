package org.alignsim.validation;

import org.alignsim.results.Csv;

/** A tidy CSV built row by row: numbers as in every AlignSim output (Csv), text quoted when needed. */
final class CsvFile {
    final String name;
    private final StringBuilder b = new StringBuilder();

    CsvFile(String name, String header) {
        this.name = name;
        b.append(header).append('\n');
    }

    void row(Object... cells) {
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) b.append(',');
            Object c = cells[k];
            if (c instanceof Double d) Csv.append(b, d);
            else if (c instanceof Integer || c instanceof Long) b.append(c);
            else if (c != null) b.append(Csv.text(c.toString()));
        }
        b.append('\n');
    }

    String text() { return b.toString(); }
}
