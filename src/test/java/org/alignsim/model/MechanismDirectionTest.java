package org.alignsim.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The direction of each mechanism's effect, all else equal: change one input of the mini world,
 * compare a state's pull and its expected stance at the start of a run. The expected directions
 * come from the theory each mechanism encodes, not from the code's output.
 */
class MechanismDirectionTest {

    /** A model of the mini world with some keys overridden, started (step 0 computed). */
    static AlignmentModel started(Map<String, Object> overrides) {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.mini(overrides)), 1);
        m.start();
        return m;
    }

    static AlignmentModel started(Object... keyValues) {
        Map<String, Object> o = new HashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) o.put((String) keyValues[k], keyValues[k + 1]);
        return started(o);
    }

    static int idx(AlignmentModel m, String code) { return m.world.index.get(code); }

    static double pull(AlignmentModel m, Mechanism mech, String code) { return m.contribution(mech, idx(m, code)); }

    static double expected(AlignmentModel m, String code) { return m.expectedStance(idx(m, code)); }

    @Test
    void moreTradeWithChinaLowersUsAlignment() {
        AlignmentModel low = started("states.JPN.trade.CHN", 0.1);
        AlignmentModel high = started("states.JPN.trade.CHN", 0.5);
        assertTrue(pull(high, Mechanism.TRADE, "JPN") < pull(low, Mechanism.TRADE, "JPN"));
        assertTrue(expected(high, "JPN") < expected(low, "JPN"));
    }

    @Test
    void moreTradeWithTheUsRaisesUsAlignment() {
        AlignmentModel low = started("states.IND.trade.USA", 0.05);
        AlignmentModel high = started("states.IND.trade.USA", 0.4);
        assertTrue(pull(high, Mechanism.TRADE, "IND") > pull(low, Mechanism.TRADE, "IND"));
        assertTrue(expected(high, "IND") > expected(low, "IND"));
    }

    @Test
    void greaterOpennessMagnifiesDependence() {
        // JPN trades more with China than with the US: more openness, a stronger pull to China.
        AlignmentModel closed = started("states.JPN.trade.openness", 0.2);
        AlignmentModel open = started("states.JPN.trade.openness", 1.5);
        assertTrue(pull(closed, Mechanism.TRADE, "JPN") < 0);
        assertTrue(pull(open, Mechanism.TRADE, "JPN") < pull(closed, Mechanism.TRADE, "JPN"));
    }

    @Test
    void aCloserDisputePartnerIsMoreThreatening() {
        // India disputes land with China; put its capital nearer Beijing.
        AlignmentModel far = started();
        AlignmentModel near = started("states.IND.capital.lat", 35.0, "states.IND.capital.lon", 105.0);
        int chn = idx(far, "CHN");
        assertTrue(near.threatFrom(idx(near, "IND"), chn) > far.threatFrom(idx(far, "IND"), chn));
        assertTrue(pull(near, Mechanism.THREAT, "IND") > pull(far, Mechanism.THREAT, "IND"));
        assertTrue(expected(near, "IND") > expected(far, "IND"));
    }

    @Test
    void hostileIntentionsRaiseThreatButCapabilityAloneHardlyDoes() {
        AlignmentModel calm = started("threat.baseline_intentions", 0.0, "threat.dispute_hostility.land", 0.0);
        AlignmentModel hostile = started("threat.baseline_intentions", 0.0, "threat.dispute_hostility.land", 2.0);
        int chn = idx(calm, "CHN");
        assertEquals(0.0, calm.threatFrom(idx(calm, "IND"), chn), 1e-15, "no intentions, no threat");
        assertTrue(hostile.threatFrom(idx(hostile, "IND"), chn) > 0);
    }

    @Test
    void moreMilitarySpendingByChinaRaisesThreat() {
        AlignmentModel base = started();
        AlignmentModel armed = started("states.CHN.milex", 900.0);
        assertTrue(armed.threatFrom(idx(armed, "JPN"), idx(armed, "CHN")) > base.threatFrom(idx(base, "JPN"), idx(base, "CHN")));
    }

    @Test
    void aHigherHedgingDispositionPutsMoreMassNearTheCentre() {
        for (double start : new double[]{-0.6, 0.0, 0.6}) {
            AlignmentModel low = started("states.IND.hedging", 0.1, "states.IND.alignment", start);
            AlignmentModel high = started("states.IND.hedging", 0.9, "states.IND.alignment", start);
            assertTrue(centreMass(high, "IND") > centreMass(low, "IND"), "from " + start);
        }
    }

    static double centreMass(AlignmentModel m, String code) {
        double[] p = m.stanceProbabilities(idx(m, code));
        double c = 0;
        for (int k = 0; k < p.length; k++) if (Math.abs(LogitChoice.position(k, p.length)) <= 0.3 + 1e-12) c += p[k];
        return c;
    }

    @Test
    void higherStatusInTheHierarchyRaisesUsAlignment() {
        AlignmentModel periphery = started("states.IND.tier", "none");
        AlignmentModel core = started("states.IND.tier", "core");
        assertTrue(pull(core, Mechanism.HIERARCHY, "IND") > pull(periphery, Mechanism.HIERARCHY, "IND"));
        assertTrue(expected(core, "IND") > expected(periphery, "IND"));
    }

    @Test
    void aStrongerChinaTurnsBalancingIntoBandwagoning() {
        AlignmentModel matched = started("states.CHN.gdp", 5000.0, "states.CHN.milex", 100.0);
        AlignmentModel dominant = started("states.CHN.gdp", 80000.0, "states.CHN.milex", 2000.0);
        assertTrue(dominant.aggregates().powerRatio() > matched.aggregates().powerRatio());
        assertTrue(pull(matched, Mechanism.POWER, "JPN") > 0, "balancing while the coalition can match China");
        assertTrue(pull(dominant, Mechanism.POWER, "JPN") < 0, "bandwagoning once it cannot");
    }

    @Test
    void fasterChineseGrowthWeakensBalancingOverTime() {
        Outcome slow = new AlignmentModel(new World(TestScenarios.mini(Map.of("states.CHN.growth", 0.0))), 3).runToEnd();
        Outcome fast = new AlignmentModel(new World(TestScenarios.mini(Map.of("states.CHN.growth", 0.3))), 3).runToEnd();
        assertTrue(fast.last().powerRatio() > slow.last().powerRatio());
    }

    @Test
    void institutionalPartnersPullTowardTheirStance() {
        // JPN's alliance partners are USA (+1) and DEU.
        AlignmentModel deuHedges = started("states.DEU.alignment", 0.0);
        AlignmentModel deuAligned = started("states.DEU.alignment", 1.0);
        assertTrue(pull(deuAligned, Mechanism.INSTITUTIONS, "JPN") > pull(deuHedges, Mechanism.INSTITUTIONS, "JPN"));
        // A state above its partners' mean is pulled down.
        AlignmentModel above = started("states.PAK.alignment", 0.9);
        assertTrue(pull(above, Mechanism.INSTITUTIONS, "PAK") < 0);
    }

    @Test
    void chineseInducementPullsTradingPartnersTowardChina() {
        AlignmentModel none = started("china.strategy", "none");
        AlignmentModel induce = started("china.strategy", "inducement", "china.inducement", 2.0);
        assertTrue(pull(induce, Mechanism.POLES, "PAK") < pull(none, Mechanism.POLES, "PAK"));
        assertTrue(expected(induce, "PAK") < expected(none, "PAK"));
    }

    @Test
    void coercionRaisesTheThreatFeltByUsAlignedStatesOnly() {
        // JPN starts US-aligned (0.5 > band 0.3), PAK China-leaning.
        AlignmentModel none = started("china.strategy", "none");
        AlignmentModel coerce = started("china.strategy", "coercion", "china.coercion", 2.0);
        int jpn = idx(none, "JPN"), pak = idx(none, "PAK"), chn = idx(none, "CHN");
        assertTrue(coerce.threatFrom(jpn, chn) > none.threatFrom(jpn, chn));
        assertEquals(none.threatFrom(pak, chn), coerce.threatFrom(pak, chn), 1e-15);
        assertTrue(coerce.chinaCoercing());
        assertFalse(none.chinaCoercing());
    }

    @Test
    void anAdaptiveChinaCoercesOnlyPastItsEncirclementThreshold() {
        AlignmentModel relaxed = started("china.strategy", "adaptive", "china.encirclement_threshold", 0.99);
        AlignmentModel touchy = started("china.strategy", "adaptive", "china.encirclement_threshold", 0.0);
        assertFalse(relaxed.chinaCoercing());
        assertTrue(touchy.chinaCoercing());
    }

    @Test
    void usRewardsDrawHighStatusPartnersMore() {
        AlignmentModel low = started("us.reward", 0.0);
        AlignmentModel high = started("us.reward", 2.0);
        double gainAlly = pull(high, Mechanism.POLES, "JPN") - pull(low, Mechanism.POLES, "JPN");
        double gainNone = pull(high, Mechanism.POLES, "PAK") - pull(low, Mechanism.POLES, "PAK");
        assertTrue(gainAlly > gainNone);
        assertTrue(gainAlly > 0);
    }

    @Test
    void democraciesLeanTowardTheUs() {
        AlignmentModel autocracy = started("states.IND.democracy", 0.1);
        AlignmentModel democracy = started("states.IND.democracy", 0.9);
        assertTrue(pull(democracy, Mechanism.IDEOLOGY, "IND") > pull(autocracy, Mechanism.IDEOLOGY, "IND"));
        assertTrue(expected(democracy, "IND") > expected(autocracy, "IND"));
    }

    @Test
    void higherRationalityFollowsThePullMoreClosely() {
        AlignmentModel noisy = started("decision.rationality", 0.5);
        AlignmentModel sharp = started("decision.rationality", 20.0);
        // JPN is pulled toward the US overall; a sharper chooser expects a stance further that way.
        assertTrue(expected(sharp, "JPN") > expected(noisy, "JPN"));
    }
}
