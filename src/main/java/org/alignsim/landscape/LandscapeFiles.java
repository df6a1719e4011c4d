package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import org.alignsim.base.FileBatch;
import org.alignsim.results.Csv;
import org.alignsim.results.CsvOut;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Landscapes given directly as CSV, and the CSV a landscape run writes.
 *
 * <p>Propensities: a square matrix with a header row of actor codes after a first (label) cell,
 * then one row per actor, its code first, e.g.
 * <pre>
 * actor,JPN,KOR,CHN
 * JPN,0,0.5,-1
 * KOR,0.5,0,-0.4
 * CHN,-1,-0.4,0
 * </pre>
 * Rows may come in any order; the diagonal is ignored (it may be empty). Sizes: a header
 * {@code actor,size}, then one row per actor. Every problem stops with file:line.
 */
public final class LandscapeFiles {
    private LandscapeFiles() {}

    /** What each file should look like, for the messages that refuse one. */
    static final String PROPENSITIES_FORMAT = "a propensities file is CSV: a header 'actor,A,B,...', then a row 'A,p_AA,p_AB,...' for every actor";
    static final String SIZES_FORMAT = "a sizes file is CSV: a header 'actor,size', then a row 'A,SIZE' for every actor of the propensity matrix";

    /**
     * @param known if not null, the actor codes allowed (the scenario's states)
     */
    public static Landscape read(Path propensityFile, Path sizeFile, Set<String> known) {
        String pf = ScenarioLoader.display(propensityFile);
        List<Csv.Row> lines = rows(propensityFile, PROPENSITIES_FORMAT);
        if (lines.isEmpty() || lines.get(0).blank()) throw new ScenarioException(pf, 1, "", "empty file; " + PROPENSITIES_FORMAT);
        List<String> header = lines.get(0).cells();
        List<String> cols = header.subList(1, header.size());
        if (cols.isEmpty()) throw new ScenarioException(pf, 1, "", "the header row names no actors; " + PROPENSITIES_FORMAT);
        Map<String, Integer> colIndex = new LinkedHashMap<>();
        for (int c = 0; c < cols.size(); c++) {
            String code = cols.get(c);
            if (code.isEmpty()) throw new ScenarioException(pf, 1, "", "column " + (c + 2) + " has no actor code");
            if (known != null && !known.contains(code)) throw new ScenarioException(pf, 1, code, "unknown actor code (not a state of the scenario)");
            if (colIndex.put(code, c) != null) throw new ScenarioException(pf, 1, code, "actor appears twice in the header");
        }
        int n = cols.size();
        double[] p = new double[n * n];
        int[] rowLine = new int[n];
        int rows = 0;
        for (Csv.Row row : lines.subList(1, lines.size())) {
            if (row.blank()) continue;
            List<String> f = row.cells();
            int line = row.line();
            String code = f.get(0);
            Integer r = colIndex.get(code);
            if (r == null) {
                throw new ScenarioException(pf, line, code, known != null && !known.contains(code)
                        ? "unknown actor code (not a state of the scenario)"
                        : "row actor is not a column of the header: the propensity matrix must be square, with the same actors in rows and columns");
            }
            if (rowLine[r] != 0) throw new ScenarioException(pf, line, code, "actor has two rows (first on line " + rowLine[r] + ")");
            if (f.size() != n + 1) {
                throw new ScenarioException(pf, line, code, "the propensity matrix must be square: " + (f.size() - 1) + " values in this row, " + n + " actors in the header");
            }
            rowLine[r] = line;
            rows++;
            for (int c = 0; c < n; c++) {
                String v = f.get(c + 1);
                if (c == r && v.isEmpty()) continue;
                p[r * n + c] = number(v, pf, line, code + "." + cols.get(c));
            }
        }
        if (rows != n) {
            String missing = cols.stream().filter(c -> rowLine[colIndex.get(c)] == 0).findFirst().orElse("?");
            throw new ScenarioException(pf, 0, missing, "the propensity matrix must be square: " + n + " columns but " + rows + " rows (no row for " + missing + ")");
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double a = p[i * n + j], b = p[j * n + i];
                if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new ScenarioException(pf, Math.max(rowLine[i], rowLine[j]), cols.get(i) + "." + cols.get(j),
                            Landscape.asymmetry(cols.get(i), cols.get(j), a, b));
                }
            }
        }
        double[] sizes = readSizes(sizeFile, colIndex, known);
        return new Landscape(cols, sizes, p);
    }

    private static double[] readSizes(Path file, Map<String, Integer> colIndex, Set<String> known) {
        String sf = ScenarioLoader.display(file);
        List<Csv.Row> lines = rows(file, SIZES_FORMAT);
        if (lines.isEmpty() || !lines.get(0).cells().equals(List.of("actor", "size"))) {
            throw new ScenarioException(sf, 1, "", "the header must be 'actor,size'; " + SIZES_FORMAT);
        }
        int n = colIndex.size();
        double[] s = new double[n];
        int[] at = new int[n];
        for (Csv.Row row : lines.subList(1, lines.size())) {
            if (row.blank()) continue;
            List<String> f = row.cells();
            int line = row.line();
            if (f.size() != 2) throw new ScenarioException(sf, line, "", "expected two fields, actor and size, found " + f.size());
            String code = f.get(0);
            Integer i = colIndex.get(code);
            if (i == null) {
                throw new ScenarioException(sf, line, code, known != null && !known.contains(code)
                        ? "unknown actor code (not a state of the scenario)" : "unknown actor code (not in the propensity matrix)");
            }
            if (at[i] != 0) throw new ScenarioException(sf, line, code, "actor has two sizes (first on line " + at[i] + ")");
            double v = number(f.get(1), sf, line, code);
            if (!(v > 0)) throw new ScenarioException(sf, line, code, "size must be positive, found " + f.get(1));
            s[i] = v;
            at[i] = line;
        }
        for (Map.Entry<String, Integer> e : colIndex.entrySet()) {
            if (at[e.getValue()] == 0) {
                throw new ScenarioException(sf, 0, e.getKey(), "no size for this actor of the propensity matrix; add a row '" + e.getKey() + ",SIZE' ("
                        + SIZES_FORMAT + ")");
            }
        }
        return s;
    }

    private static double number(String v, String file, int line, String path) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ScenarioException(file, line, path, "must be a number, found \"" + v + "\"");
    }

    /**
     * The file's records, fields trimmed, read as strictly as scenarios are; an unreadable one is
     * refused with what it should look like.
     */
    private static List<Csv.Row> rows(Path p, String format) {
        String shown = ScenarioLoader.display(p);
        String text;
        try {
            text = ScenarioLoader.utf8(ScenarioLoader.readBytes(p, shown), shown);
        } catch (ScenarioException e) {
            throw new ScenarioException(e.file(), e.line(), e.path(), e.problem() + "; " + format);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return Csv.rows(text, shown).stream().map(r -> new Csv.Row(r.line(), r.cells().stream().map(String::trim).toList())).toList();
    }

    /** minima.csv: rank, energy, basin_size, then each actor's coalition (A = the coalition of the first actor, B the other). */
    public static void writeMinima(Path file, Minima r) {
        Landscape l = r.landscape();
        StringBuilder b = new StringBuilder(CsvOut.header(List.of("rank", "energy", "basin_size"), l.codes()));
        int rank = 1;
        for (Minima.Minimum m : r.minima()) {
            List<Object> cells = new ArrayList<>(List.of(rank++, Csv.exact(m.energy()), m.basinSize()));
            for (boolean inB : m.inB()) cells.add(inB ? "B" : "A");
            CsvOut.record(b, cells);
        }
        write(file, b.toString());
    }

    /** actors.csv and propensities.csv: the landscape as used, readable back with {@link #read}. */
    public static void writeLandscape(Path sizes, Path propensities, Landscape l) {
        StringBuilder s = new StringBuilder(CsvOut.record("actor", "size"));
        StringBuilder p = new StringBuilder(CsvOut.header(List.of("actor"), l.codes()));
        for (int i = 0; i < l.n(); i++) {
            CsvOut.record(s, l.code(i), Csv.exact(l.size(i)));
            List<Object> row = new ArrayList<>(List.of(l.code(i)));
            for (int j = 0; j < l.n(); j++) row.add(Csv.exact(l.propensity(i, j)));
            CsvOut.record(p, row);
        }
        write(sizes, s.toString());
        write(propensities, p.toString());
    }

    static void write(Path f, String text) {
        FileBatch.writeAtomically(f, text);
    }
}
