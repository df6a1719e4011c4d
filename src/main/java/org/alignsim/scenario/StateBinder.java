package org.alignsim.scenario;

import org.alignsim.model.Ladder;
import org.alignsim.model.Parameters.*;
import org.alignsim.model.Tier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One state's entry in a scenario's {@code states} section, checked and bound (scenarios/README.md, Keys). */
final class StateBinder {
    private static final double INF = Double.POSITIVE_INFINITY;

    private StateBinder() {}

    static State state(Fields f, String code, Set<String> codes, String west, String east,
                               Set<String> disputeKinds, List<Institution> institutions, List<String> series) {
        Fields cap = Fields.of(f.required("capital"), f.at("capital"));
        double lat = cap.num("lat", null, -90, 90);
        double lon = cap.num("lon", null, -180, 180);
        cap.done();
        StateTrade trade = trade(f, west, east, series);
        Tier tier = f.choice("tier", "none", Tier::parse, "one of core, inner, ally, partner, none");

        Ladder fromInstitutions = Ladder.NONE;
        for (Institution i : institutions) {
            if (i.usLed() && i.members().contains(code) && i.ladder().ordinal() > fromInstitutions.ordinal()) fromInstitutions = i.ladder();
        }
        Map<String, String> disputes = disputes(f, code, codes, disputeKinds);
        Map<String, Double> arms = arms(f, code, codes);
        List<Base> bases = bases(f);
        State s = new State(code, f.str("name", code), f.str("region", null), lat, lon,
                f.num("gdp", series.contains("gdp") ? Double.NaN : null, 0, true, INF, false),
                f.num("milex", series.contains("milex") ? Double.NaN : null, 0, INF),
                f.num("population", series.contains("population") ? Double.NaN : null, 0, true, INF, false),
                f.bool("nuclear", false), f.num("projection", 1.0, 0, 10), f.num("democracy", series.contains("democracy") ? Double.NaN : 0.5, 0, 1),
                trade, f.num("hedging", 0.2, 0, 1), tier,
                f.num("growth", 0.02, -0.5, 0.5), f.num("alignment", 0.0, -1, 1), ScenarioBinder.ladder(f, "commitment", fromInstitutions),
                disputes, arms, bases);
        f.done();
        return s;
    }

    /** Openness and the shares of trade with each pole; a share a series gives is only the fallback here. */
    private static StateTrade trade(Fields f, String west, String east, List<String> series) {
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
        return new StateTrade(openness, withWest, withEast);
    }

    /** Territorial disputes with other states, by kind. */
    private static Map<String, String> disputes(Fields f, String code, Set<String> codes, Set<String> disputeKinds) {
        Fields di = f.map("disputes");
        Map<String, String> disputes = new LinkedHashMap<>();
        for (String other : di.keys()) {
            if (!codes.contains(other)) throw di.error(other, "unknown state code " + other);
            if (other.equals(code)) throw di.error(other, "a state cannot dispute with itself");
            String kind = di.str(other, null);
            if (!disputeKinds.contains(kind)) throw di.error(other, "unknown dispute kind \"" + kind + "\" (known: " + String.join(", ", disputeKinds) + ")");
            disputes.put(other, kind);
        }
        return disputes;
    }

    /** Shares of arms imports by supplier. */
    private static Map<String, Double> arms(Fields f, String code, Set<String> codes) {
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
        return java.util.Collections.unmodifiableMap(arms);
    }

    /** Forces stationed away from the capital, which bring a state nearer (docs/MODEL.md 7.4). */
    private static List<Base> bases(Fields f) {
        Fields bs = f.map("forward_bases");
        List<Base> bases = new ArrayList<>();
        for (String bname : bs.keys()) {
            Fields bf = Fields.of(bs.node.entries().get(bname), bs.at(bname));
            bases.add(new Base(bname, bf.num("lat", null, -90, 90), bf.num("lon", null, -180, 180)));
            bf.done();
        }
        return List.copyOf(bases);
    }
}
