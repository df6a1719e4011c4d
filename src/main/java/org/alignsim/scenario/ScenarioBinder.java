package org.alignsim.scenario;

import org.alignsim.model.Ladder;
import org.alignsim.model.Parameters;
import org.alignsim.model.Parameters.*;
import org.alignsim.model.Scenario;
import org.alignsim.model.ScenarioParameter;
import org.alignsim.model.Tier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.alignsim.model.ScenarioParameter.*;

/**
 * Binds a merged scenario tree to typed {@link Parameters}, applying defaults and checking every
 * value, reference and range once. The defaults and ranges of the top-level sections' numbers
 * come from {@link ScenarioParameter}, which scenarios/README.md's key table is held to; those of
 * a state's, an institution's and an event's entries are stated where they are read.
 */
public final class ScenarioBinder {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]+");

    static final List<String> DEFAULT_ASIAN_NATO = List.of("JPN", "KOR", "AUS", "PHL", "IND");

    private ScenarioBinder() {}

    public static Scenario bind(YamlNode.MapNode tree) {
        return bind(tree, new DataFiles(null));
    }

    /** Binds a tree whose series (if any) are read through {@code files}. */
    public static Scenario bind(YamlNode.MapNode tree, DataFiles files) {
        Fields root = new Fields(tree, "");
        root.raw("data");   // resolved by the loader into files
        List<String> series = SeriesInputs.given(root);
        String name = root.folderName("name");
        String description = root.str("description", "");

        Time time = time(root);
        // States first: everything else refers to them.
        Fields st = root.map("states");
        if (st.node.entries().isEmpty()) throw new ScenarioException(st.node.origin(), "states", "at least one state is required");
        Set<String> codes = codes(st);
        Poles poles = poles(root, codes);
        String west = poles.west(), east = poles.east();
        Decision decision = decision(root);
        double band = band(root);
        Weights weights = weights(root);
        Threat threat = threat(root);
        Trade trade = trade(root);
        Hierarchy hierarchy = hierarchy(root);
        Power power = power(root);
        Commitment commitment = commitment(root);
        China china = china(root);
        Us usPolicy = us(root);
        // Institutions before states: a state's default commitment comes from its memberships.
        List<Institution> institutions = institutions(root, codes);
        List<State> states = new ArrayList<>();
        for (String code : codes) {
            states.add(StateBinder.state(Fields.of(st.node.entries().get(code), st.at(code)), code, codes, west, east,
                    threat.disputeHostility().keySet(), institutions, series));
        }
        Yearly yearly = yearly(root, files, time, codes, states, west);
        AsianNato asianNato = asianNato(root, codes);
        Voting voting = voting(root);
        Map<String, Map<String, Double>> hostility = hostility(root, codes);
        List<Event> events = events(root, codes, institutions, west, east);
        root.done();
        return new Scenario(name, description, time, poles, decision, band, weights, threat, trade,
                hierarchy, power, commitment, china, usPolicy, asianNato, voting, List.copyOf(institutions),
                List.copyOf(states), hostility, List.copyOf(events), yearly);
    }

    /** The run's calendar: start, horizon, steps per year, spin-up. */
    private static Time time(Fields root) {
        Fields t = root.map("time");
        Time time = new Time(t.num(START_YEAR), t.num(HORIZON_YEARS), t.integer(STEPS_PER_YEAR), t.num(SPIN_UP_YEARS));
        t.done();
        if (time.steps() < 1) throw t.error("horizon_years", "gives no step at this steps_per_year");
        return time;
    }

    /** How a revising state chooses (docs/MODEL.md 7.12). */
    private static Decision decision(Fields root) {
        Fields d = root.map("decision");
        Rule rule = d.choice("rule", "persistent", Rule::parse, "persistent, logit or landscape");
        Decision decision = new Decision(d.num(RATIONALITY), d.num(INERTIA), d.num(REVISION_RATE), d.integer(OPTIONS), rule,
                d.num(SHOCK_SD), d.num(SHOCK_YEARS), d.num(SWITCHING_COST), d.num(REALIGNMENT_COST), d.num(EVENT_REVIEW));
        if (decision.options() % 2 == 0) throw d.error("options", "must be odd, so that 0 (hedging) is an option");
        d.done();
        return decision;
    }

    /** Threat perception's parameters, with the hostility of each dispute kind (docs/MODEL.md 7.4). */
    private static Threat threat(Fields root) {
        Fields th = root.map("threat");
        Fields mix = th.map("power_mix");
        PowerMix powerMix = new PowerMix(mix.num(POWER_MIX_GDP), mix.num(POWER_MIX_MILITARY), mix.num(POWER_MIX_POPULATION));
        if (powerMix.gdp() + powerMix.military() + powerMix.population() <= 0) {
            throw new ScenarioException(mix.node.origin(), "threat.power_mix", "the three shares must not all be 0");
        }
        mix.done();
        Fields dh = th.map("dispute_hostility");
        Map<String, Double> disputeHostility = new LinkedHashMap<>();
        for (ScenarioParameter p : ScenarioParameter.under(dh.path)) disputeHostility.put(p.leaf(), p.dflt);
        for (String kind : dh.keys()) {
            if (!NAME.matcher(kind).matches()) throw dh.error(kind, "dispute kinds are single words");
            // A kind the file names needs a value, built-in or not: there ~ is an error, not the default.
            disputeHostility.put(kind, dh.num(kind, null, ScenarioParameter.disputeHostility()));
        }
        Threat threat = new Threat(th.num(DISTANCE_SCALE_KM), powerMix, th.num(OFFENSIVE_SHARE), th.num(NUCLEAR_BONUS),
                th.num(BASELINE_INTENTIONS), th.num(REGIME_INTENTIONS), disputeHostility, th.num(ARMS_PARTNER_SHARE),
                th.num(TRADITION_DISCOUNT));
        th.done();
        return threat;
    }

    /** Status by tier and the neutral status (docs/MODEL.md 7.7). */
    private static Hierarchy hierarchy(Fields root) {
        Fields h = root.map("hierarchy");
        Fields hs = h.map("status");
        Map<Tier, Double> status = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) status.put(tier, hs.num(ScenarioParameter.of(hs.at(tier.key))));
        hs.done();
        Hierarchy hierarchy = new Hierarchy(h.num(NEUTRAL_STATUS), status, h.num(CLIENT_STATUS));
        h.done();
        return hierarchy;
    }

    /** The commitment ladder's thresholds, hysteresis and pace (docs/MODEL.md 7.13). */
    private static Commitment commitment(Fields root) {
        Fields c = root.map("commitment");
        double[] thresholds = {0.1, 0.3, 0.5, 0.75};
        if (c.has("thresholds")) {
            List<YamlNode> items = c.list("thresholds", true);
            if (items.size() != 4) throw c.error("thresholds", "needs exactly 4 values (dialogue, functional, minilateral, collective_defence), found " + items.size());
            for (int i = 0; i < 4; i++) {
                String p = "commitment.thresholds[" + i + "]";
                thresholds[i] = Fields.number(items.get(i), p);
                Fields.checkRange(thresholds[i], items.get(i), p, -1, false, 1, false);
                if (i > 0 && thresholds[i] <= thresholds[i - 1]) {
                    throw new ScenarioException(items.get(i).origin(), p, "thresholds must increase, found " + Fields.fmt(thresholds[i]) + " after " + Fields.fmt(thresholds[i - 1]));
                }
            }
        } else {
            c.raw("thresholds");
        }
        Commitment commitment = new Commitment(thresholds, c.num(HYSTERESIS), c.num(YEARS_PER_RUNG));
        c.done();
        return commitment;
    }

    /** The institutions, their members, cohesion and ladder. */
    private static List<Institution> institutions(Fields root, Set<String> codes) {
        Fields in = root.map("institutions");
        List<Institution> institutions = new ArrayList<>();
        for (String iname : in.keys()) {
            if (!NAME.matcher(iname).matches()) throw in.error(iname, "institution names are letters, digits, '-' and '_'");
            if (codes.contains(iname) || iname.equals("ALL")) throw in.error(iname, "institution name clashes with a state code or ALL");
            Fields f = Fields.of(in.node.entries().get(iname), in.at(iname));
            List<String> members = f.strings("members", true);
            checkStates(f, "members", members, codes);
            institutions.add(new Institution(iname, List.copyOf(members), f.num("cohesion", 1.0, 0, 100),
                    f.bool("us_led", false), ladder(f, "ladder", Ladder.NONE)));
            f.done();
        }
        return institutions;
    }

    /** The series read year by year from data, each state's own values where a file has none; null without a series section. */
    private static Yearly yearly(Fields root, DataFiles files, Time time, Set<String> codes, List<State> states, String west) {
        Yearly yearly = null;
        if (root.has("series")) {
            Map<String, double[]> fallback = new LinkedHashMap<>();
            fallback.put("gdp", states.stream().mapToDouble(State::gdp).toArray());
            fallback.put("milex", states.stream().mapToDouble(State::milex).toArray());
            fallback.put("population", states.stream().mapToDouble(State::population).toArray());
            fallback.put("democracy", states.stream().mapToDouble(State::democracy).toArray());
            fallback.put("trade_west", states.stream().mapToDouble(x -> x.trade().withWest()).toArray());
            fallback.put("trade_east", states.stream().mapToDouble(x -> x.trade().withEast()).toArray());
            int first = (int) Math.floor(time.startYear()), last = (int) Math.ceil(time.startYear() + time.horizonYears());
            yearly = SeriesInputs.bind(root.map("series"), files, List.copyOf(codes), first, last, fallback, west);
        } else {
            root.raw("series");
        }
        return yearly;
    }

    /** The Asian NATO condition: its candidates, the rung, how many and for how long (docs/MODEL.md 7.15). */
    private static AsianNato asianNato(Fields root, Set<String> codes) {
        Fields an = root.map("asian_nato");
        List<String> anMembers;
        if (an.has("members")) {
            anMembers = an.strings("members", true);
            if (anMembers.isEmpty()) throw an.error("members", "must name at least one state");
            checkStates(an, "members", anMembers, codes);
        } else {
            an.raw("members");
            // The default: those of the usual key Asian states that the scenario has.
            anMembers = DEFAULT_ASIAN_NATO.stream().filter(codes::contains).toList();
            if (anMembers.isEmpty()) throw an.error("members", "required: none of the default members (" + String.join(", ", DEFAULT_ASIAN_NATO) + ") is in states");
        }
        int minMembers = an.integer("min_members", Math.min(4, anMembers.size()), 1, anMembers.size());
        AsianNato asianNato = new AsianNato(List.copyOf(anMembers), ladder(an, "level", Ladder.COLLECTIVE_DEFENCE),
                minMembers, an.num(SUSTAIN_YEARS));
        an.done();
        return asianNato;
    }

    /** Extra hostility of one state toward another, beyond baseline intentions and disputes. */
    private static Map<String, Map<String, Double>> hostility(Fields root, Set<String> codes) {
        Fields ho = root.map("hostility");
        Map<String, Map<String, Double>> hostility = new LinkedHashMap<>();
        for (String from : ho.keys()) {
            if (!codes.contains(from)) throw ho.error(from, "unknown state code " + from);
            Fields row = Fields.of(ho.node.entries().get(from), ho.at(from));
            Map<String, Double> to = new LinkedHashMap<>();
            for (String target : row.keys()) {
                if (!codes.contains(target)) throw row.error(target, "unknown state code " + target);
                if (target.equals(from)) throw row.error(target, "a state cannot be hostile to itself");
                to.put(target, row.num(target, null, 0, 10));
            }
            hostility.put(from, to);
        }
        return hostility;
    }

    /** The states' codes, in the file's order. */
    private static Set<String> codes(Fields st) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : st.keys()) {
            if (!ISO3.matcher(code).matches()) throw st.error(code, "state codes are three capital letters (ISO 3166-1 alpha-3)");
            codes.add(code);
        }
        return codes;
    }

    /** The two poles, which fix the ends of the stance scale. */
    private static Poles poles(Fields root, Set<String> codes) {
        Fields po = root.map("poles");
        String west = stateRef(po, "west", "USA", codes);
        String east = stateRef(po, "east", "CHN", codes);
        if (west.equals(east)) throw po.error("east", "must differ from poles.west");
        po.done();
        return new Poles(west, east);
    }

    /** The mechanisms' weights. */
    private static Weights weights(Fields root) {
        Fields w = root.map("weights");
        Weights weights = new Weights(w.num(WEIGHT_THREAT), w.num(WEIGHT_TRADE),
                w.num(WEIGHT_ARMS), w.num(WEIGHT_TRADITION), w.num(WEIGHT_HIERARCHY),
                w.num(WEIGHT_POWER), w.num(WEIGHT_INSTITUTIONS), w.num(WEIGHT_POLES),
                w.num(WEIGHT_IDEOLOGY));
        w.done();
        return weights;
    }

    /** China's strategy and its strengths (docs/MODEL.md 7.11). */
    private static China china(Fields root) {
        Fields ch = root.map("china");
        ChinaStrategy strategy = ch.choice("strategy", "adaptive", ChinaStrategy::parse, "one of none, inducement, coercion, adaptive");
        China china = new China(strategy, ch.num(CHINA_INDUCEMENT), ch.num(CHINA_COERCION), ch.num(ENCIRCLEMENT_THRESHOLD));
        ch.done();
        return china;
    }

    /** The dated events, each checked against the states and institutions. */
    private static List<Event> events(Fields root, Set<String> codes, List<Institution> institutions, String west, String east) {
        Fields ev = root.map("events");
        List<Event> events = new ArrayList<>();
        for (String eid : ev.keys()) {
            if (!NAME.matcher(eid).matches()) throw ev.error(eid, "event ids are letters, digits, '-' and '_'");
            events.add(EventBinder.event(Fields.of(ev.node.entries().get(eid), ev.at(eid)), eid, codes, institutions, west, east));
        }
        return events;
    }

    /** The hedging band: |stance| below it counts as hedging. */
    private static double band(Fields root) {
        Fields b = root.map("blocs");
        double band = b.num(HEDGING_BAND);
        b.done();
        return band;
    }

    /** Trade dependence's parameters (docs/MODEL.md 7.5). */
    private static Trade trade(Fields root) {
        Fields tr = root.map("trade");
        Trade trade = new Trade(tr.num(TRADE_ASYMMETRY), tr.num(TRADE_SATURATION), tr.num(TRADE_THIRD_PARTY), tr.num(TRADE_THREAT_DISCOUNT));
        tr.done();
        return trade;
    }

    /** The power trajectory's parameters (docs/MODEL.md 7.8). */
    private static Power power(Fields root) {
        Fields pw = root.map("power");
        Power power = new Power(pw.num(TIPPING_RATIO), pw.num(TRANSITION_WIDTH), ladder(pw, "coalition_level", Ladder.MINILATERAL));
        pw.done();
        return power;
    }

    /** How the UN voting position follows from the security stance (docs/MODEL.md 7.16). */
    private static Voting voting(Fields root) {
        Fields v = root.map("voting");
        // Absent, the scenario's own GDP is the basis (as in the history, Maddison's PPP series).
        Double hegemonyShare = v.optionalNum(VOTING_HEGEMONY_SHARE);
        Voting voting = new Voting(v.num(VOTING_REGIME), v.num(VOTING_SOFT_BALANCING), v.num(VOTING_PREPONDERANCE), v.num(VOTING_DEVELOPMENT),
                v.num(VOTING_DEFERENCE), v.num(VOTING_HEGEMONY_REFERENCE), hegemonyShare);
        v.done();
        return voting;
    }

    /** The US's strategy strengths (docs/MODEL.md 7.11). */
    private static Us us(Fields root) {
        Fields us = root.map("us");
        Us usPolicy = new Us(us.num(US_PRESSURE), us.num(US_REWARD));
        us.done();
        return usPolicy;
    }

    static Ladder ladder(Fields f, String key, Ladder dflt) {
        if (!f.has(key)) {
            f.raw(key);
            return dflt;
        }
        String s = f.str(key, null);
        Ladder l = Ladder.parse(s);
        if (l == null) throw f.error(key, "must be a ladder level (" + Ladder.keys() + "), found \"" + s + "\"");
        return l;
    }

    private static String stateRef(Fields f, String key, String dflt, Set<String> codes) {
        String s = f.str(key, dflt);
        if (!codes.contains(s)) throw f.error(key, "unknown state code " + s);
        return s;
    }

    private static void checkStates(Fields f, String key, List<String> list, Set<String> codes) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            YamlNode item = ((YamlNode.ListNode) f.node.entries().get(key)).items().get(i);
            if (!codes.contains(s)) throw new ScenarioException(item.origin(), f.at(key) + "[" + i + "]", "unknown state code " + s);
            if (!seen.add(s)) throw new ScenarioException(item.origin(), f.at(key) + "[" + i + "]", s + " is listed twice");
        }
    }
}
