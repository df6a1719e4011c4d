package org.alignsim.model;

/**
 * A state's own strategic tradition (India's non-alignment, Europe's strategic autonomy, ASEAN
 * centrality): a disposition h in [0, 1] to hedge. It enters the utility as a cost of distance
 * from the centre, -w h x^2, so it pulls toward hedging from either side.
 *
 * <p>Hedging is the choice of states that face no clear and present threat (Kuik 2008; Lim and
 * Cooper 2015): once a threat points a state to one side, the tradition gives way, as Ukraine's
 * non-bloc status gave way in 2014. The hold is divided by 1 + lambda |T|, with T the net threat
 * pull on the state (threats from states on opposite sides cancel, so a state threatened from
 * both sides, or by a hedger, keeps its tradition).
 */
public final class StrategicTradition {
    private StrategicTradition() {}

    /**
     * The curvature the tradition adds to the utility of a stance.
     *
     * @param discount  lambda, how much a clear threat loosens the hold (0: not at all)
     * @param netThreat the unweighted threat pull on the state ({@link ThreatPerception#pull}); its sign does not matter
     */
    static double curvature(double weight, double hedging, double discount, double netThreat) {
        return weight * hedging / (1 + discount * Math.abs(netThreat));
    }
}
