package org.alignsim.model;

/**
 * Hegemonic deference (Keohane 1984, "After Hegemony"; Gilpin 1981): the allies of a hegemon
 * follow its lead in the General Assembly while it dominates the world economy and drift away as
 * its lead declines, even when nothing in their security changes. The allies' drift from the US
 * in UN voting, as Western Europe and Japan recovered in the 1950s and 60s and as China grew in
 * the 2000s, is this decline; the stance, which answers to security, cannot show it. A state in
 * the west pole's hierarchy votes toward the pole by the weight times how far the pole's share of
 * the present states' GDP lies above the reference, away from it below; a state outside the
 * hierarchy defers to nothing.
 */
public final class HegemonicDeference {
    private HegemonicDeference() {}

    /** The west pole's share of the GDP of the states present (0 when there is none). */
    static double share(double[] gdp, boolean[] active, int west) {
        double total = 0;
        for (int j = 0; j < gdp.length; j++) if (active[j]) total += gdp[j];
        return total > 0 ? gdp[west] / total : 0;
    }

    /** How far state i defers to the west pole, before the weight: the share's excess over the reference, for a state in its hierarchy. */
    static double deference(double share, double reference, boolean inWestSystem) {
        return inWestSystem ? share - reference : 0;
    }
}
