package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A mechanism whose weight is 0 has no effect: its pull is 0 throughout and its inputs no longer matter. */
class WeightZeroTest {

    static final class Recorder implements RunObserver {
        final StringBuilder trace = new StringBuilder();
        final Mechanism watched;
        double maxAbs;

        Recorder(Mechanism watched) { this.watched = watched; }

        @Override
        public void onStep(AlignmentModel m) {
            for (int i = 0; i < m.world.n; i++) {
                trace.append(m.alignment(i)).append(',').append(m.commitment(i)).append(';');
                maxAbs = Math.max(maxAbs, Math.abs(m.contribution(watched, i)));
            }
        }
    }

    static Recorder run(Mechanism watched, Map<String, Object> overrides) {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.mini(overrides)), 17);
        Recorder r = new Recorder(watched);
        m.addObserver(r);
        m.runToEnd();
        return r;
    }

    static Map<String, Object> with(Object... kv) {
        Map<String, Object> o = new HashMap<>();
        for (int k = 0; k < kv.length; k += 2) o.put((String) kv[k], kv[k + 1]);
        return o;
    }

    @Test
    void everyMechanismIsOffAtWeightZero() {
        for (Mechanism mech : Mechanism.ALL) {
            Recorder on = run(mech, with());
            Recorder off = run(mech, with("weights." + mech.key, 0.0));
            assertTrue(on.maxAbs > 0, mech + " must act at its default weight in the mini world");
            assertEquals(0.0, off.maxAbs, 0.0, mech + " must be silent at weight 0");
        }
    }

    /** For each mechanism, an input only it reads: at weight 0, changing that input changes nothing. */
    @Test
    void itsInputsNoLongerMatterAtWeightZero() {
        // The last column: other readers of the input, switched off too, or they would carry it past
        // the weight. The threat a state perceives is read by the threat discounts on trade and on
        // the tradition (docs/MODEL.md 7.5, 7.6), democracy by liberal threat perception (7.4).
        Object[][] cases = {
                {"threat", "hostility.USA.PAK", 3.0, List.of("trade.threat_discount", "threat.tradition_discount")},
                {"tradition", "states.IND.hedging", 0.95, List.of()},
                {"hierarchy", "hierarchy.neutral_status", 0.9, List.of()},
                {"power", "power.tipping_ratio", 0.1, List.of()},
                {"institutions", "institutions.REGION.cohesion", 5.0, List.of()},
                {"ideology", "states.PAK.democracy", 0.95, List.of("threat.regime_intentions")},
        };
        for (Object[] c : cases) {
            Map<String, Object> off = with("weights." + c[0], 0.0);
            for (Object key : (List<?>) c[3]) off.put((String) key, 0.0);
            Map<String, Object> changed = new HashMap<>(off);
            changed.put((String) c[1], c[2]);
            Recorder a = run(Mechanism.THREAT, off);
            Recorder b = run(Mechanism.THREAT, changed);
            assertTrue(a.trace.toString().equals(b.trace.toString()), c[0] + " at weight 0, " + c[1] + " changed the run");
            // And at its default weight the same change does matter (so the check above is not vacuous).
            Recorder d = run(Mechanism.THREAT, with((String) c[1], c[2]));
            Recorder e = run(Mechanism.THREAT, with());
            assertFalse(e.trace.toString().equals(d.trace.toString()), c[0] + " at default weight must react to " + c[1]);
        }
        // Trade shares are read by trade dependence and by the poles' strategies.
        Recorder a = run(Mechanism.TRADE, with("weights.trade", 0.0, "weights.poles", 0.0));
        Recorder b = run(Mechanism.TRADE, with("weights.trade", 0.0, "weights.poles", 0.0, "states.JPN.trade.CHN", 0.8));
        assertTrue(a.trace.toString().equals(b.trace.toString()), "trade and poles at weight 0, trade share changed the run");
    }
}
