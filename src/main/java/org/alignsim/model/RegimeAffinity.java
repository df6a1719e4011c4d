package org.alignsim.model;

/**
 * Regime affinity (Owen 2010; Haas 2005): liberal democracies lean toward the US-led coalition
 * and autocracies away from it. The pull is 2 (democracy - midpoint), with V-Dem's liberal
 * democracy index as the measure.
 */
public final class RegimeAffinity {
    private RegimeAffinity() {}

    static double pull(double democracy, double midpoint) {
        return 2 * (democracy - midpoint);
    }
}
