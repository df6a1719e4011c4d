package org.alignsim.model;

/**
 * A state's own strategic tradition (India's non-alignment, Europe's strategic autonomy, ASEAN
 * centrality): a disposition h in [0, 1] to hedge. It enters the utility as a cost of distance
 * from the centre, -w h x^2, so it pulls toward hedging from either side.
 *
 * <p>Hedging is the choice of states that face no clear and present threat (Kuik 2008; Lim and
 * Cooper 2015): once a threat points a state to one side and it stands on that side, the
 * tradition gives way, as Ukraine's non-bloc status gave way in 2014. The hold is then divided by
 * 1 + lambda |T|, with T the net threat pull on the state (threats from states on opposite sides
 * cancel, so a state threatened from both sides, or by a hedger, keeps its tradition). A state
 * leaning the other way, toward the side of what threatens it (Mongolia, drawn to China by its
 * trade), keeps its tradition whole: what gives way is the reserve that keeps it from the side
 * the threat points to, not the one that keeps it from the threat.
 */
public final class StrategicTradition {
    private StrategicTradition() {}

    /**
     * The curvature the tradition adds to the utility of a stance.
     *
     * @param discount  lambda, how much a clear threat loosens the hold (0: not at all)
     * @param netThreat the unweighted threat pull on the state ({@link ThreatPerception#pull}), toward the west pole positive
     * @param stance    the state's current stance: the hold gives way only if it is on the side the threat points to
     */
    static double curvature(double weight, double hedging, double discount, double netThreat, double stance) {
        double clear = stance * netThreat > 0 ? Math.abs(netThreat) : 0;
        return weight * hedging / (1 + discount * clear);
    }
}
