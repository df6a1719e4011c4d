package org.alignsim.model;

/**
 * The part of a run's environment at one update that depends on time alone: every state's
 * economy, population, democracy, trade shares and status after the events, who is present, the
 * regime affinities, aggregate power and capability. Stances and live parameters never enter
 * them, so every run of a World finds the same numbers at the same update; the first to get there
 * keeps a copy in the World ({@link World#timeOnly}) and the others copy it back instead of working
 * it out again.
 */
final class TimeOnly {
    private final double[] gdp, milex, population, democracy, shareWest, shareEast, status, regime, aggregate, capability;
    private final boolean[] active;

    /** A copy of the model's numbers now. */
    TimeOnly(AlignmentModel m) {
        gdp = m.gdp.clone(); milex = m.milex.clone(); population = m.population.clone(); democracy = m.democracy.clone();
        shareWest = m.shareWest.clone(); shareEast = m.shareEast.clone(); status = m.status.clone(); regime = m.regime.clone();
        aggregate = m.aggregate.clone(); capability = m.capability.clone(); active = m.active.clone();
    }

    /** Puts the numbers back into the model; a state that enters or leaves makes its institutional partners' pulls stale, as it does in a run. */
    void restore(AlignmentModel m) {
        int n = gdp.length;
        System.arraycopy(gdp, 0, m.gdp, 0, n);
        System.arraycopy(milex, 0, m.milex, 0, n);
        System.arraycopy(population, 0, m.population, 0, n);
        System.arraycopy(democracy, 0, m.democracy, 0, n);
        System.arraycopy(shareWest, 0, m.shareWest, 0, n);
        System.arraycopy(shareEast, 0, m.shareEast, 0, n);
        System.arraycopy(status, 0, m.status, 0, n);
        System.arraycopy(regime, 0, m.regime, 0, n);
        System.arraycopy(aggregate, 0, m.aggregate, 0, n);
        System.arraycopy(capability, 0, m.capability, 0, n);
        for (int i = 0; i < n; i++) {
            if (active[i] != m.active[i]) {
                m.active[i] = active[i];
                for (int p : m.world.institutionPartners[i]) m.institutionFresh[p] = false;
            }
        }
    }
}
