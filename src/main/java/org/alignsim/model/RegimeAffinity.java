package org.alignsim.model;

/**
 * Regime affinity (Owen 2010; Haas 2005): states lean toward the pole whose regime is like
 * their own. The pull is how much nearer a state's democracy score (V-Dem) is to the west pole's
 * than to the east pole's, |d - d_east| - |d - d_west|, so it follows the poles' own regimes (the
 * USSR's, China's, a changing US) rather than a fixed midpoint.
 */
public final class RegimeAffinity {
    private RegimeAffinity() {}

    static double pull(double democracy, double west, double east) {
        return Math.abs(democracy - east) - Math.abs(democracy - west);
    }
}
