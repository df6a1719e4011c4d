package org.alignsim.scenario;

import org.alignsim.base.FolderName;
import org.alignsim.base.Seed;
import org.alignsim.model.ScenarioParameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, range-checked access to one mapping of a scenario, remembering which keys were read so
 * that {@link #done()} can reject the first key nobody asked for (a typo, usually).
 */
public final class Fields {
    public final YamlNode.MapNode node;
    public final String path;
    private final Set<String> used = new HashSet<>();

    public Fields(YamlNode.MapNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static Fields of(YamlNode n, String path) {
        if (!(n instanceof YamlNode.MapNode m)) {
            throw new ScenarioException(n.origin(), path, "must be a mapping of keys, found " + YamlNode.describe(n));
        }
        return new Fields(m, path);
    }

    public String at(String key) { return path.isEmpty() ? key : path + "." + key; }

    public boolean has(String key) {
        YamlNode n = node.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL);
    }

    public YamlNode raw(String key) {
        used.add(key);
        YamlNode n = node.entries().get(key);
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) return null;
        return n;
    }

    public YamlNode required(String key) {
        YamlNode n = raw(key);
        if (n == null) throw new ScenarioException(node.origin(), at(key), "required key is missing");
        return n;
    }

    public ScenarioException error(String key, String problem) {
        YamlNode n = node.entries().get(key);
        return new ScenarioException(n == null ? node.origin() : n.origin(), at(key), problem);
    }

    /** Sub-mapping; an absent key gives an empty mapping so that every default applies. */
    public Fields map(String key) {
        YamlNode n = raw(key);
        if (n == null) return new Fields(new YamlNode.MapNode(node.origin(), new LinkedHashMap<>()), at(key));
        return of(n, at(key));
    }

    public static double number(YamlNode n, String path) {
        if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.NUMBER) {
            throw new ScenarioException(n.origin(), path, "must be a number, found " + YamlNode.describe(n));
        }
        double v;
        try {
            v = Double.parseDouble(s.text());
        } catch (NumberFormatException e) {
            throw new ScenarioException(n.origin(), path, "must be a finite decimal number, found " + s.text());
        }
        if (!Double.isFinite(v)) throw new ScenarioException(n.origin(), path, "must be a finite number, found " + s.text());
        return v;
    }

    /** A number in [min, max] (either bound open when the flag says so). */
    public double num(String key, Double dflt, double min, boolean minOpen, double max, boolean maxOpen) {
        YamlNode n = raw(key);
        double v;
        if (n == null) {
            if (dflt == null) throw new ScenarioException(node.origin(), at(key), "required key is missing");
            return dflt;
        }
        v = number(n, at(key));
        checkRange(v, n, at(key), min, minOpen, max, maxOpen);
        return v;
    }

    public double num(String key, Double dflt, double min, double max) {
        return num(key, dflt, min, false, max, false);
    }

    /** A number in a range the registry states for keys it cannot name one by one (the dispute kinds a scenario adds). */
    public double num(String key, Double dflt, ScenarioParameter.Range r) {
        return num(key, dflt, r.min(), r.minOpen(), r.max(), r.maxOpen());
    }

    /** A number of this mapping, with the default and allowed range the registry states for it. */
    public double num(ScenarioParameter p) {
        if (p.allowed.whole()) throw new IllegalArgumentException(p.key + " is a whole number: read it with integer");
        return num(leaf(p), p.dflt, p.allowed);
    }

    /** An optional number of this mapping without a default: null when the mapping does not give it. */
    public Double optionalNum(ScenarioParameter p) {
        if (!p.optional) throw new IllegalArgumentException(p.key + " is not optional");
        return has(leaf(p)) ? num(leaf(p), null, p.allowed) : null;
    }

    /** A whole number of this mapping, with the default and allowed range the registry states for it. */
    public int integer(ScenarioParameter p) {
        ScenarioParameter.Range r = p.allowed;
        if (!r.whole() || p.dflt == null) throw new IllegalArgumentException(p.key + " is not a whole number with a default");
        return integer(leaf(p), (int) p.dflt.doubleValue(), (int) r.min(), (int) r.max());
    }

    /** The key of p in this mapping; a registry entry read from the wrong mapping is a bug of the binder. */
    private String leaf(ScenarioParameter p) {
        if (!p.key.equals(at(p.leaf()))) throw new IllegalArgumentException(p.key + " is not a key of " + path);
        return p.leaf();
    }

    public static void checkRange(double v, YamlNode n, String path, double min, boolean minOpen, double max, boolean maxOpen) {
        boolean low = minOpen ? v <= min : v < min;
        boolean high = maxOpen ? v >= max : v > max;
        if (low || high) {
            throw new ScenarioException(n.origin(), path, "must be " + range(min, minOpen, max, maxOpen) + ", found " + fmt(v));
        }
    }

    static String range(double min, boolean minOpen, double max, boolean maxOpen) {
        if (max == Double.POSITIVE_INFINITY) return (minOpen ? "> " : ">= ") + fmt(min);
        if (min == Double.NEGATIVE_INFINITY) return (maxOpen ? "< " : "<= ") + fmt(max);
        return "in " + (minOpen ? "(" : "[") + fmt(min) + ", " + fmt(max) + (maxOpen ? ")" : "]");
    }

    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public int integer(String key, int dflt, int min, int max) {
        YamlNode n = raw(key);
        if (n == null) return dflt;
        double v = number(n, at(key));
        if (v != Math.rint(v)) throw new ScenarioException(n.origin(), at(key), "must be a whole number, found " + fmt(v));
        checkRange(v, n, at(key), min, false, max, false);
        return (int) v;
    }

    /** A required name that becomes a folder under results/, by the one rule of {@link FolderName}. */
    public String folderName(String key) {
        String name = str(key, null);
        String problem = FolderName.problem(name);
        if (problem != null) throw error(key, problem + " (it names the result folder), found \"" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "\"");
        return name;
    }

    /** A seed, by the one rule of {@link Seed}. */
    public long seed(String key, long dflt) {
        YamlNode n = raw(key);
        if (n == null) return dflt;
        double v = number(n, at(key));
        if (v != Math.rint(v) || v < 0 || v > Seed.MAX) throw new ScenarioException(n.origin(), at(key), "must be " + Seed.RULE + ", found " + fmt(v));
        return (long) v;
    }

    public boolean bool(String key, boolean dflt) {
        YamlNode n = raw(key);
        if (n == null) return dflt;
        if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.BOOLEAN) {
            throw new ScenarioException(n.origin(), at(key), "must be true or false, found " + YamlNode.describe(n));
        }
        return Boolean.parseBoolean(s.text());
    }

    /**
     * A word from a fixed set, read by {@code parse} (null for a word outside the set); {@code allowed}
     * completes "must be ..." in the error, e.g. "one of a, b, c".
     */
    public <T> T choice(String key, String dflt, java.util.function.Function<String, T> parse, String allowed) {
        String text = str(key, dflt);
        T value = parse.apply(text);
        if (value == null) throw error(key, "must be " + allowed + "; found \"" + text + "\"");
        return value;
    }

    public String str(String key, String dflt) {
        YamlNode n = raw(key);
        if (n == null) {
            if (dflt == null) throw new ScenarioException(node.origin(), at(key), "required key is missing");
            return dflt;
        }
        return text(n, at(key));
    }

    public static String text(YamlNode n, String path) {
        if (!(n instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Kind.NULL || n instanceof YamlNode.Scalar x && x.kind() == YamlNode.Kind.BOOLEAN) {
            throw new ScenarioException(n.origin(), path, "must be text, found " + YamlNode.describe(n));
        }
        return s.text();
    }

    public List<YamlNode> list(String key, boolean required) {
        YamlNode n = required ? required(key) : raw(key);
        if (n == null) return List.of();
        if (!(n instanceof YamlNode.ListNode l)) {
            throw new ScenarioException(n.origin(), at(key), "must be a list, found " + YamlNode.describe(n));
        }
        return l.items();
    }

    public List<String> strings(String key, boolean required) {
        List<String> out = new ArrayList<>();
        List<YamlNode> items = list(key, required);
        for (int i = 0; i < items.size(); i++) out.add(text(items.get(i), at(key) + "[" + i + "]"));
        return out;
    }

    /** The keys of this mapping in file order (all counted as used). */
    public List<String> keys() {
        used.addAll(node.entries().keySet());
        return new ArrayList<>(node.entries().keySet());
    }

    public Map<String, YamlNode> entries() {
        used.addAll(node.entries().keySet());
        return node.entries();
    }

    /** Rejects the first key that was never read. */
    public void done() {
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!used.contains(e.getKey())) {
                throw new ScenarioException(e.getValue().origin(), at(e.getKey()), "unknown key");
            }
        }
    }
}
