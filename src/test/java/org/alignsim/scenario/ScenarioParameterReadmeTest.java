package org.alignsim.scenario;

import org.alignsim.model.ScenarioParameter;
import org.alignsim.model.ScenarioParameter.Range;
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
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * scenarios/README.md's key table, read as a user reads it, against the registry of a scenario's
 * numbers: each one's row must give its unit, default and allowed range, the binder must accept
 * the ends of that range and refuse what lies just outside, with the message it always gave, and
 * no number of a top-level section may have a row but no entry.
 */
class ScenarioParameterReadmeTest {
    private static final Path README = Path.of("scenarios", "README.md");
    private static final Path MINI = TestScenarios.resource("mini.yaml");
    private static final String HEADER = "| key | unit / type | default | allowed | meaning |";
    /** The sections whose entries belong to one state, institution or event and have rows of their own. */
    private static final List<String> PER_ENTRY = List.of("states.", "institutions.", "events.", "hostility.");

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

    /** The row of p: its own, or the one of all the keys of its mapping (hierarchy.status.<tier>). */
    private static List<String> row(ScenarioParameter p) throws IOException {
        Map<String, List<String>> rows = rows();
        List<String> row = rows.get(p.key);
        if (row == null) row = rows.get(pattern(p.key, rows.keySet()));
        assertNotNull(row, README + " has no row for " + p.key);
        return row;
    }

    /** The key of the row for every key of a mapping (threat.dispute_hostility.<kind>), or null. */
    private static String pattern(String key, Set<String> keys) {
        String mapping = key.substring(0, key.lastIndexOf('.') + 1);
        for (String k : keys) if (k.startsWith(mapping) && k.substring(mapping.length()).matches("<\\w+>")) return k;
        return null;
    }

    /** The default cell as a number, "required", "none", or the one a list of defaults (core 1, inner 0.75) gives the key's leaf. */
    private static String defaultOf(ScenarioParameter p, String cell) {
        Map<String, String> named = DefaultColumn.named(cell);
        return named.isEmpty() ? cell : named.get(p.leaf());
    }

    @ParameterizedTest
    @EnumSource(ScenarioParameter.class)
    void theReadmeRowGivesTheRegistrysUnitDefaultAndAllowedRange(ScenarioParameter p) throws IOException {
        List<String> row = row(p);
        assertEquals(p.unit, row.get(0), p.key + ": unit column");
        String dflt = defaultOf(p, row.get(1));
        if (p.optional) assertEquals("none", dflt, p.key + ": default column \"" + row.get(1) + "\"");
        else if (p.dflt == null) assertEquals("required", dflt, p.key + ": default column \"" + row.get(1) + "\"");
        else assertEquals(p.dflt, dflt == null ? null : AllowedColumn.number(dflt), p.key + ": default column \"" + row.get(1) + "\"");
        assertEquals(p.allowed, AllowedColumn.parse(row.get(2)), p.key + ": allowed column \"" + row.get(2) + "\"");
    }

    @ParameterizedTest
    @EnumSource(ScenarioParameter.class)
    void theBinderAcceptsTheReadmesRangeAndRefusesWhatLiesOutside(ScenarioParameter p) throws IOException {
        Range r = AllowedColumn.parse(row(p).get(2));
        if (!r.minOpen()) assertDoesNotThrow(() -> load(p, r.min()), p.key + " = " + r.min());
        if (!r.maxOpen() && r.max() < Double.POSITIVE_INFINITY) assertDoesNotThrow(() -> load(p, r.max()), p.key + " = " + r.max());
        refused(p, r.minOpen() ? r.min() : r.min() - 1, "must be " + words(r));
        if (r.max() < Double.POSITIVE_INFINITY) refused(p, r.maxOpen() ? r.max() : r.max() + 1, "must be " + words(r));
        if (r.whole()) refused(p, r.min() + 0.5, "must be a whole number");
    }

    /** The range in the binder's words, written out here rather than taken from Fields. */
    private static String words(Range r) {
        if (r.max() == Double.POSITIVE_INFINITY) return (r.minOpen() ? "> " : ">= ") + Fields.fmt(r.min());
        return "in " + (r.minOpen() ? "(" : "[") + Fields.fmt(r.min()) + ", " + Fields.fmt(r.max()) + (r.maxOpen() ? ")" : "]");
    }

    private static void refused(ScenarioParameter p, double v, String problem) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(p, v), p.key + " = " + v);
        assertEquals(p.key + ": " + problem + ", found " + Fields.fmt(v), e.getMessage().substring(e.getMessage().indexOf(p.key)));
    }

    private static void load(ScenarioParameter p, double v) {
        ScenarioLoader.load(MINI, Map.of(p.key, v));
    }

    @Test
    void everyNumberOfATopLevelSectionThatTheTableRangesIsInTheRegistry() throws IOException {
        for (Map.Entry<String, List<String>> row : rows().entrySet()) {
            String key = row.getKey();
            if (PER_ENTRY.stream().anyMatch(key::startsWith) || !isRange(row.getValue().get(2))) continue;
            if (!key.endsWith(">")) {
                assertDoesNotThrow(() -> ScenarioParameter.of(key), key + " has a row with a range but no registry entry");
                continue;
            }
            // A row for all the keys of a mapping: its list of defaults names exactly the registry's entries there.
            String mapping = key.substring(0, key.lastIndexOf('.'));
            Set<String> inRegistry = new TreeSet<>();
            for (ScenarioParameter p : ScenarioParameter.under(mapping)) inRegistry.add(p.leaf());
            assertFalse(inRegistry.isEmpty(), key + " has a row with a range but no registry entry");
            assertEquals(inRegistry, new TreeSet<>(DefaultColumn.named(row.getValue().get(1)).keySet()), key + ": the defaults listed");
        }
    }

    private static boolean isRange(String cell) {
        try {
            AllowedColumn.parse(cell);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void theColumnReadersReadTheTablesNotations() {
        assertEquals(new Range(0, false, 100, false), AllowedColumn.parse("0–100"));
        assertEquals(new Range(0, true, 1000, false), AllowedColumn.parse(">0, ≤1000"));
        assertEquals(new Range(-0.5, false, 0.5, false), AllowedColumn.parse("−0.5–0.5"));
        assertEquals(new Range(0, true, Double.POSITIVE_INFINITY, false), AllowedColumn.parse(">0"));
        assertEquals(new Range(0, false, Double.POSITIVE_INFINITY, false), AllowedColumn.parse("≥0"));
        assertEquals(new Range(1, false, 52, false, true), AllowedColumn.parse("integer 1–52"));
        assertEquals(new Range(3, false, 401, false, true), AllowedColumn.parse("odd integer 3–401"));
        assertEquals(new Range(0, false, 100, false), AllowedColumn.parse("0–100 (sum of the three > 0)"));
        assertThrows(IllegalArgumentException.class, () -> AllowedColumn.parse("1–len(members)"));
        assertThrows(IllegalArgumentException.class, () -> AllowedColumn.parse("a state in `states`"));
        assertEquals(Map.of("core", "1", "inner", "0.75"), DefaultColumn.named("core 1, inner 0.75"));
        assertEquals(Map.of(), DefaultColumn.named("0.25"));
        assertEquals(Map.of(), DefaultColumn.named("[0.1, 0.3, 0.5, 0.75]"));
    }

    /**
     * The notations of the table's allowed column: "0–100", ">0, ≤1000", "≥0", with − or - for
     * minus; "integer 1–52" for whole numbers ("odd integer": oddness is a rule of the binder's own);
     * a note in brackets at the end is not part of the range.
     */
    static final class AllowedColumn {
        private AllowedColumn() {}

        static Range parse(String cell) {
            String text = cell.replaceFirst("\\s*\\([^)]*\\)$", "");
            boolean whole = text.matches("(odd )?integer .*");
            if (whole) text = text.substring(text.indexOf("integer ") + "integer ".length());
            double min = Double.NEGATIVE_INFINITY, max = Double.POSITIVE_INFINITY;
            boolean minOpen = false, maxOpen = false;
            for (String part : text.split(",\\s*")) {
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
            return new Range(min, minOpen, max, maxOpen, whole);
        }

        static double number(String s) {
            try {
                return Double.parseDouble(s.trim().replace('−', '-'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + s + "\"", e);
            }
        }
    }

    /** The default column's list of named defaults ("core 1, inner 0.75"); empty for a single default. */
    static final class DefaultColumn {
        private DefaultColumn() {}

        static Map<String, String> named(String cell) {
            Map<String, String> named = new LinkedHashMap<>();
            if (!cell.matches("\\w+ [^,\\s]+(, \\w+ [^,\\s]+)*")) return named;
            for (String part : cell.split(",\\s*")) named.put(part.substring(0, part.indexOf(' ')), part.substring(part.indexOf(' ') + 1));
            return named;
        }
    }
}
