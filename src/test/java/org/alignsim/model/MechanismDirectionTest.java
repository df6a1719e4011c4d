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
    void withAThreatDiscountTradeWithAFearedPoleHoldsAStateLess() {
        // JPN trades more with China than with the US. The discount touches only the trade
        // mechanism: the threat pull is the same, the trade pull toward China weaker, the stance higher.
        AlignmentModel plain = started("hostility.CHN.JPN", 3.0, "trade.threat_discount", 0.0);
        AlignmentModel discounted = started("hostility.CHN.JPN", 3.0, "trade.threat_discount", 2.0);
        int jpn = idx(plain, "JPN"), chn = idx(plain, "CHN");
        assertTrue(plain.threatFrom(jpn, chn) > 0.1, "China is a real threat to Japan here");
        assertTrue(pull(plain, Mechanism.TRADE, "JPN") < 0, "trade holds Japan toward China");
        assertTrue(expected(discounted, "JPN") > expected(plain, "JPN"));
        // With no threat from either pole the discount changes nothing.
        AlignmentModel calm = started("threat.baseline_intentions", 0.0, "threat.regime_intentions", 0.0, "threat.dispute_hostility.land", 0.0,
                "threat.dispute_hostility.maritime", 0.0, "threat.dispute_hostility.taiwan", 0.0, "trade.threat_discount", 0.0);
        AlignmentModel calmDiscounted = started("threat.baseline_intentions", 0.0, "threat.regime_intentions", 0.0, "threat.dispute_hostility.land", 0.0,
                "threat.dispute_hostility.maritime", 0.0, "threat.dispute_hostility.taiwan", 0.0, "trade.threat_discount", 2.0);
        int ind = idx(calm, "IND");
        assertEquals(0, calm.threatFrom(ind, chn), 0.0);
        assertEquals(0, calm.threatFrom(ind, idx(calm, "USA")), 0.0);
        assertEquals(expected(calm, "IND"), expected(calmDiscounted, "IND"), 0.0);
    }

    @Test
    void theThreatDiscountSetInTheConsoleActsAsTheScenariosDoes() {
        // The Model tab's slider: a run started without the discount and given it live decides as
        // one started with it, and one given a discount of 0 live as one started without it.
        AlignmentModel live = started("hostility.CHN.JPN", 3.0, "trade.threat_discount", 0.0);
        AlignmentModel scenario = started("hostility.CHN.JPN", 3.0, "trade.threat_discount", 2.0);
        double before = expected(live, "JPN");
        live.setThreatDiscount(2.0);
        assertEquals(2.0, live.getThreatDiscount(), 0.0);
        assertEquals(expected(scenario, "JPN"), expected(live, "JPN"), 0.0);
        assertTrue(expected(live, "JPN") > before, "trade with a feared China holds Japan less");
        scenario.setThreatDiscount(0.0);
        assertEquals(before, expected(scenario, "JPN"), 0.0);
    }

    @Test
    void theThreatDiscountDividesDependence() {
        assertEquals(0.8, TradeDependence.discounted(0.8, 0, 5), 0.0, "kappa 0: off");
        assertEquals(0.8, TradeDependence.discounted(0.8, 3, 0), 0.0, "no threat: nothing to discount");
        assertEquals(0.4, TradeDependence.discounted(0.8, 2, 0.5), 1e-15, "0.8 / (1 + 2 x 0.5)");
        assertTrue(TradeDependence.discounted(0.8, 2, 0.9) < TradeDependence.discounted(0.8, 2, 0.3), "more threat, less hold");
        assertTrue(TradeDependence.discounted(0.8, 4, 0.3) < TradeDependence.discounted(0.8, 2, 0.3), "larger kappa, less hold");
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
        AlignmentModel calm = started("threat.baseline_intentions", 0.0, "threat.regime_intentions", 0.0, "threat.dispute_hostility.land", 0.0);
        AlignmentModel hostile = started("threat.baseline_intentions", 0.0, "threat.regime_intentions", 0.0, "threat.dispute_hostility.land", 2.0);
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

    static double traditionHold(AlignmentModel m, String code) {
        return m.decomposition(idx(m, code)).curvature()[Mechanism.TRADITION.ordinal()];
    }

    @Test
    void theHedgingTraditionGivesWayToAClearThreat() {
        // India hedges (0.8), leans a little to the US, and China, which it disputes land with,
        // turns hostile: the threat points it further that way. With the discount its tradition
        // holds it less, so it stands further from China; the threat's own pull is the same.
        Object[] hostile = {"hostility.CHN.IND", 2.0, "states.IND.alignment", 0.2};
        AlignmentModel plain = started(with(hostile, "threat.tradition_discount", 0.0));
        AlignmentModel loosened = started(with(hostile, "threat.tradition_discount", 2.0));
        assertTrue(pull(plain, Mechanism.THREAT, "IND") > 0.1, "a clear threat toward the US side");
        assertEquals(pull(plain, Mechanism.THREAT, "IND"), pull(loosened, Mechanism.THREAT, "IND"), 0.0);
        assertEquals(plain.scenario().weights().tradition() * 0.8, traditionHold(plain, "IND"), 1e-12, "discount 0: w h");
        assertTrue(traditionHold(loosened, "IND") < traditionHold(plain, "IND"));
        assertTrue(expected(loosened, "IND") > expected(plain, "IND"));
        // Leaning toward China instead, the side of what threatens it, India keeps its tradition whole.
        Object[] leaningEast = {"hostility.CHN.IND", 2.0, "states.IND.alignment", -0.2};
        AlignmentModel east = started(with(leaningEast, "threat.tradition_discount", 2.0));
        assertTrue(pull(east, Mechanism.THREAT, "IND") > 0.1);
        assertEquals(traditionHold(plain, "IND"), traditionHold(east, "IND"), 0.0);
        // With no threat at all the discount changes nothing.
        Object[] calm = {"threat.baseline_intentions", 0.0, "threat.regime_intentions", 0.0, "threat.dispute_hostility.land", 0.0,
                "threat.dispute_hostility.maritime", 0.0, "threat.dispute_hostility.taiwan", 0.0, "hostility.PAK.IND", 0.0,
                "states.IND.alignment", 0.2};
        AlignmentModel calmPlain = started(with(calm, "threat.tradition_discount", 0.0));
        AlignmentModel calmLoosened = started(with(calm, "threat.tradition_discount", 2.0));
        assertEquals(0.0, pull(calmPlain, Mechanism.THREAT, "IND"), 0.0);
        assertEquals(traditionHold(calmPlain, "IND"), traditionHold(calmLoosened, "IND"), 0.0);
        assertEquals(expected(calmPlain, "IND"), expected(calmLoosened, "IND"), 0.0);
    }

    @Test
    void theTraditionDiscountSetInTheConsoleActsAsTheScenariosDoes() {
        AlignmentModel live = started("hostility.CHN.IND", 2.0, "states.IND.alignment", 0.2, "threat.tradition_discount", 0.0);
        AlignmentModel scenario = started("hostility.CHN.IND", 2.0, "states.IND.alignment", 0.2, "threat.tradition_discount", 2.0);
        double before = expected(live, "IND");
        live.setTraditionDiscount(2.0);
        assertEquals(2.0, live.getTraditionDiscount(), 0.0);
        assertEquals(expected(scenario, "IND"), expected(live, "IND"), 0.0);
        assertTrue(expected(live, "IND") > before);
        scenario.setTraditionDiscount(0.0);
        assertEquals(before, expected(scenario, "IND"), 0.0);
    }

    @Test
    void theTraditionsHoldIsDividedByOnePlusLambdaTimesAClearThreat() {
        assertEquals(1.0, StrategicTradition.curvature(2, 0.5, 0, 3, 0.5), 0.0, "lambda 0: w h");
        assertEquals(1.0, StrategicTradition.curvature(2, 0.5, 1, 0, 0.5), 0.0, "no net threat: w h");
        assertEquals(0.5, StrategicTradition.curvature(2, 0.5, 1, 1, 0.5), 1e-15, "1 / (1 + 1 x 1)");
        assertEquals(0.5, StrategicTradition.curvature(2, 0.5, 1, -1, -0.5), 1e-15, "the same toward the east pole");
        assertEquals(1.0, StrategicTradition.curvature(2, 0.5, 1, 1, -0.5), 0.0, "leaning toward the threat's side: whole");
        assertEquals(1.0, StrategicTradition.curvature(2, 0.5, 1, 1, 0), 0.0, "at the centre: whole");
        assertTrue(StrategicTradition.curvature(2, 0.5, 1, 0.9, 0.5) < StrategicTradition.curvature(2, 0.5, 1, 0.3, 0.5), "more threat, less hold");
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

    /**
     * The east pole's hierarchy: Pakistan (no US tier, 70 % of its arms from China) is China's
     * client, drawn toward it the more the higher the client status, and not when it buys less than
     * the partner share from China, when it stands in the US's system, or when it arms another
     * state itself (a patron is nobody's client).
     */
    @Test
    void theEastPoleDrawsTheStatesItArmsUnlessInTheWestSystemOrAPatron() {
        AlignmentModel none = started("hierarchy.client_status", 0.0);
        AlignmentModel client = started("hierarchy.client_status", 0.25);
        AlignmentModel closer = started("hierarchy.client_status", 0.5);
        assertEquals(0.0, pull(none, Mechanism.HIERARCHY, "PAK"), 0.0);
        assertTrue(pull(client, Mechanism.HIERARCHY, "PAK") < 0, "toward the east pole");
        assertTrue(pull(closer, Mechanism.HIERARCHY, "PAK") < pull(client, Mechanism.HIERARCHY, "PAK"), "more status, more pull");
        assertTrue(expected(client, "PAK") < expected(none, "PAK"));
        assertTrue(expected(closer, "PAK") <= expected(client, "PAK"));
        AlignmentModel fewArms = started("states.PAK.arms.CHN", 0.2);
        assertEquals(0.0, pull(fewArms, Mechanism.HIERARCHY, "PAK"), 0.0, "below threat.arms_partner_share (0.25)");
        AlignmentModel westPartner = started("states.PAK.tier", "partner");
        assertTrue(pull(westPartner, Mechanism.HIERARCHY, "PAK") > 0, "in the US's system: its partner status only");
        AlignmentModel patron = started("states.IND.arms.PAK", 0.05);
        assertEquals(0.0, pull(patron, Mechanism.HIERARCHY, "PAK"), 0.0, "a supplier of arms is nobody's client");
        // A state the east pole does not arm is untouched by its hierarchy.
        assertEquals(pull(none, Mechanism.HIERARCHY, "DEU"), pull(client, Mechanism.HIERARCHY, "DEU"), 0.0);
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

    static double best(AlignmentModel m, String code) { return m.bestResponse(idx(m, code)); }

    static Object[] with(Object[] base, Object... more) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void tradeWithBothPolesHoldsAStateNearTheMiddle() {
        // DEU trades about as much with China as with the US: dependence on both makes leaving the
        // middle costly from either side, so its trade pull points back toward 0 whatever its stance.
        AlignmentModel west = started("states.DEU.alignment", 0.8);
        AlignmentModel east = started("states.DEU.alignment", -0.8);
        assertTrue(pull(west, Mechanism.TRADE, "DEU") < 0, "pulled back from the US side");
        assertTrue(pull(east, Mechanism.TRADE, "DEU") > 0, "pulled back from the China side");
        // Without trade there is no such pull.
        AlignmentModel none = started("states.DEU.alignment", 0.8, "states.DEU.trade.openness", 0.0);
        assertEquals(0.0, pull(none, Mechanism.TRADE, "DEU"), 1e-12);
    }

    @Test
    void tradeDependenceSaturates() {
        // The same step in exposure moves dependence less at a high level than at a low one.
        double lowStep = TradeDependence.vulnerability(0.2, 0.2, 1, 1, 0, 0.1) - TradeDependence.vulnerability(0.1, 0.2, 1, 1, 0, 0.1);
        double highStep = TradeDependence.vulnerability(0.9, 0.9, 1, 1, 0, 0.1) - TradeDependence.vulnerability(0.8, 0.9, 1, 1, 0, 0.1);
        assertTrue(lowStep > highStep && highStep > 0);
        assertTrue(TradeDependence.vulnerability(1, 10, 1, 1, 0, 0.1) < 1, "never above its most");
    }

    @Test
    void armsFromASupplierPullTowardTheSuppliersStance() {
        AlignmentModel usArms = started("states.PAK.arms.USA", 0.9, "states.PAK.arms.CHN", 0.0);
        AlignmentModel chinaArms = started("states.PAK.arms.USA", 0.0, "states.PAK.arms.CHN", 0.9);
        assertTrue(pull(usArms, Mechanism.ARMS, "PAK") > 0);
        assertTrue(pull(chinaArms, Mechanism.ARMS, "PAK") < pull(usArms, Mechanism.ARMS, "PAK"));
        assertTrue(best(usArms, "PAK") > best(chinaArms, "PAK"));
        // A supplier that is not a pole counts with its current stance.
        AlignmentModel fromJapanAligned = started("states.PAK.arms.USA", 0.0, "states.PAK.arms.CHN", 0.0, "states.PAK.arms.JPN", 0.9, "states.JPN.alignment", 0.9);
        AlignmentModel fromJapanHedging = started("states.PAK.arms.USA", 0.0, "states.PAK.arms.CHN", 0.0, "states.PAK.arms.JPN", 0.9, "states.JPN.alignment", -0.2);
        assertTrue(pull(fromJapanAligned, Mechanism.ARMS, "PAK") > pull(fromJapanHedging, Mechanism.ARMS, "PAK"));
    }

    @Test
    void regimeAffinityFollowsThePolesOwnRegimes() {
        // IND (0.3) is nearer China's 0.04 than the US's 0.77: pulled east. Make the east pole a
        // democracy and the same IND is pulled west, with nothing about IND changed.
        AlignmentModel now = started();
        AlignmentModel democraticEast = started("states.CHN.democracy", 0.95);
        assertTrue(pull(now, Mechanism.IDEOLOGY, "IND") < 0);
        assertTrue(pull(democraticEast, Mechanism.IDEOLOGY, "IND") > 0);
    }

    @Test
    void aNonPoleThreatActsInFullOnceItStandsOutsideTheBand() {
        // PAK threatens IND (hostility 0.6). Whether PAK stands at -0.4 or -0.9, it stands on
        // China's side: IND's threat pull is the same, not scaled by PAK's stance.
        AlignmentModel near = started("states.PAK.alignment", -0.4);
        AlignmentModel far = started("states.PAK.alignment", -0.9);
        assertEquals(pull(near, Mechanism.THREAT, "IND"), pull(far, Mechanism.THREAT, "IND"), 1e-12);
        // Inside the band its threat weighs less, and nothing at 0.
        AlignmentModel hedging = started("states.PAK.alignment", 0.0, "hostility.PAK.IND", 3.0);
        AlignmentModel outside = started("states.PAK.alignment", -0.6, "hostility.PAK.IND", 3.0);
        assertTrue(pull(outside, Mechanism.THREAT, "IND") > pull(hedging, Mechanism.THREAT, "IND"));
    }

    @Test
    void aForwardBaseBringsTheUsNearer() {
        AlignmentModel home = started("hostility.USA.PAK", 1.0);
        AlignmentModel based = started("hostility.USA.PAK", 1.0, "states.USA.forward_bases.Gulf.lat", 25.1, "states.USA.forward_bases.Gulf.lon", 51.3);
        int pak = idx(home, "PAK"), usa = idx(home, "USA");
        assertTrue(based.threatFrom(pak, usa) > 10 * home.threatFrom(pak, usa), "a base 1,600 km away, not Washington 11,000 km away");
        assertTrue(pull(based, Mechanism.THREAT, "PAK") < pull(home, Mechanism.THREAT, "PAK"), "a hostile US nearby pushes toward China");
    }

    @Test
    void threatIsCapabilityAgainstTheThreatenedStatesOwn() {
        // The same Chinese hostility weighs more on a weaker state.
        AlignmentModel strong = started("states.JPN.milex", 300.0, "states.JPN.gdp", 20000.0);
        AlignmentModel weak = started("states.JPN.milex", 5.0, "states.JPN.gdp", 500.0);
        int jpn = idx(strong, "JPN"), chn = idx(strong, "CHN");
        assertTrue(weak.threatFrom(jpn, chn) > strong.threatFrom(jpn, chn));
    }

    @Test
    void noBaselineFearOfTheUsInsideItsHierarchyOrOfAMainArmsSupplier() {
        // PAK shares no institution with the US or China: capability alone carries the baseline.
        AlignmentModel outside = started("states.PAK.arms.USA", 0.0, "states.PAK.arms.CHN", 0.0);
        int pak = idx(outside, "PAK"), usa = idx(outside, "USA"), chn = idx(outside, "CHN");
        assertTrue(outside.threatFrom(pak, usa) > 0);
        assertTrue(outside.threatFrom(pak, chn) > 0);
        AlignmentModel partner = started("states.PAK.tier", "partner", "states.PAK.arms.USA", 0.0);
        assertEquals(0.0, partner.threatFrom(pak, usa), 0.0, "a partner in the US hierarchy");
        assertEquals(0.0, partner.threatFrom(pak, chn), 0.0, "China supplies most of its arms");
    }

    @Test
    void higherStatusNeverPushesAwayFromTheUs() {
        double last = -1;
        for (String tier : new String[]{"none", "partner", "ally", "inner", "core"}) {
            double p = pull(started("states.IND.tier", tier), Mechanism.HIERARCHY, "IND");
            assertTrue(p >= 0, tier + " repels: " + p);
            assertTrue(p >= last, tier + " pulls less than a lower tier");
            last = p;
        }
    }

    @Test
    void aSwitchingCostLeavesSmallReasonsToMoveUnanswered() {
        // No shock, no inertia: JPN's best response without a cost differs from its stance; a cost
        // larger than every pull keeps it where it is.
        AlignmentModel free = started("decision.switching_cost", 0.0, "decision.inertia", 0.0, "decision.shock_sd", 0.0);
        AlignmentModel costly = started("decision.switching_cost", 100.0, "decision.inertia", 0.0, "decision.shock_sd", 0.0);
        assertNotEquals(0.5, best(free, "JPN"));
        assertEquals(0.5, best(costly, "JPN"));
    }

    @Test
    void theBestStanceNeverFallsWhenThePullRises() {
        double last = -2;
        for (double b = -6; b <= 6; b += 0.05) {
            double x = LogitChoice.position(PersistentChoice.best(b, 1.3, 0.2, 0.15, 41), 41);
            assertTrue(x >= last, "b = " + b);
            last = x;
        }
        assertEquals(1.0, LogitChoice.position(PersistentChoice.best(10, 1, 0, 0, 41), 41));
        assertEquals(-1.0, LogitChoice.position(PersistentChoice.best(-10, 1, 0, 0, 41), 41));
    }

    @Test
    void aLongSpinUpForgetsTheStartingStances() {
        // Two worlds that differ only in where JPN starts reach the same stances after the spin-up.
        // No shock, no switching cost and no inertia: each revision is the best response, so the
        // start cannot leave a trace (a dead zone of either kind would). Institutions and China's
        // adaptive strategy are off: they feed a state's stance back into its partners' and its
        // own pulls, and such a world can have more than one resting point.
        Object[] calm = {"time.spin_up_years", 15.0, "decision.shock_sd", 0.0, "decision.switching_cost", 0.0, "decision.inertia", 0.0,
                "weights.institutions", 0.0, "china.strategy", "none"};
        AlignmentModel a = started(with(calm, "states.JPN.alignment", 0.9));
        AlignmentModel b = started(with(calm, "states.JPN.alignment", -0.9));
        for (String c : new String[]{"JPN", "IND", "PAK", "DEU"}) assertEquals(a.alignment(idx(a, c)), b.alignment(idx(b, c)), 1e-12, c);
        AlignmentModel none = started("states.JPN.alignment", 0.9);
        assertEquals(0.9, none.alignment(idx(none, "JPN")), "without a spin-up the run starts where the scenario says");
    }

    @Test
    void readinessIsOneExactlyWhenEnoughCandidatesStandAtTheRung() {
        double[] scratch = new double[4];
        int[] candidates = {0, 1, 2, 3};
        assertEquals(1.0, AsianNatoReadiness.of(new int[]{4, 4, 4, 0}, candidates, 4, 3, scratch), 1e-12);
        assertEquals(0.75, AsianNatoReadiness.of(new int[]{4, 4, 1, 0}, candidates, 4, 3, scratch), 1e-12);
        assertTrue(AsianNatoReadiness.of(new int[]{4, 4, 2, 0}, candidates, 4, 3, scratch) > AsianNatoReadiness.of(new int[]{4, 4, 1, 0}, candidates, 4, 3, scratch));
        assertEquals(0.0, AsianNatoReadiness.of(new int[]{0, 0, 0, 0}, candidates, 4, 3, scratch), 1e-12);
    }

    @Test
    void theBestStanceIsTheBestOfAllOptions() {
        // Two evaluations around the continuous maximum must find what scanning every option finds.
        java.util.Random r = new java.util.Random(7);
        for (int trial = 0; trial < 20000; trial++) {
            int options = 3 + 2 * r.nextInt(30);
            double b = 8 * r.nextGaussian(), a = r.nextDouble() < 0.05 ? 0 : 3 * r.nextDouble(), c = r.nextDouble() < 0.3 ? 0 : r.nextDouble();
            double current = r.nextBoolean() ? LogitChoice.position(r.nextInt(options), options) : 2 * r.nextDouble() - 1;
            int scan = -1;
            double bestU = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < options; k++) {
                double x = LogitChoice.position(k, options);
                double u = b * x - a * x * x - c * Math.abs(x - current);
                if (u > bestU) {
                    bestU = u;
                    scan = k;
                }
            }
            int fast = PersistentChoice.best(b, a, c, current, options);
            double xf = LogitChoice.position(fast, options);
            double uf = b * xf - a * xf * xf - c * Math.abs(xf - current);
            assertEquals(bestU, uf, 1e-9, "b " + b + " a " + a + " c " + c + " current " + current + ": option " + fast + " against " + scan);
        }
    }

    @Test
    void theNormalQuantileInvertsTheNormalCdf() {
        org.apache.commons.math3.distribution.NormalDistribution n = new org.apache.commons.math3.distribution.NormalDistribution();
        for (double p : new double[]{1e-12, 1e-6, 0.001, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-9}) {
            assertEquals(p, n.cumulativeProbability(NormalQuantile.of(p)), 1e-12 + 1e-9 * p, "p = " + p);
        }
        assertEquals(0.0, NormalQuantile.of(0.5), 0.0);
        assertEquals(1.959963984540054, NormalQuantile.of(0.975), 1e-12);
    }

    /**
     * Liberal threat perception (threat.regime_intentions): between states with no security tie,
     * the more democratic one reads hostility into the other's power in proportion to the gap, and
     * the less democratic one nothing more; a tie removes it as it removes the baseline.
     */
    @Test
    void aDemocracyReadsALessDemocraticStatesPowerAsMoreHostile() {
        World off = new World(TestScenarios.mini(Map.of("threat.regime_intentions", 0.0))), on = new World(TestScenarios.mini(Map.of("threat.regime_intentions", 1.0)));
        int n = off.n, raised = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                double diff = on.baseHostility[j * n + i] - off.baseHostility[j * n + i];
                double gap = off.democracy[i] - off.democracy[j];
                if (off.secure[j * n + i] || gap <= 0) assertEquals(0.0, diff, 0.0, off.codes[j] + " toward " + off.codes[i]);
                else {
                    assertEquals(gap, diff, 1e-12, off.codes[j] + " toward " + off.codes[i]);
                    raised++;
                }
            }
        }
        int jpn = off.index.get("JPN"), chn = off.index.get("CHN");
        assertTrue(on.baseHostility[chn * n + jpn] > off.baseHostility[chn * n + jpn], "Japan (0.73) reads more into China's (0.04) power");
        assertEquals(off.baseHostility[jpn * n + chn], on.baseHostility[jpn * n + chn], 0.0, "China reads nothing more into Japan's");
        assertTrue(raised > 0);
        // all else equal (the same seeds), Japan then stands further from China's side
        double sumOff = 0, sumOn = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Outcome a = new AlignmentModel(off, seed).runToEnd(), b = new AlignmentModel(on, seed).runToEnd();
            assertTrue(b.alignment(jpn) >= a.alignment(jpn), "seed " + seed);
            sumOff += a.alignment(jpn);
            sumOn += b.alignment(jpn);
        }
        assertTrue(sumOn > sumOff, sumOn + " against " + sumOff);
    }

    /** With a democracy series the regime gap is the year's: the history in 1995, pair by pair. */
    @Test
    void inTheHistoryTheGapIsTheYears() {
        AlignmentModel off = new AlignmentModel(new World(org.alignsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios", "history-1946-2020.yaml"),
                Map.of("threat.regime_intentions", 0.0)).scenario()), 2);
        AlignmentModel on = new AlignmentModel(new World(org.alignsim.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios", "history-1946-2020.yaml"),
                Map.of("threat.regime_intentions", 0.5)).scenario()), 2);
        off.runUntil(1995.0);
        on.runUntil(1995.0);
        int n = off.world.n, raised = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                double diff = on.yearInputs.base[j * n + i] - off.yearInputs.base[j * n + i];
                double gap = on.democracy[i] - on.democracy[j];
                assertTrue(diff == 0 || Math.abs(diff - 0.5 * gap) < 1e-12, off.world.codes[j] + " toward " + off.world.codes[i] + ": " + diff + " for a gap of " + gap);
                if (gap <= 0) assertEquals(0.0, diff, 0.0);
                if (diff > 0) raised++;
            }
        }
        assertTrue(raised > 50, raised + " pairs");
        int hun = off.world.index.get("HUN"), rus = off.world.index.get("RUS");
        assertTrue(on.democracy[hun] > on.democracy[rus] + 0.2, "Hungary (" + on.democracy[hun] + ") well ahead of Russia (" + on.democracy[rus] + ") in 1995");
    }
}
