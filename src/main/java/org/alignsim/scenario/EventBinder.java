package org.alignsim.scenario;

import org.alignsim.model.Parameters.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One dated event of a scenario's {@code events} section, checked and bound (scenarios/README.md, Events). */
final class EventBinder {
    private static final double INF = Double.POSITIVE_INFINITY;

    private EventBinder() {}

    static Event event(Fields f, String id, Set<String> codes, List<Institution> institutions, String west, String east) {
        EventType type = f.choice("type", null, EventType::parse, "one of hostility, trade, power, status");
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
        List<String> targets = targets(f, type, source, codes, institutions);
        double start = f.num("start_year", null, 1800, 2200);
        double size = switch (type) {
            case HOSTILITY -> f.num("size", null, -10, 10);
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

    /** The event's targets, institutions and ALL expanded to states, the source left out. */
    private static List<String> targets(Fields f, EventType type, String source, Set<String> codes, List<Institution> institutions) {
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
        return targets;
    }
}
