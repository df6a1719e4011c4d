package org.alignsim.calibration;

import org.alignsim.results.Csv;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * best.yaml: a scenario overlay that {@code extends} the calibrated scenario and sets the fitted
 * keys, ready for {@code alignsim run}. Key paths become nested mappings
 * ({@code weights.trade} becomes {@code weights: {trade: ...}}); values are written as the shortest
 * decimals that read back as the fitted doubles.
 */
public final class Overlay {
    private Overlay() {}

    /**
     * @param dir      the folder the overlay is written to (extends is relative to it)
     * @param base     the scenario it extends
     * @param comments lines written as YAML comments at the top
     */
    public static String yaml(Path dir, Path base, String name, List<String> paths, double[] values, List<String> comments) {
        StringBuilder b = new StringBuilder();
        for (String c : comments) b.append("# ").append(c).append('\n');
        b.append("name: ").append(name).append('\n');
        String rel = dir.toAbsolutePath().normalize().relativize(base.toAbsolutePath().normalize()).toString().replace('\\', '/');
        b.append("extends: ").append(quote(rel)).append('\n');
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int k = 0; k < paths.size(); k++) put(tree, paths.get(k).split("\\."), 0, values[k]);
        write(b, tree, 0);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> m, String[] parts, int i, double v) {
        if (i == parts.length - 1) {
            m.put(parts[i], v);
            return;
        }
        Object next = m.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        put((Map<String, Object>) next, parts, i + 1, v);
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Map<String, Object> m, int depth) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            b.append("  ".repeat(depth)).append(quote(e.getKey())).append(':');
            if (e.getValue() instanceof Map<?, ?> sub) {
                b.append('\n');
                write(b, (Map<String, Object>) sub, depth + 1);
            } else {
                b.append(' ');
                Csv.appendExact(b, (Double) e.getValue());
                b.append('\n');
            }
        }
    }

    /** Plain when safe, single-quoted otherwise. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_][A-Za-z0-9_./\\-]*") && !s.matches("(?i)true|false|yes|no|on|off|null|~")) return s;
        return "'" + s.replace("'", "''") + "'";
    }
}
