package org.alignsim.sweep;

import org.alignsim.results.Csv;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.sweep.design.Designs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design points of a sweep: for each point, a value per factor. A full factorial is
 * computed from the point's index (mixed radix, last factor fastest), so even a very large one
 * takes no memory; sampled designs keep their unit-cube matrix.
 */
public final class SweepDesign {
    public final SweepSpec spec;
    public final List<SweepSpec.Factor> factors;
    private final int points;
    private final double[][] unit;
    private final int[] radix;
    /** A stored design (from --design FILE.csv): the values as read, and the line of each point in the file. */
    private final Object[][] stored;
    private final int[] lines;
    public final String source;

    private SweepDesign(SweepSpec spec, int points, double[][] unit, int[] radix, Object[][] stored, int[] lines, String source) {
        this.spec = spec;
        this.factors = spec.factors();
        this.points = points;
        this.unit = unit;
        this.radix = radix;
        this.stored = stored;
        this.lines = lines;
        this.source = source;
    }

    /**
     * A stored design, e.g. another sweep's design.csv: its factor columns must be the sweep's
     * factors; each row is run exactly as written, so a published result can be regenerated.
     */
    public static SweepDesign fromCsv(SweepSpec spec, java.nio.file.Path csv, long maxRuns) {
        String shown = ScenarioLoader.display(csv);
        if (!java.nio.file.Files.exists(csv)) throw new ScenarioException(shown, 0, "", "no such design file");
        String text = ScenarioLoader.utf8(ScenarioLoader.readBytes(csv, shown), shown);
        List<Csv.Row> lines = Csv.rows(text, shown);
        if (lines.isEmpty()) throw new ScenarioException(shown, 1, "", "empty design file");
        List<String> header = lines.get(0).cells();
        int k = spec.factors().size();
        if (header.size() != k + 1 || !header.get(0).equals("point")) {
            throw new ScenarioException(shown, 1, "", "the header must be point followed by the sweep's " + k + " factors");
        }
        int[] column = new int[k];
        for (int f = 0; f < k; f++) {
            column[f] = header.indexOf(spec.factors().get(f).path());
            if (column[f] < 1) throw new ScenarioException(shown, 1, "", "no column for factor " + spec.factors().get(f).path());
        }
        List<Object[]> rows = new java.util.ArrayList<>();
        List<Integer> rowLines = new java.util.ArrayList<>();
        for (Csv.Row row : lines.subList(1, lines.size())) {
            List<String> cells = row.cells();
            int line = row.line();
            if (cells.size() != k + 1) throw new ScenarioException(shown, line, "", "expected " + (k + 1) + " columns, found " + cells.size());
            if (!cells.get(0).equals(Integer.toString(rows.size()))) throw new ScenarioException(shown, line, "", "points must be numbered 0, 1, 2, ... in order");
            Object[] v = new Object[k];
            for (int f = 0; f < k; f++) {
                String c = cells.get(column[f]);
                try {
                    v[f] = Double.parseDouble(c);
                } catch (NumberFormatException e) {
                    v[f] = c.equals("true") || c.equals("false") ? (Object) Boolean.parseBoolean(c) : c;
                }
            }
            rows.add(v);
            rowLines.add(line);
        }
        if (rows.isEmpty()) throw new ScenarioException(shown, 2, "", "the design has no points");
        if ((long) rows.size() * spec.replications() > maxRuns) {
            throw new ScenarioException(shown, 0, "", "the design asks for " + (long) rows.size() * spec.replications() + " runs, over --max-runs " + maxRuns);
        }
        return new SweepDesign(spec, rows.size(), null, null, rows.toArray(new Object[0][]),
                rowLines.stream().mapToInt(Integer::intValue).toArray(), shown);
    }

    /** Builds the design; maxPoints guards against a typo asking for billions of points. */
    public static SweepDesign of(SweepSpec spec, long maxRuns) {
        int k = spec.factors().size();
        SweepSpec.DesignSpec d = spec.design();
        long n;
        double[][] unit = null;
        int[] radix = null;
        switch (d.type()) {
            case FULL_FACTORIAL -> {
                radix = new int[k];
                n = 1;
                for (int f = 0; f < k; f++) {
                    radix[f] = spec.factors().get(f).levels().size();
                    n *= radix[f];
                    if (n * spec.replications() > maxRuns) break;
                }
            }
            case SALTELLI -> n = (long) d.samples() * Designs.saltelliBlock(k, d.secondOrder());
            case MORRIS -> n = (long) d.samples() * (k + 1);
            default -> n = d.samples();
        }
        long runs = n * spec.replications();
        if (runs > maxRuns) {
            throw new ScenarioException(ScenarioLoader.display(spec.file()), 0, "design",
                    "the design asks for " + (n * spec.replications() >= maxRuns ? "more than " + maxRuns : Long.toString(runs))
                            + " runs, over --max-runs " + maxRuns + " (raise --max-runs if you mean it)");
        }
        if (n < 1) throw new ScenarioException(ScenarioLoader.display(spec.file()), 0, "design", "the design has no runs");
        if (d.type() != SweepSpec.DesignType.FULL_FACTORIAL) {
            unit = switch (d.type()) {
                case LATIN_HYPERCUBE -> Designs.latinHypercube(k, d.samples(), d.seed());
                case SOBOL -> Designs.sobol(k, d.samples());
                // Skip a power of two >= N (as SALib does): the first Sobol point makes a degenerate block.
                case SALTELLI -> Designs.saltelli(k, d.samples(), d.secondOrder(), Integer.highestOneBit(Math.max(1, d.samples() - 1)) << 1);
                case MORRIS -> Designs.morris(k, d.samples(), d.levels(), d.seed());
                default -> throw new IllegalStateException();
            };
        }
        return new SweepDesign(spec, (int) n, unit, radix, null, null, null);
    }

    public int points() { return points; }

    public long runs() { return (long) points * spec.replications(); }

    /** The value of factor f at point p: a Double or, for categorical levels, a String or Boolean. */
    public Object value(int p, int f) {
        if (stored != null) return stored[p][f];
        if (unit == null) {
            int idx = p;
            for (int g = factors.size() - 1; g > f; g--) idx /= radix[g];
            return factors.get(f).levels().get(idx % radix[f]);
        }
        SweepSpec.Factor fac = factors.get(f);
        return fac.min() + (fac.max() - fac.min()) * unit[p][f];
    }

    public Map<String, Object> overrides(int p) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int f = 0; f < factors.size(); f++) m.put(factors.get(f).path(), value(p, f));
        return m;
    }

    /**
     * Checks every factor against the scenario before anything runs: an unknown key or a level
     * outside the parameter's range is reported at the factor's line in the sweep file, and a
     * stored design's value (a word where a number belongs, 500 for a weight of 0 to 100, NaN)
     * at its line in the design file.
     */
    public static void validate(SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design) {
        validateFactors(spec, base);
        if (design.stored != null) design.validateStored(base);
    }

    /** Each distinct value of each factor, tried on the base scenario as a factor level is. */
    private void validateStored(ScenarioLoader.Loaded base) {
        for (int f = 0; f < factors.size(); f++) {
            String path = factors.get(f).path();
            java.util.Set<Object> tried = new java.util.HashSet<>();
            for (int p = 0; p < points; p++) {
                Object v = stored[p][f];
                if (!tried.add(v)) continue;
                String problem = problemAt(base, path, v);
                if (problem != null) {
                    String shown = v instanceof Double d ? org.alignsim.scenario.Fields.fmt(d) : String.valueOf(v);
                    throw new ScenarioException(source, lines[p], path, "value '" + shown + "': " + problem);
                }
            }
        }
    }

    /** What the scenario says of path set to value, in the factor's terms; null if it takes it. */
    private static String problemAt(ScenarioLoader.Loaded base, String path, Object value) {
        try {
            base.with(Map.of(path, value));
            return null;
        } catch (ScenarioException e) {
            String what = e.path() != null && e.path().equals(path) ? e.problem()
                    : (e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ") + e.problem();
            return what.equals("unknown key") ? "unknown scenario parameter" : what;
        }
    }

    /**
     * A factor may set a key the scenario leaves at its default, but it must not invent a state,
     * institution or event: setting states.XXX.gdp would otherwise create a state XXX.
     */
    static String unknownName(ScenarioLoader.Loaded base, String path) {
        String[] parts = path.split("\\.");
        if (parts.length < 2) return null;
        java.util.Map<String, org.alignsim.scenario.YamlNode> top = base.tree().entries();
        java.util.function.Predicate<String> isState = c -> top.get("states") instanceof org.alignsim.scenario.YamlNode.MapNode m && m.entries().containsKey(c);
        switch (parts[0]) {
            case "states":
                return isState.test(parts[1]) ? null : "unknown state code " + parts[1];
            case "institutions":
            case "events":
                return top.get(parts[0]) instanceof org.alignsim.scenario.YamlNode.MapNode m && m.entries().containsKey(parts[1]) ? null
                        : "unknown " + (parts[0].equals("events") ? "event " : "institution ") + parts[1];
            case "hostility":
                if (!isState.test(parts[1])) return "unknown state code " + parts[1];
                return parts.length > 2 && !isState.test(parts[2]) ? "unknown state code " + parts[2] : null;
            default:
                return null;
        }
    }

    private static void validateFactors(SweepSpec spec, ScenarioLoader.Loaded base) {
        String file = ScenarioLoader.display(spec.file());
        for (SweepSpec.Factor f : spec.factors()) {
            String unknown = unknownName(base, f.path());
            if (unknown != null) throw new ScenarioException(file, f.line(), "factors." + f.path(), unknown);
            List<Object> probe = f.levels() != null ? f.levels() : List.of(f.min(), f.max());
            for (Object level : probe) {
                String what = problemAt(base, f.path(), level);
                if (what != null) throw new ScenarioException(file, f.line(), "factors." + f.path(), "level " + level + ": " + what);
            }
        }
    }
}
