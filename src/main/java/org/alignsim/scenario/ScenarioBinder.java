package org.alignsim.scenario;

import org.alignsim.model.Ladder;
import org.alignsim.model.LiveParameter;
import org.alignsim.model.Parameters;
import org.alignsim.model.Parameters.*;
import org.alignsim.model.Scenario;
import org.alignsim.model.Tier;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds a merged scenario tree to typed {@link Parameters}, applying defaults and checking every
 * value, reference and range once. The defaults and ranges here are the ones documented in
 * {@code scenarios/README.md}; those of the parameters the Console can change come from
 * {@link LiveParameter}, which the model's sliders read too.
 */
public final class ScenarioBinder {
    private static final double INF = Double.POSITIVE_INFINITY;
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

        Fields t = root.map("time");
        Time time = new Time(t.num("start_year", null, 1800, 2200),
                t.num("horizon_years", 20.0, 0, true, 500, false),
                t.integer("steps_per_year", 4, 1, 52), t.num("spin_up_years", 10.0, 0, 200));
        t.done();
        if (time.steps() < 1) throw t.error("horizon_years", "gives no step at this steps_per_year");

        // States first: everything else refers to them.
        Fields st = root.map("states");
        if (st.node.entries().isEmpty()) throw new ScenarioException(st.node.origin(), "states", "at least one state is required");
        Set<String> codes = new LinkedHashSet<>();
        for (String code : st.keys()) {
            if (!ISO3.matcher(code).matches()) throw st.error(code, "state codes are three capital letters (ISO 3166-1 alpha-3)");
            codes.add(code);
        }

        Fields po = root.map("poles");
        String west = stateRef(po, "west", "USA", codes);
        String east = stateRef(po, "east", "CHN", codes);
        if (west.equals(east)) throw po.error("east", "must differ from poles.west");
        po.done();

        Fields d = root.map("decision");
        String ruleText = d.str("rule", "persistent");
        Rule rule = Rule.parse(ruleText);
        if (rule == null) throw d.error("rule", "must be persistent, logit or landscape; found \"" + ruleText + "\"");
        Decision decision = new Decision(d.num(LiveParameter.RATIONALITY), d.num(LiveParameter.INERTIA),
                d.num(LiveParameter.REVISION_RATE), d.integer("options", 41, 3, 401), rule,
                d.num(LiveParameter.SHOCK_SD), d.num("shock_years", 1.0, 0, true, 1000, false), d.num(LiveParameter.SWITCHING_COST));
        if (decision.options() % 2 == 0) throw d.error("options", "must be odd, so that 0 (hedging) is an option");
        d.done();

        Fields b = root.map("blocs");
        double band = b.num(LiveParameter.HEDGING_BAND);
        b.done();

        Fields w = root.map("weights");
        Weights weights = new Weights(w.num(LiveParameter.WEIGHT_THREAT), w.num(LiveParameter.WEIGHT_TRADE),
                w.num(LiveParameter.WEIGHT_ARMS), w.num(LiveParameter.WEIGHT_TRADITION), w.num(LiveParameter.WEIGHT_HIERARCHY),
                w.num(LiveParameter.WEIGHT_POWER), w.num(LiveParameter.WEIGHT_INSTITUTIONS), w.num(LiveParameter.WEIGHT_POLES),
                w.num(LiveParameter.WEIGHT_IDEOLOGY));
        w.done();

        Fields th = root.map("threat");
        Fields mix = th.map("power_mix");
        PowerMix powerMix = new PowerMix(mix.num("gdp", 0.5, 0, 100), mix.num("military", 0.4, 0, 100),
                mix.num("population", 0.1, 0, 100));
        if (powerMix.gdp() + powerMix.military() + powerMix.population() <= 0) {
            throw new ScenarioException(mix.node.origin(), "threat.power_mix", "the three shares must not all be 0");
        }
        mix.done();
        Fields dh = th.map("dispute_hostility");
        Map<String, Double> disputeHostility = new LinkedHashMap<>();
        disputeHostility.put("none", 0.0);
        disputeHostility.put("maritime", 0.3);
        disputeHostility.put("land", 0.5);
        disputeHostility.put("taiwan", 1.5);
        for (String kind : dh.keys()) {
            if (!NAME.matcher(kind).matches()) throw dh.error(kind, "dispute kinds are single words");
            disputeHostility.put(kind, dh.num(kind, null, 0, 10));
        }
        Threat threat = new Threat(th.num("distance_scale_km", 2500.0, 0, true, INF, false), powerMix,
                th.num("offensive_share", 0.5, 0, 1), th.num("nuclear_bonus", 0.5, 0, 10),
                th.num("baseline_intentions", 0.1, 0, 10), disputeHostility, th.num("arms_partner_share", 0.25, 0, 1));
        th.done();

        Fields tr = root.map("trade");
        Trade trade = new Trade(tr.num("asymmetry", 0.5, 0, 1), tr.num("saturation", 0.05, 0, true, 10, false), tr.num("third_party", 0.0, 0, 1));
        tr.done();

        Fields h = root.map("hierarchy");
        Fields hs = h.map("status");
        Map<Tier, Double> status = new EnumMap<>(Tier.class);
        double[] statusDefault = {1.0, 0.75, 0.5, 0.25, 0.0};
        for (Tier tier : Tier.values()) status.put(tier, hs.num(tier.key, statusDefault[tier.ordinal()], 0, 1));
        hs.done();
        Hierarchy hierarchy = new Hierarchy(h.num("neutral_status", 0.0, 0, 1), status);
        h.done();

        Fields pw = root.map("power");
        Power power = new Power(pw.num("tipping_ratio", 1.0, 0, true, 100, false),
                pw.num("transition_width", 0.3, 0, true, 100, false), ladder(pw, "coalition_level", Ladder.MINILATERAL));
        pw.done();

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
        Commitment commitment = new Commitment(thresholds, c.num("hysteresis", 0.1, 0, 1), c.num("years_per_rung", 1.0, 0, 100));
        c.done();

        Fields ch = root.map("china");
        String strategyText = ch.str("strategy", "adaptive");
        ChinaStrategy strategy = ChinaStrategy.parse(strategyText);
        if (strategy == null) throw ch.error("strategy", "must be one of none, inducement, coercion, adaptive; found \"" + strategyText + "\"");
        China china = new China(strategy, ch.num(LiveParameter.CHINA_INDUCEMENT), ch.num(LiveParameter.CHINA_COERCION),
                ch.num("encirclement_threshold", 0.4, 0, 1));
        ch.done();

        Fields us = root.map("us");
        Us usPolicy = new Us(us.num(LiveParameter.US_PRESSURE), us.num(LiveParameter.US_REWARD));
        us.done();

        // Institutions before states: a state's default commitment comes from its memberships.
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

        List<State> states = new ArrayList<>();
        for (String code : codes) {
            states.add(state(Fields.of(st.node.entries().get(code), st.at(code)), code, codes, west, east,
                    disputeHostility.keySet(), institutions, series));
        }
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
                minMembers, an.num("sustain_years", 2.0, 0, 500));
        an.done();

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

        Fields ev = root.map("events");
        List<Event> events = new ArrayList<>();
        for (String eid : ev.keys()) {
            if (!NAME.matcher(eid).matches()) throw ev.error(eid, "event ids are letters, digits, '-' and '_'");
            events.add(event(Fields.of(ev.node.entries().get(eid), ev.at(eid)), eid, codes, institutions, west, east));
        }

        root.done();
        return new Scenario(name, description, time, new Poles(west, east), decision, band, weights, threat, trade,
                hierarchy, power, commitment, china, usPolicy, asianNato, List.copyOf(institutions),
                List.copyOf(states), hostility, List.copyOf(events), yearly);
    }

    private static Ladder ladder(Fields f, String key, Ladder dflt) {
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

    private static State state(Fields f, String code, Set<String> codes, String west, String east,
                               Set<String> disputeKinds, List<Institution> institutions, List<String> series) {
        Fields cap = Fields.of(f.required("capital"), f.at("capital"));
        double lat = cap.num("lat", null, -90, 90);
        double lon = cap.num("lon", null, -180, 180);
        cap.done();
        Fields tr = f.map("trade");
        double openness = tr.num("openness", 0.0, 0, 10);
        // Where a series gives a value year by year, the state's own is only the fallback (NaN: none).
        double withWest = tr.num(west, series.contains("trade_west") ? Double.NaN : 0.0, 0, 1);
        double withEast = tr.num(east, series.contains("trade_east") ? Double.NaN : 0.0, 0, 1);
        if (withWest + withEast > 1 + 1e-9) {
            throw new ScenarioException(tr.node.origin(), tr.path, "trade shares with the two poles add up to more than 1");
        }
        for (String k : tr.keys()) {
            if (!k.equals("openness") && !k.equals(west) && !k.equals(east)) {
                throw tr.error(k, "trade shares are given for the poles " + west + " and " + east + " only");
            }
        }
        tr.done();
        String tierText = f.str("tier", "none");
        Tier tier = Tier.parse(tierText);
        if (tier == null) throw f.error("tier", "must be one of core, inner, ally, partner, none; found \"" + tierText + "\"");

        Ladder fromInstitutions = Ladder.NONE;
        for (Institution i : institutions) {
            if (i.usLed() && i.members().contains(code) && i.ladder().ordinal() > fromInstitutions.ordinal()) fromInstitutions = i.ladder();
        }
        Fields di = f.map("disputes");
        Map<String, String> disputes = new LinkedHashMap<>();
        for (String other : di.keys()) {
            if (!codes.contains(other)) throw di.error(other, "unknown state code " + other);
            if (other.equals(code)) throw di.error(other, "a state cannot dispute with itself");
            String kind = di.str(other, null);
            if (!disputeKinds.contains(kind)) throw di.error(other, "unknown dispute kind \"" + kind + "\" (known: " + String.join(", ", disputeKinds) + ")");
            disputes.put(other, kind);
        }
        Fields ar = f.map("arms");
        Map<String, Double> arms = new LinkedHashMap<>();
        double armsTotal = 0;
        for (String supplier : ar.keys()) {
            if (!codes.contains(supplier)) throw ar.error(supplier, "unknown state code " + supplier);
            if (supplier.equals(code)) throw ar.error(supplier, "a state does not import arms from itself");
            double share = ar.num(supplier, null, 0, 1);
            armsTotal += share;
            if (share > 0) arms.put(supplier, share);
        }
        if (armsTotal > 1 + 1e-9) throw new ScenarioException(ar.node.origin(), ar.path, "arms import shares add up to more than 1");
        Fields bs = f.map("forward_bases");
        List<Base> bases = new ArrayList<>();
        for (String bname : bs.keys()) {
            Fields bf = Fields.of(bs.node.entries().get(bname), bs.at(bname));
            bases.add(new Base(bname, bf.num("lat", null, -90, 90), bf.num("lon", null, -180, 180)));
            bf.done();
        }
        State s = new State(code, f.str("name", code), f.str("region", null), lat, lon,
                f.num("gdp", series.contains("gdp") ? Double.NaN : null, 0, true, INF, false),
                f.num("milex", series.contains("milex") ? Double.NaN : null, 0, INF),
                f.num("population", series.contains("population") ? Double.NaN : null, 0, true, INF, false),
                f.bool("nuclear", false), f.num("projection", 1.0, 0, 10), f.num("democracy", series.contains("democracy") ? Double.NaN : 0.5, 0, 1),
                new StateTrade(openness, withWest, withEast), f.num("hedging", 0.2, 0, 1), tier,
                f.num("growth", 0.02, -0.5, 0.5), f.num("alignment", 0.0, -1, 1), ladder(f, "commitment", fromInstitutions),
                disputes, java.util.Collections.unmodifiableMap(arms), List.copyOf(bases));
        f.done();
        return s;
    }

    private static Event event(Fields f, String id, Set<String> codes, List<Institution> institutions, String west, String east) {
        String typeText = f.str("type", null);
        EventType type = EventType.parse(typeText);
        if (type == null) throw f.error("type", "must be one of hostility, trade, power, status; found \"" + typeText + "\"");
        String source = null;
        if (type != EventType.STATUS) {
            source = f.str("source", null);
            if (!codes.contains(source)) throw f.error("source", "unknown state code " + source);
            if (type == EventType.TRADE && !source.equals(west) && !source.equals(east)) {
                throw f.error("source", "a trade event's source must be a pole (" + west + " or " + east + ")");
            }
        } else if (f.has("source")) {
            throw f.error("source", "status events have no source");
        }
        List<String> targets = new ArrayList<>();
        if (type == EventType.POWER) {
            if (f.has("targets")) throw f.error("targets", "power events change the source's own power and have no targets");
        } else {
            List<String> raw = f.strings("targets", true);
            if (raw.isEmpty()) throw f.error("targets", "must name at least one state, institution or ALL");
            YamlNode.ListNode ln = (YamlNode.ListNode) f.node.entries().get("targets");
            Set<String> expanded = new LinkedHashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                String tg = raw.get(i);
                if (tg.equals("ALL")) {
                    expanded.addAll(codes);
                } else if (codes.contains(tg)) {
                    expanded.add(tg);
                } else {
                    Institution inst = institutions.stream().filter(x -> x.name().equals(tg)).findFirst().orElse(null);
                    if (inst == null) throw new ScenarioException(ln.items().get(i).origin(), f.at("targets") + "[" + i + "]", "unknown state code or institution " + tg);
                    expanded.addAll(inst.members());
                }
            }
            if (source != null) expanded.remove(source);
            targets.addAll(expanded);
        }
        double start = f.num("start_year", null, 1800, 2200);
        double size = switch (type) {
            case HOSTILITY -> f.num("size", null, 0, 10);
            case TRADE, STATUS -> f.num("size", null, -1, 1);
            case POWER -> f.num("size", null, -1, true, 100, false);
        };
        double halfLife = f.has("half_life_years") ? f.num("half_life_years", null, 0, true, INF, false) : Double.NaN;
        if (!f.has("half_life_years")) f.raw("half_life_years");
        double end = f.has("end_year") ? f.num("end_year", null, 1800, 2300) : Double.NaN;
        if (!f.has("end_year")) f.raw("end_year");
        if (!Double.isNaN(end) && end <= start) throw f.error("end_year", "must be after start_year (" + Fields.fmt(start) + ")");
        boolean mutual = f.bool("mutual", false);
        if (mutual && type != EventType.HOSTILITY) throw f.error("mutual", "only hostility events can be mutual");
        Event e = new Event(id, type, source, List.copyOf(targets), start, size, halfLife, end, mutual, f.str("note", ""));
        f.done();
        return e;
    }
}
