package org.alignsim.results;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void formatsWithDotDecimalsAndNoTrailingZeros() {
        assertEquals("0", Csv.format(0.0));
        assertEquals("0", Csv.format(-0.0));
        assertEquals("1", Csv.format(1.0));
        assertEquals("2024.75", Csv.format(2024.75));
        assertEquals("-0.5", Csv.format(-0.5));
        assertEquals("0.333333", Csv.format(1.0 / 3));
        assertEquals("-0.000001", Csv.format(-0.000001));
        assertEquals("0", Csv.format(0.0000004));
        assertEquals("", Csv.format(Double.NaN));
        assertEquals("", Csv.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void quotesTextOnlyWhenNeeded() {
        assertEquals("JPN", Csv.text("JPN"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    }
}
