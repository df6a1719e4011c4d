package org.alignsim.validation;

import org.alignsim.model.Ladder;
import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.model.Tier;
import org.alignsim.scenario.ScenarioException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judgement-call inputs of a scenario (scenarios/README.md keeps the list: hedging
 * dispositions, initial stances and commitments, tiers, growth rates, cohesions, hostilities,
 * event sizes, gap estimates), each with the plausible range the validation file states for it.
 * Patterns are matched against the keys the scenario actually has, with their resolved values
 * (defaults included), so a state that does not set its hedging is moved from the default.
 */
final class JudgementInputs {
    private JudgementInputs() {}

    /** One input: its key path, its value in the scenario and the two ends of its range (numbers or words). */
    record Input(String key, Object base, Object low, Object high) {}

    private static final List<String> STATE_NUMBERS = List.of("hedging", "alignment", "growth", "projection", "gdp", "milex", "population", "democracy");
    private static final List<String> STATE_WORDS = List.of("commitment", "tier");

    /** Tiers from the edge of the US-led system to its core, the order a step moves along. */
    private static final Tier[] TIER_ORDER = {Tier.NONE, Tier.PARTNER, Tier.ALLY, Tier.INNER, Tier.CORE};

    static List<Input> expand(Scenario s, ValidationSpec spec) {
        Map<String, Object> keys = keys(s);
        Map<String, ValidationSpec.JudgementCall> chosen = new LinkedHashMap<>();
        for (ValidationSpec.JudgementCall c : spec.judgementCalls()) {
            checkKnown(c, spec);
            for (String k : keys.keySet()) {
                if (!matches(c.pattern(), k, s)) continue;
                ValidationSpec.JudgementCall old = chosen.get(k);
                // An exact key replaces a pattern's range; otherwise the later entry wins.
                if (old == null || !c.pattern().contains("*") || old.pattern().contains("*")) chosen.put(k, c);
            }
        }
        List<Input> out = new ArrayList<>();
        for (Map.Entry<String, ValidationSpec.JudgementCall> e : chosen.entrySet()) {
            Object base = keys.get(e.getKey());
            ValidationSpec.JudgementCall c = e.getValue();
            Object[] ends = base instanceof Double v ? numeric(v, c, spec, e.getKey()) : words(base, c, spec, e.getKey());
            out.add(new Input(e.getKey(), base, ends[0], ends[1]));
        }
        return out;
    }

    /** Every key a judgement call may name, with the scenario's value. */
    static Map<String, Object> keys(Scenario s) {
        Map<String, Object> k = new LinkedHashMap<>();
        for (Parameters.State st : s.states()) {
            String p = "states." + st.iso3() + ".";
            k.put(p + "hedging", st.hedging());
            k.put(p + "alignment", st.alignment());
            k.put(p + "growth", st.growth());
            k.put(p + "projection", st.projection());
            k.put(p + "gdp", st.gdp());
            k.put(p + "milex", st.milex());
            k.put(p + "population", st.population());
            k.put(p + "democracy", st.democracy());
            k.put(p + "commitment", st.commitment());
            k.put(p + "tier", st.tier());
        }
        for (Parameters.Institution i : s.institutions()) k.put("institutions." + i.name() + ".cohesion", i.cohesion());
        for (Map.Entry<String, Map<String, Double>> from : s.hostility().entrySet()) {
            for (Map.Entry<String, Double> to : from.getValue().entrySet()) k.put("hostility." + from.getKey() + "." + to.getKey(), to.getValue());
        }
        for (Parameters.Event e : s.events()) k.put("events." + e.id() + ".size", e.size());
        for (Map.Entry<String, Double> d : s.threat().disputeHostility().entrySet()) k.put("threat.dispute_hostility." + d.getKey(), d.getValue());
        return k;
    }

    private static void checkKnown(ValidationSpec.JudgementCall c, ValidationSpec spec) {
        String[] p = c.pattern().split("\\.");
        boolean ok = switch (p[0]) {
            case "states" -> p.length == 3 && (STATE_NUMBERS.contains(p[2]) || STATE_WORDS.contains(p[2]));
            case "institutions" -> p.length == 3 && p[2].equals("cohesion");
            case "hostility" -> p.length == 3;
            case "events" -> p.length == 3 && p[2].equals("size");
            case "threat" -> p.length == 3 && p[1].equals("dispute_hostility");
            default -> false;
        };
        if (!ok) {
            throw new ScenarioException(spec.shown(), c.line(), "judgement_calls.inputs." + c.pattern(),
                    "not a judgement-call input: use states.<state>.<" + String.join("|", STATE_NUMBERS) + "|commitment|tier>, institutions.<name>.cohesion, "
                            + "hostility.<from>.<to>, events.<id>.size or threat.dispute_hostility.<kind> (* for any name)");
        }
        boolean word = p[0].equals("states") && STATE_WORDS.contains(p[2]);
        if (word != c.kind().equals("steps")) {
            throw new ScenarioException(spec.shown(), c.line(), "judgement_calls.inputs." + c.pattern(),
                    word ? "a tier or a ladder rung moves in steps: give {steps: 1}" : "steps are for tiers and ladder rungs; give delta, factor or low and high");
        }
    }

    /** Dot-separated parts match one by one; * matches any name, except a pole where a state is meant. */
    private static boolean matches(String pattern, String key, Scenario s) {
        String[] p = pattern.split("\\."), k = key.split("\\.");
        if (p.length != k.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (p[i].equals("*")) {
                if (k[0].equals("states") && i == 1 && (k[1].equals(s.poles().west()) || k[1].equals(s.poles().east()))) return false;
                continue;
            }
            if (!p[i].equals(k[i])) return false;
        }
        return true;
    }

    private static Object[] numeric(double v, ValidationSpec.JudgementCall c, ValidationSpec spec, String key) {
        double lo, hi;
        switch (c.kind()) {
            case "delta" -> {
                lo = Math.max(v - c.x(), c.lo());
                hi = Math.min(v + c.x(), c.hi());
            }
            case "factor" -> {
                lo = v * c.x();
                hi = v * c.y();
            }
            case "values" -> {
                lo = c.x();
                hi = c.y();
            }
            default -> throw new IllegalStateException(c.kind());
        }
        return new Object[]{round(lo), round(hi)};
    }

    /** Rounded to 12 significant decimals, so that 0.6 - 0.3 is the 0.3 a reader expects. */
    private static double round(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
    }

    private static Object[] words(Object base, ValidationSpec.JudgementCall c, ValidationSpec spec, String key) {
        int steps = (int) c.x();
        if (base instanceof Ladder l) {
            int lo = Math.max(0, l.ordinal() - steps), hi = Math.min(Ladder.TOP, l.ordinal() + steps);
            return new Object[]{Ladder.of(lo), Ladder.of(hi)};
        }
        Tier t = (Tier) base;
        int at = 0;
        for (int i = 0; i < TIER_ORDER.length; i++) if (TIER_ORDER[i] == t) at = i;
        return new Object[]{TIER_ORDER[Math.max(0, at - steps)], TIER_ORDER[Math.min(TIER_ORDER.length - 1, at + steps)]};
    }

    /** The value as a scenario override: words as their keys. */
    static Object override(Object v) {
        if (v instanceof Ladder l) return l.key;
        if (v instanceof Tier t) return t.key;
        return v;
    }

    static String text(Object v) {
        if (v instanceof Double d) return org.alignsim.results.Csv.format(d);
        return override(v).toString();
    }
}
