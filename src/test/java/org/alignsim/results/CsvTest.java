package org.alignsim.results;

import org.alignsim.base.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void decimalsAreTheRoundedValuesDigitsAsBigDecimalWritesThem() {
        // The digits are written one by one; BigDecimal renders the same rounded micro-units independently.
        assertEquals("0.000123", Csv.format(0.000123));
        assertEquals("0.0012", Csv.format(0.0012));
        assertEquals("123456.000001", Csv.format(123456.000001));
        java.util.Random r = new java.util.Random(17);
        for (int k = 0; k < 20_000; k++) {
            double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextInt(17) - 8) * r.nextDouble();
            if (k % 7 == 0) v = Math.rint(v * 1e4) / 1e4;   // few decimals, trailing zeros to strip
            long micro = Math.round(v * 1e6);
            String expected = micro == 0 ? "0" : java.math.BigDecimal.valueOf(micro, 6).stripTrailingZeros().toPlainString();
            assertEquals(expected, Csv.format(v), "value " + v);
        }
    }

    @Test
    void recordsQuoteTextOnlyWhenNeededAndWriteNumbersAsEveryFileDoes() {
        // RFC 4180: a field with a comma or a quote is quoted, quotes doubled; a number that is not finite is empty.
        assertEquals("JPN,\"a,b\",\"say \"\"hi\"\"\",0.5,,3,\n", CsvOut.record("JPN", "a,b", "say \"hi\"", 0.5, Double.NaN, 3L, null));
        assertEquals("point,weights.trade\n", CsvOut.header(List.of("point"), List.of("weights.trade")));
    }

    @Test
    void rowsHonourQuotesAndKnowTheLineEachStartsOn() {
        String text = "actor,note\r\nJPN,\"a, b\"\n\nKOR,\"two\nlines\"\nIND,\"say \"\"hi\"\"\"\n";
        List<Csv.Row> rows = Csv.rows(text, "x.csv");
        assertEquals(List.of("actor", "note"), rows.get(0).cells());
        assertEquals(new Csv.Row(2, List.of("JPN", "a, b")), rows.get(1));
        // line 3 is empty and passed over; the quoted newline keeps KOR's record on lines 4-5
        assertEquals(new Csv.Row(4, List.of("KOR", "two\nlines")), rows.get(2));
        assertEquals(new Csv.Row(6, List.of("IND", "say \"hi\"")), rows.get(3));
        assertEquals(4, rows.size());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheFile() {
        UserError e = assertThrows(UserError.class, () -> Csv.rows("a,b\n1,\"open\n", "cut.csv"));
        assertTrue(e.getMessage().startsWith("cut.csv:"), e.getMessage());
        assertTrue(e.getMessage().contains("unbalanced quotes"), e.getMessage());
    }

    @Test
    void aTableDropsOnlyATornLastRowAndOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("runs.csv");
        Files.writeString(f, "run,x\n0,1.5\n1,\"cu");
        try (CsvTable t = CsvTable.open(f, true)) {
            assertArrayEquals(new String[]{"0", "1.5"}, t.next());
            assertNull(t.next());
        }
        try (CsvTable t = CsvTable.open(f, false)) {
            t.next();
            UserError e = assertThrows(UserError.class, t::next);
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        }
        Files.writeString(f, "run,x\n0\n1,2\n");
        try (CsvTable t = CsvTable.open(f, true)) {
            UserError e = assertThrows(UserError.class, t::next);
            assertEquals(f + ": line 2: 1 fields where the header has 2 (truncated or damaged row)", e.getMessage());
        }
    }
}
