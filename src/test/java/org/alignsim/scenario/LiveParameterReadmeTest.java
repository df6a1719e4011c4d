package org.alignsim.scenario;

import org.alignsim.model.LiveParameter;
import org.alignsim.model.ScenarioParameter;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * scenarios/README.md's key table, read as a user reads it, against the live parameters'
 * registry: each one's row must give its default and allowed range, and the binder must accept
 * the ends of that range and refuse what lies just outside, with the message it always gave.
 */
class LiveParameterReadmeTest {
    private static final Path README = Path.of("scenarios", "README.md");
    private static final Path MINI = TestScenarios.resource("mini.yaml");
    private static final String HEADER = "| key | unit / type | default | allowed | meaning |";

    /** The key table's rows by key: the cells after the key (unit, default, allowed, meaning). */
    static Map<String, List<String>> rows() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int at = lines.indexOf(HEADER);
        if (at < 0) throw new AssertionError(README + " has no key table headed " + HEADER);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            // A "\|" inside a cell is a literal bar (|alignment|), not a column border.
            String[] cells = lines.get(i).substring(1).split("(?<!\\\\)\\|", -1);
            rows.put(cells[0].trim().replace("`", ""), List.of(cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim()));
        }
        return rows;
    }

    private static List<String> row(LiveParameter p) throws IOException {
        List<String> row = rows().get(p.key);
        assertNotNull(row, README + " has no row for " + p.key);
        return row;
    }

    @ParameterizedTest
    @EnumSource(LiveParameter.class)
    void theReadmeRowGivesTheRegistrysDefaultAndAllowedRange(LiveParameter p) throws IOException {
        List<String> row = row(p);
        assertEquals(p.dflt, AllowedColumn.number(row.get(1)), p.key + ": default column \"" + row.get(1) + "\"");
        assertEquals(p.allowed, AllowedColumn.parse(row.get(2)), p.key + ": allowed column \"" + row.get(2) + "\"");
    }

    @ParameterizedTest
    @EnumSource(LiveParameter.class)
    void theBinderAcceptsTheReadmesRangeAndRefusesWhatLiesOutside(LiveParameter p) throws IOException {
        ScenarioParameter.Range r = AllowedColumn.parse(row(p).get(2));
        double below = r.minOpen() ? r.min() : r.min() - 1, above = r.maxOpen() ? r.max() : r.max() + 1;
        if (!r.minOpen()) assertDoesNotThrow(() -> load(p, r.min()), p.key + " = " + r.min());
        if (!r.maxOpen()) assertDoesNotThrow(() -> load(p, r.max()), p.key + " = " + r.max());
        for (double v : new double[] {below, above}) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> load(p, v), p.key + " = " + v);
            String expected = p.key + ": must be in " + (r.minOpen() ? "(" : "[") + Fields.fmt(r.min()) + ", "
                    + Fields.fmt(r.max()) + (r.maxOpen() ? ")" : "]") + ", found " + Fields.fmt(v);
            assertEquals(expected, e.getMessage().substring(e.getMessage().indexOf(p.key)));
        }
    }

    private static void load(LiveParameter p, double v) {
        ScenarioLoader.load(MINI, Map.of(p.key, v));
    }

    @Test
    void theColumnReaderReadsTheTablesNotations() {
        assertEquals(new ScenarioParameter.Range(0, false, 100, false), AllowedColumn.parse("0–100"));
        assertEquals(new ScenarioParameter.Range(0, true, 1000, false), AllowedColumn.parse(">0, ≤1000"));
        assertEquals(new ScenarioParameter.Range(-0.5, false, 0.5, false), AllowedColumn.parse("−0.5–0.5"));
        assertEquals(new ScenarioParameter.Range(0, true, Double.POSITIVE_INFINITY, false), AllowedColumn.parse(">0"));
        assertEquals(new ScenarioParameter.Range(0, false, Double.POSITIVE_INFINITY, false), AllowedColumn.parse("≥0"));
        assertThrows(IllegalArgumentException.class, () -> AllowedColumn.parse("odd integer 3–401"));
    }

    /** The notations of the table's allowed column: "0–100", ">0, ≤1000", "≥0", with − or - for minus. */
    static final class AllowedColumn {
        private AllowedColumn() {}

        static ScenarioParameter.Range parse(String cell) {
            double min = Double.NEGATIVE_INFINITY, max = Double.POSITIVE_INFINITY;
            boolean minOpen = false, maxOpen = false;
            for (String part : cell.split(",\\s*")) {
                if (part.startsWith(">")) { min = number(part.substring(1)); minOpen = true; }
                else if (part.startsWith("≥")) min = number(part.substring(1));
                else if (part.startsWith("<")) { max = number(part.substring(1)); maxOpen = true; }
                else if (part.startsWith("≤")) max = number(part.substring(1));
                else {
                    int dash = part.indexOf('–', 1);
                    if (dash < 0) throw new IllegalArgumentException("not a range: \"" + cell + "\"");
                    min = number(part.substring(0, dash));
                    max = number(part.substring(dash + 1));
                }
            }
            return new ScenarioParameter.Range(min, minOpen, max, maxOpen);
        }

        static double number(String s) {
            try {
                return Double.parseDouble(s.trim().replace('−', '-'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + s + "\"", e);
            }
        }
    }
}
