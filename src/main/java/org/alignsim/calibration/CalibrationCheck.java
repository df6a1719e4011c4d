package org.alignsim.calibration;

import org.alignsim.model.Scenario;
import org.alignsim.scenario.Fields;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.scenario.YamlNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a calibration file against its scenarios before anything runs, so that every mistake
 * stops with the calibration file's name and line: an unknown state or a pole among the observed
 * classes, a window or phase outside the run, and a parameter the scenario rejects. A parameter is
 * tried at both bounds (and its start) through {@link ScenarioLoader.Loaded#with}, which applies
 * the scenario's own validation, on every scenario the calibration runs.
 */
public final class CalibrationCheck {
    private CalibrationCheck() {}

    /** A checked calibration: the loaded scenarios and the starting point. */
    public record Checked(CalibrationSpec spec, ScenarioLoader.Loaded base, ScenarioLoader.Loaded backcast, double[] start) {}

    public static Checked check(CalibrationSpec spec) {
        ScenarioLoader.Loaded base = ScenarioLoader.load(spec.scenarioFile());
        ScenarioLoader.Loaded back = spec.backcast() == null ? null : ScenarioLoader.load(spec.backcast().scenarioFile());
        String file = spec.shown();
        if (spec.stances() != null) checkStances(file, spec.stances(), base.scenario());
        if (back != null) checkBackcast(file, spec.backcast(), back.scenario());
        double[] start = new double[spec.parameters().size()];
        for (int k = 0; k < start.length; k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            String at = "parameters." + p.path();
            Double s = p.start();
            if (s == null) {
                s = valueAt(base.tree(), p.path());
                if (s == null) {
                    throw new ScenarioException(file, p.line(), at, "the scenario does not set this key (it uses a default or it is not a number): give start");
                }
                if (s < p.lower() || s > p.upper()) {
                    throw new ScenarioException(file, p.line(), at, "the scenario's value " + s + " lies outside [" + p.lower() + ", " + p.upper() + "]: widen the bounds or give start");
                }
            }
            start[k] = s;
            tryValue(file, p, base, "lower bound", p.lower());
            tryValue(file, p, base, "upper bound", p.upper());
            tryValue(file, p, base, "start", s);
            if (back != null) {
                tryValue(file, p, back, "lower bound", p.lower());
                tryValue(file, p, back, "upper bound", p.upper());
            }
        }
        return new Checked(spec, base, back, start);
    }

    private static void tryValue(String file, CalibrationSpec.Parameter p, ScenarioLoader.Loaded on, String what, double v) {
        try {
            on.with(Map.of(p.path(), v));
        } catch (ScenarioException e) {
            String scen = on.files().get(on.files().size() - 1).path();
            throw new ScenarioException(file, p.line(), "parameters." + p.path(),
                    "scenario " + scen + " rejects it at the " + what + " " + v + ": " + e.problem());
        }
    }

    private static void checkStances(String file, CalibrationSpec.Stances st, Scenario s) {
        Set<String> codes = new HashSet<>();
        for (var x : s.states()) codes.add(x.iso3());
        Map<String, Integer> seen = new HashMap<>();
        for (CalibrationSpec.Target t : st.classes()) {
            String at = "stances.classes." + t.code();
            if (!codes.contains(t.code())) throw new ScenarioException(file, t.line(), at, "unknown state: not in scenario " + s.name());
            if (t.code().equals(s.poles().west()) || t.code().equals(s.poles().east())) {
                throw new ScenarioException(file, t.line(), at, "is a pole of the scenario: its alignment is fixed, so it cannot be fitted");
            }
            seen.put(t.code(), t.line());
        }
        checkSpan(file, st.line(), "stances.window", s, st.from(), st.to(), true);
    }

    private static void checkBackcast(String file, CalibrationSpec.Backcast b, Scenario s) {
        Set<String> codes = new HashSet<>();
        for (var x : s.states()) codes.add(x.iso3());
        if (!codes.contains(b.state())) throw new ScenarioException(file, b.stateLine(), "backcast.state", "unknown state: not in scenario " + s.name());
        if (b.state().equals(s.poles().west()) || b.state().equals(s.poles().east())) {
            throw new ScenarioException(file, b.stateLine(), "backcast.state", "is a pole of the scenario: its alignment is fixed");
        }
        for (double[] ph : b.phases()) checkSpan(file, b.line(), "backcast.phases", s, ph[0], ph[1], false);
    }

    /** At least one recorded step of the run must fall in the span (a span may reach beyond the run). */
    private static void checkSpan(String file, int line, String at, Scenario s, double from, double to, boolean closed) {
        double t0 = s.time().startYear(), dt = s.time().dt();
        int steps = s.time().steps();
        for (int k = 0; k <= steps; k++) {
            double y = t0 + k * dt;
            if (y >= from - 1e-9 && (closed ? y <= to + 1e-9 : y < to - 1e-9)) return;
        }
        throw new ScenarioException(file, line, at, "no step of the run of " + s.name() + " (" + t0 + " to " + (t0 + steps * dt)
                + ") falls in [" + Fields.fmt(from) + ", " + Fields.fmt(to) + (closed ? "]" : ")"));
    }

    /** The number at a key path of a scenario tree, or null if the path is absent or not a number. */
    static Double valueAt(YamlNode.MapNode root, String path) {
        YamlNode cur = root;
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String key = bracket > 0 ? part.substring(0, bracket) : part;
            if (!(cur instanceof YamlNode.MapNode m)) return null;
            cur = m.entries().get(key);
            if (cur == null) return null;
            if (bracket > 0 && part.endsWith("]")) {
                if (!(cur instanceof YamlNode.ListNode l)) return null;
                int i;
                try {
                    i = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                List<YamlNode> items = l.items();
                if (i < 0 || i >= items.size()) return null;
                cur = items.get(i);
            }
        }
        if (cur instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.Kind.NUMBER) {
            try {
                return Double.parseDouble(sc.text());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
