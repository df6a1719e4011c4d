package org.alignsim.model;

/**
 * Soft balancing (Pape 2005; Paul 2005): states that cannot balance a preponderant power with
 * arms resist it by diplomatic means, among them their votes. In the UN General Assembly the gap
 * between the US and the other states widened almost universally from 1991 to 2001, and less for
 * states that became more liberal (Voeten 2004, "Resisting the lonely superpower"): resistance
 * follows regime, not alliance, so an ally as unlike the US in regime as an outsider resists as
 * much (the Philippines and Pakistan moved away from the US in the 1990s as the non-aligned did).
 * Resistance is nothing while the west pole's preponderance is at most the threshold (a bipolar
 * or multipolar world), and grows with it above, in proportion to how much less democratic the
 * state is than the west pole.
 */
public final class SoftBalancing {
    private SoftBalancing() {}

    /**
     * The west pole's preponderance: its share of its own and the next strongest present state's
     * aggregate power, 1/2 at parity, near 1 when no state comes close.
     */
    static double preponderance(double[] aggregate, boolean[] active, int west) {
        double top = 0;
        for (int j = 0; j < aggregate.length; j++) if (j != west && active[j]) top = Math.max(top, aggregate[j]);
        double w = aggregate[west];
        return w + top == 0 ? 0.5 : w / (w + top);
    }

    /** How far state i resists the west pole, before the weight: 0 for a state as democratic as the pole. */
    static double resistance(double preponderance, double threshold, double democracy, double westDemocracy) {
        if (westDemocracy <= 0 || preponderance <= threshold) return 0;
        return (preponderance - threshold) * Math.max(0, westDemocracy - democracy) / westDemocracy;
    }
}
