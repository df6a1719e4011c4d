package org.alignsim.validation;

import org.alignsim.results.CsvOut;

/** A tidy CSV built row by row through {@link CsvOut}: numbers as in every AlignSim output, text quoted when needed. */
final class CsvFile {
    final String name;
    private final StringBuilder b = new StringBuilder();

    CsvFile(String name, String header) {
        this.name = name;
        b.append(header).append('\n');
    }

    void row(Object... cells) {
        CsvOut.record(b, cells);
    }

    String text() { return b.toString(); }
}
