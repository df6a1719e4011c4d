package org.alignsim.sweep;

import org.alignsim.scenario.Fields;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.scenario.YamlNode;
import org.alignsim.scenario.YamlReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep file: a base scenario, the factors to vary (scenario keys by their key path), the
 * design, replications per design point and the master seed.
 */
public record SweepSpec(String name, String description, Path file, String fileSha256, String fileText,
                        Path scenarioFile, long seed, int replications, boolean commonRandomNumbers,
                        DesignSpec design, List<Factor> factors) {

    public enum DesignType {
        FULL_FACTORIAL("full_factorial"), LATIN_HYPERCUBE("latin_hypercube"), SOBOL("sobol"),
        SALTELLI("saltelli"), MORRIS("morris");
        public final String key;
        DesignType(String key) { this.key = key; }
        static DesignType parse(String s) {
            for (DesignType d : values()) if (d.key.equals(s)) return d;
            return null;
        }
    }

    public record DesignSpec(DesignType type, int samples, int levels, boolean secondOrder, long seed) {}

    /**
     * One factor: either explicit levels (numbers or words) or a numeric range [min, max]. For a
     * full factorial a range needs {@code steps} evenly spaced levels, ends included.
     */
    public record Factor(String path, List<Object> levels, double min, double max, int line) {
        public boolean isRange() { return levels == null; }

        /** The levels a full factorial uses. */
        public List<Object> factorialLevels(int steps) {
            if (levels != null) return levels;
            List<Object> out = new ArrayList<>();
            for (int k = 0; k < steps; k++) out.add(steps == 1 ? min : min + (max - min) * k / (steps - 1));
            return out;
        }
    }

    public static SweepSpec load(Path file) {
        String shown = ScenarioLoader.display(file);
        byte[] bytes = ScenarioLoader.readBytes(file, shown);
        String text = ScenarioLoader.utf8(bytes, shown);
        YamlNode root = YamlReader.read(text, shown);
        Fields f = Fields.of(root, "");
        String name = f.folderName("name");
        String description = f.str("description", "");
        String scen = f.str("scenario", null);
        Path scenarioFile = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(scen).normalize();
        if (!Files.isRegularFile(scenarioFile)) throw f.error("scenario", "no such scenario file: " + ScenarioLoader.display(scenarioFile));
        long seed = f.seed("seed", 1);
        int reps = f.integer("replications", 1, 1, 1_000_000);
        boolean crn = f.bool("common_random_numbers", false);

        Fields d = f.map("design");
        String typeText = d.str("type", "full_factorial");
        DesignType type = DesignType.parse(typeText);
        if (type == null) throw d.error("type", "must be one of full_factorial, latin_hypercube, sobol, saltelli, morris; found \"" + typeText + "\"");
        int samples = d.integer("samples", type == DesignType.FULL_FACTORIAL ? 0 : 64, 0, 100_000_000);
        if (type != DesignType.FULL_FACTORIAL && samples < 1) throw d.error("samples", "must be at least 1 for a " + type.key + " design");
        if (type == DesignType.FULL_FACTORIAL && d.has("samples")) throw d.error("samples", "a full factorial takes its size from the factors' levels");
        int levels = d.integer("levels", 4, 2, 1000);
        if (type == DesignType.MORRIS && levels % 2 != 0) throw d.error("levels", "Morris designs need an even number of levels");
        boolean second = d.bool("second_order", false);
        long designSeed = d.seed("seed", seed);
        d.done();

        Fields fs = f.map("factors");
        List<Factor> factors = new ArrayList<>();
        for (String path : fs.keys()) factors.add(factor(path, fs.node.entries().get(path), type));
        if (factors.isEmpty() && type != DesignType.FULL_FACTORIAL) throw new ScenarioException(fs.node.origin(), "factors", "a " + type.key + " design needs at least one factor");
        f.done();
        return new SweepSpec(name, description, file, ScenarioLoader.sha256(bytes), text, scenarioFile, seed, reps, crn,
                new DesignSpec(type, samples, levels, second, designSeed), List.copyOf(factors));
    }

    /** One factor of the sweep file, as levels or a range, checked against the design type. */
    private static Factor factor(String path, YamlNode n, DesignType type) {
        Fields ff = Fields.of(n, "factors." + path);
        int line = n.origin().line();
        Factor f;
        if (ff.has("levels")) {
            List<YamlNode> items = ff.list("levels", true);
            if (items.isEmpty()) throw ff.error("levels", "empty list of levels");
            List<Object> lv = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) lv.add(scalar(items.get(i), ff.at("levels") + "[" + i + "]"));
            if (ff.has("min") || ff.has("max") || ff.has("steps")) throw ff.error("levels", "give either levels or min/max, not both");
            if (type != DesignType.FULL_FACTORIAL && lv.stream().anyMatch(o -> !(o instanceof Double))) {
                throw ff.error("levels", "a " + type.key + " design needs numeric factors (min and max)");
            }
            if (type != DesignType.FULL_FACTORIAL) {
                double lo = lv.stream().mapToDouble(o -> (Double) o).min().orElseThrow();
                double hi = lv.stream().mapToDouble(o -> (Double) o).max().orElseThrow();
                f = new Factor(path, null, lo, hi, line);
            } else {
                f = new Factor(path, List.copyOf(lv), Double.NaN, Double.NaN, line);
            }
        } else {
            double min = ff.num("min", null, -1e300, 1e300);
            double max = ff.num("max", null, -1e300, 1e300);
            if (!(max > min)) throw ff.error("max", "empty range: max (" + Fields.fmt(max) + ") must be greater than min (" + Fields.fmt(min) + ")");
            if (type == DesignType.FULL_FACTORIAL) {
                int steps = ff.integer("steps", 0, 2, 100_000);
                if (steps == 0) throw ff.error("steps", "a full factorial needs steps (how many evenly spaced levels from min to max)");
                List<Object> lv = new ArrayList<>();
                for (int k = 0; k < steps; k++) lv.add(k == steps - 1 ? max : min + (max - min) * k / (steps - 1));
                f = new Factor(path, List.copyOf(lv), min, max, line);
            } else {
                if (ff.has("steps")) throw ff.error("steps", "only full factorial designs take steps");
                f = new Factor(path, null, min, max, line);
            }
        }
        ff.done();
        return f;
    }

    private static Object scalar(YamlNode n, String path) {
        if (n instanceof YamlNode.Scalar s) {
            switch (s.kind()) {
                case NUMBER: return Fields.number(n, path);
                case STRING: return s.text();
                case BOOLEAN: return Boolean.parseBoolean(s.text());
                default: break;
            }
        }
        throw new ScenarioException(n.origin(), path, "a level must be a number, a word or true/false, found " + YamlNode.describe(n));
    }
}
