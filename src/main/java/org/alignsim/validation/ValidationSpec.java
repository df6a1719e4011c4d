package org.alignsim.validation;

import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.scenario.Fields;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.scenario.YamlNode;
import org.alignsim.scenario.YamlReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation file ({@code scenarios/validation/validation.yaml}): the targets the scorecard
 * judges by, what each metric compares the model with, and the plausible ranges of the judgement
 * calls. Only the file's own structure is checked here; state codes are checked against each
 * scenario when it is validated.
 */
public record ValidationSpec(Path file, String sha256, Map<String, Target> targets, CalibrationSpec.Stances classes,
                             Path classesFile, Years unRecent, List<UnExcluded> unExcluded, Years stickinessYears, int[] lags, Periods periods,
                             China china, List<Group> groups, List<String> knockouts, int top,
                             List<JudgementCall> judgementCalls) {

    /** A closed range of whole years. */
    public record Years(int from, int to) {}

    /**
     * UN votes a state cast in [from, to] for a government not in control of it, left out of every
     * comparison with UN voting; why is the reason, for the reader; line is where the file says so.
     */
    public record UnExcluded(String state, int from, int to, String why, int line) {
        public org.alignsim.data.History.Excluded excluded() { return new org.alignsim.data.History.Excluded(state, from, to); }
    }

    /** Consecutive periods of {@code years} years from {@code from} to {@code to}. */
    public record Periods(int from, int to, int years) {}

    /** A state's phases [from, to) and the expected sign of each shift from one phase to the next. */
    public record China(String state, double[][] phases, int[] signs) {}

    /** How a group of states holds back from the US-led coalition. */
    public enum HoldsBack {
        HEDGING("hedging"), BELOW_COLLECTIVE_DEFENCE("below_collective_defence");
        public final String key;
        HoldsBack(String key) { this.key = key; }
    }

    public record Group(String name, List<String> states, HoldsBack holdsBack) {}

    /**
     * A target: kind is max, min, near_reference or above_reference; x its number (unused for
     * above_reference).
     */
    /**
     * Whether a value beats its reference: by more than rounding, for two rank correlations of the
     * same 24 states can be the same number computed two ways, and a tie is not a win.
     */
    static boolean above(double value, double reference) {
        return value > reference + 1e-9;
    }

    /** Whether a value ties its reference up to rounding. */
    static boolean ties(double value, double reference) {
        return Math.abs(value - reference) <= 1e-9;
    }

    public record Target(String metric, String kind, double x) {
        /** Whether a value (and its reference, for the reference kinds) meets the target; null when it cannot be judged. */
        public Boolean met(double value, double reference) {
            if (Double.isNaN(value)) return null;
            return switch (kind) {
                case "max" -> value <= x + 1e-12;
                case "min" -> value >= x - 1e-12;
                case "near_reference" -> Double.isNaN(reference) ? null : Math.abs(value - reference) <= x + 1e-12;
                case "above_reference" -> Double.isNaN(reference) ? null : above(value, reference);
                default -> null;
            };
        }

        public String text() {
            return switch (kind) {
                case "max" -> "<= " + Fields.fmt(x);
                case "min" -> ">= " + Fields.fmt(x);
                case "near_reference" -> "within " + Fields.fmt(x) + " of reference";
                default -> "> reference";
            };
        }
    }

    /**
     * One judgement-call pattern. kind: delta (x = d, lo/hi clip), factor (x = a, y = b), values
     * (x = low, y = high), steps (x = steps).
     */
    public record JudgementCall(String pattern, String kind, double x, double y, double lo, double hi, int line) {}

    public static ValidationSpec load(Path file) {
        String shown = ScenarioLoader.display(file);
        if (Files.isDirectory(file)) throw new ScenarioException(shown, 0, "", "is a folder, not a validation file");
        byte[] bytes = ScenarioLoader.readBytes(file, shown);
        YamlNode root = YamlReader.read(ScenarioLoader.utf8(bytes, shown), shown);
        Fields f = Fields.of(root, "");
        Map<String, Target> targets = targets(f.map("targets"));
        Fields o = f.map("observations");
        Path classesFile = relative(file, o, "classes");
        CalibrationSpec cal = CalibrationSpec.load(classesFile);
        if (cal.stances() == null) throw o.error("classes", ScenarioLoader.display(classesFile) + " has no stances section with observed classes");
        Years recent = years(o.map("un_recent_years"));
        List<UnExcluded> unExcluded = unExcluded(o);
        Years sticky = years(o.map("stickiness_years"));
        int[] lags = lags(o);
        Fields pf = o.map("periods");
        int pFrom = pf.integer("from", 1975, 1800, 2200), pTo = pf.integer("to", 2019, 1800, 2200), pYears = pf.integer("years", 5, 1, 100);
        if (pTo < pFrom) throw pf.error("to", "the periods end before they start");
        pf.done();
        China china = china(o.map("china"));
        List<Group> groups = groups(o.map("groups"));
        List<String> knockouts = o.strings("knockouts", false);
        for (int i = 0; i < knockouts.size(); i++) {
            if (!List.of("threat", "trade", "tradition", "hierarchy", "power", "institutions", "poles", "ideology").contains(knockouts.get(i))) {
                throw new ScenarioException(o.raw("knockouts").origin(), o.at("knockouts") + "[" + i + "]", "not a mechanism weight: " + knockouts.get(i));
            }
        }
        o.done();
        Fields j = f.map("judgement_calls");
        int top = j.integer("top", 10, 1, 1000);
        List<JudgementCall> calls = judgementCalls(j.map("inputs"));
        j.done();
        f.done();
        return new ValidationSpec(file, ScenarioLoader.sha256(bytes), targets, cal.stances(), classesFile, recent, unExcluded, sticky, lags,
                new Periods(pFrom, pTo, pYears), china, groups, knockouts, top, calls);
    }

    private static Map<String, Target> targets(Fields t) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (String metric : t.keys()) {
            Fields m = Fields.of(t.node.entries().get(metric), t.at(metric));
            List<String> kinds = m.keys();
            if (kinds.size() != 1) throw new ScenarioException(m.node.origin(), m.path, "give exactly one of max, min, near_reference, above_reference");
            String kind = kinds.get(0);
            double x = switch (kind) {
                case "max", "min" -> m.num(kind, null, -1e12, 1e12);
                case "near_reference" -> m.num(kind, null, 0, 1e12);
                case "above_reference" -> {
                    if (!m.bool(kind, true)) throw m.error(kind, "above_reference: false is not a target; leave the metric out instead");
                    yield Double.NaN;
                }
                default -> throw m.error(kind, "unknown target kind: use max, min, near_reference or above_reference");
            };
            out.put(metric, new Target(metric, kind, x));
        }
        return out;
    }

    private static Path relative(Path file, Fields f, String key) {
        String rel = f.str(key, null);
        Path p = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(rel).normalize();
        if (!Files.isRegularFile(p)) throw f.error(key, "no such file: " + ScenarioLoader.display(p));
        return p;
    }

    private static Years years(Fields y) {
        int from = y.integer("from", 0, 1800, 2200), to = y.integer("to", 0, 1800, 2200);
        if (!y.has("from") || !y.has("to")) throw new ScenarioException(y.node.origin(), y.path, "give from and to (whole years)");
        if (to < from) throw y.error("to", "ends (" + to + ") before it starts (" + from + ")");
        y.done();
        return new Years(from, to);
    }

    private static List<UnExcluded> unExcluded(Fields o) {
        List<UnExcluded> out = new ArrayList<>();
        List<YamlNode> l = o.list("un_excluded", false);
        for (int i = 0; i < l.size(); i++) {
            Fields e = Fields.of(l.get(i), o.at("un_excluded") + "[" + i + "]");
            String state = e.str("state", null);
            if (!state.matches("[A-Z]{3}")) throw e.error("state", "'" + state + "' is not an ISO3 code");
            String why = e.str("why", null);
            if (why.isBlank()) throw e.error("why", "say why these votes are not the state's");
            Years y = years(e);
            out.add(new UnExcluded(state, y.from(), y.to(), why, l.get(i).origin().line()));
        }
        return List.copyOf(out);
    }

    private static int[] lags(Fields o) {
        List<YamlNode> l = o.list("lags", true);
        if (l.isEmpty()) throw o.error("lags", "give at least one lag in years");
        int[] lags = new int[l.size()];
        for (int i = 0; i < lags.length; i++) {
            double v = Fields.number(l.get(i), o.at("lags") + "[" + i + "]");
            if (v != Math.rint(v) || v < 1 || v > 100) throw new ScenarioException(l.get(i).origin(), o.at("lags") + "[" + i + "]", "a lag is a whole number of years from 1 to 100");
            lags[i] = (int) v;
        }
        return lags;
    }

    private static China china(Fields c) {
        String state = c.str("state", null);
        List<YamlNode> ph = c.list("phases", true);
        if (ph.size() < 2) throw c.error("phases", "give at least two phases");
        double[][] phases = new double[ph.size()][];
        for (int k = 0; k < ph.size(); k++) {
            Fields p = Fields.of(ph.get(k), c.at("phases") + "[" + k + "]");
            double from = p.num("from", null, -1e6, 1e6), to = p.num("to", null, -1e6, 1e6);
            if (!(to > from)) throw p.error("to", "a phase must end after it starts");
            if (k > 0 && from < phases[k - 1][1] - 1e-9) throw p.error("from", "phases must not overlap");
            p.done();
            phases[k] = new double[]{from, to};
        }
        List<String> s = c.strings("signs", true);
        if (s.size() != phases.length - 1) throw c.error("signs", "need one sign per shift: " + (phases.length - 1) + ", found " + s.size());
        int[] signs = new int[s.size()];
        for (int k = 0; k < signs.length; k++) {
            signs[k] = switch (s.get(k)) {
                case "up" -> 1;
                case "down" -> -1;
                default -> throw c.error("signs", "each sign is up or down, found \"" + s.get(k) + "\"");
            };
        }
        c.done();
        return new China(state, phases, signs);
    }

    private static List<Group> groups(Fields g) {
        List<Group> out = new ArrayList<>();
        for (String name : g.keys()) {
            if (!name.matches("[A-Za-z0-9_-]+")) throw g.error(name, "a group name uses letters, digits, '-' and '_' only");
            Fields x = Fields.of(g.node.entries().get(name), g.at(name));
            List<String> states = x.strings("states", true);
            if (states.isEmpty()) throw x.error("states", "name at least one state");
            String hb = x.str("holds_back", "hedging");
            HoldsBack h = null;
            for (HoldsBack k : HoldsBack.values()) if (k.key.equals(hb)) h = k;
            if (h == null) throw x.error("holds_back", "must be hedging or below_collective_defence, found \"" + hb + "\"");
            x.done();
            out.add(new Group(name, List.copyOf(states), h));
        }
        return out;
    }

    private static List<JudgementCall> judgementCalls(Fields in) {
        List<JudgementCall> out = new ArrayList<>();
        for (String pattern : in.keys()) {
            if (!pattern.matches("[A-Za-z0-9_*.\\-]+") || pattern.startsWith(".") || pattern.endsWith(".") || pattern.contains("..")) {
                throw in.error(pattern, "not a key path (parts separated by dots, * for any name)");
            }
            YamlNode n = in.node.entries().get(pattern);
            Fields r = Fields.of(n, in.at(pattern));
            int line = n.origin().line();
            JudgementCall c;
            if (r.has("delta")) {
                double d = r.num("delta", null, 0, false, 1e9, false);
                List<YamlNode> w = r.list("within", false);
                double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
                if (!w.isEmpty()) {
                    if (w.size() != 2) throw r.error("within", "give [lowest, highest]");
                    lo = Fields.number(w.get(0), r.at("within") + "[0]");
                    hi = Fields.number(w.get(1), r.at("within") + "[1]");
                    if (hi < lo) throw r.error("within", "the highest is below the lowest");
                }
                c = new JudgementCall(pattern, "delta", d, 0, lo, hi, line);
            } else if (r.has("factor")) {
                List<YamlNode> w = r.list("factor", true);
                if (w.size() != 2) throw r.error("factor", "give [low factor, high factor]");
                double a = Fields.number(w.get(0), r.at("factor") + "[0]"), b = Fields.number(w.get(1), r.at("factor") + "[1]");
                if (!(a >= 0 && b > a)) throw r.error("factor", "need 0 <= low factor < high factor");
                c = new JudgementCall(pattern, "factor", a, b, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, line);
            } else if (r.has("low") || r.has("high")) {
                double lo = r.num("low", null, -1e12, 1e12), hi = r.num("high", null, -1e12, 1e12);
                if (!(hi > lo)) throw r.error("high", "high must be above low");
                c = new JudgementCall(pattern, "values", lo, hi, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, line);
            } else if (r.has("steps")) {
                int s = r.integer("steps", 1, 1, 4);
                c = new JudgementCall(pattern, "steps", s, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, line);
            } else {
                throw new ScenarioException(n.origin(), in.at(pattern), "give a range: delta, factor, low and high, or steps");
            }
            r.done();
            out.add(c);
        }
        return out;
    }

    /** The target of a metric, or null. */
    public Target target(String metric) { return targets.get(metric); }

    public String shown() { return ScenarioLoader.display(file); }
}
