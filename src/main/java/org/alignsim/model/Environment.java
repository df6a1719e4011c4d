package org.alignsim.model;

/**
 * The world a state decides in, brought to time t before the decisions of a step: the states'
 * economies, democracy and trade from their growth or series, who has entered the system, the
 * year's pairwise inputs, the events in force, and then the power balance and the poles'
 * strategies that follow from them (docs/MODEL.md 7.1-7.3, 7.8, 7.11).
 */
final class Environment {
    private Environment() {}

    static void update(AlignmentModel m, double t) {
        World w = m.world;
        long hint = m.stepCount + 1;
        boolean refreshed = m.yearInputs.refresh(t);
        TimeOnly known = w.timeOnly(t, hint);
        if (known != null) {
            known.restore(m);
        } else {
            states(m, t);
            statusAndEvents(m, t);
            ThreatPerception.capabilities(w, m.gdp, m.milex, m.population, m.active, m.aggregate, m.capability);
            w.rememberTimeOnly(t, hint, m);
        }
        hostility(m, t, refreshed);
        balanceAndStrategies(m);
        prompts(m, t);
        m.environmentTime = t;
    }

    /**
     * Marks the states named by a dated event (its source and targets) that began or ended since
     * the last update, and those whose new year of data brought a defence pact made or ended or
     * a militarised dispute against them begun ({@link YearInputs#takeNews}). A crisis, a war or a
     * treaty puts alignment on a government's agenda at once (crisis decision-making: Hermann
     * 1969; punctuated equilibrium: Baumgartner and Jones 1993), while between such moments a
     * state reconsiders only now and then: the two together let stances stay put for years and
     * still move within months of a shock.
     */
    private static void prompts(AlignmentModel m, double t) {
        World w = m.world;
        java.util.Arrays.fill(m.prompted, false);
        double before = m.environmentTime;
        if (Double.isNaN(before) || m.eventReview <= 0) {
            m.yearInputs.takeNews(null);   // news no one acts on is not kept for later
            return;
        }
        m.yearInputs.takeNews(m.prompted);
        for (int e = 0; e < w.events.length; e++) {
            Parameters.Event ev = w.events[e];
            if (ev.size() == 0 || ev.inForce(t) == ev.inForce(before)) continue;
            if (w.eventSource[e] >= 0) m.prompted[w.eventSource[e]] = true;
            for (int tg : w.eventTargets[e]) m.prompted[tg] = true;
        }
    }

    /** Growth or the year's series for each state's attributes, entry into the system, regime affinity. */
    private static void states(AlignmentModel m, double t) {
        World w = m.world;
        Scenario s = w.scenario;
        int n = w.n;
        double elapsed = t - s.time().startYear();
        Parameters.Yearly y = w.yearly;
        double[] growth = w.growthFactors(t, m.stepCount + 1);
        for (int i = 0; i < n; i++) {
            double g = growth != null ? growth[i] : Math.pow(1 + w.growth[i], elapsed);
            m.gdp[i] = y != null && y.gdp() != null ? y.at(y.gdp(), i, t) : w.gdp0[i] * g;
            m.milex[i] = y != null && y.milex() != null ? y.at(y.milex(), i, t) : w.milex0[i] * g;
            m.population[i] = y != null && y.population() != null ? y.at(y.population(), i, t) : w.population[i];
            m.democracy[i] = y != null && y.democracy() != null ? y.at(y.democracy(), i, t) : w.democracy[i];
            m.shareWest[i] = y != null && y.shareWest() != null ? y.at(y.shareWest(), i, t) : w.shareWest0[i];
            m.shareEast[i] = y != null && y.shareEast() != null ? y.at(y.shareEast(), i, t) : w.shareEast0[i];
            boolean present = w.isPole(i) || t >= w.entry[i] - 1e-9;
            if (present != m.active[i]) {
                m.active[i] = present;
                for (int p : w.institutionPartners[i]) m.institutionFresh[p] = false;
            }
        }
        for (int i = 0; i < n; i++) m.regime[i] = y != null && y.democracy() != null ? RegimeAffinity.pull(m.democracy[i], m.democracy[w.west], m.democracy[w.east]) : w.regimeAffinity[i];
    }

    /** The year's status, then the events in force on economies, trade and status, then the shares and status clamped. */
    private static void statusAndEvents(AlignmentModel m, double t) {
        World w = m.world;
        int n = w.n;
        for (int i = 0; i < n; i++) m.status[i] = m.yearInputs.status0[i];
        double[] amounts = w.eventAmounts(t, m.stepCount + 1);
        for (int e = 0; e < w.events.length; e++) {
            Parameters.Event ev = w.events[e];
            if (ev.type() == Parameters.EventType.HOSTILITY) continue;
            double x = amounts != null ? amounts[e] : ev.size() * ev.profile(t);
            if (x == 0) continue;
            int src = w.eventSource[e];
            switch (ev.type()) {
                case POWER -> { m.gdp[src] *= 1 + x; m.milex[src] *= 1 + x; }
                case TRADE -> {
                    double[] share = src == w.west ? m.shareWest : m.shareEast;
                    for (int tg : w.eventTargets[e]) share[tg] += x;
                }
                case STATUS -> { for (int tg : w.eventTargets[e]) m.status[tg] += x; }
                default -> { }
            }
        }
        for (int i = 0; i < n; i++) {
            m.shareWest[i] = clamp(m.shareWest[i], 0, 1);
            m.shareEast[i] = clamp(m.shareEast[i], 0, 1);
            m.status[i] = clamp(m.status[i], 0, 1);
        }
    }

    /** The year's hostility (all of it if the year changed, else the cells that change), then the hostility events in force. */
    private static void hostility(AlignmentModel m, double t, boolean refreshed) {
        World w = m.world;
        int n = w.n;
        YearInputs yi = m.yearInputs;
        if (refreshed) System.arraycopy(yi.base, 0, m.hostility, 0, n * n);
        else for (int c : w.dynamicHostilityCells) m.hostility[c] = yi.base[c];
        double[] amounts = w.eventAmounts(t, m.stepCount + 1);
        for (int e = 0; e < w.events.length; e++) {
            Parameters.Event ev = w.events[e];
            if (ev.type() != Parameters.EventType.HOSTILITY) continue;
            double x = amounts != null ? amounts[e] : ev.size() * ev.profile(t);
            if (x == 0) continue;
            int src = w.eventSource[e];
            for (int tg : w.eventTargets[e]) {
                m.hostility[src * n + tg] += x;
                if (ev.mutual()) m.hostility[tg * n + src] += x;
            }
        }
        // A gesture of cooperation offsets hostile intentions but cannot turn them into protection.
        for (int e = 0; e < w.events.length; e++) {
            Parameters.Event ev = w.events[e];
            if (ev.type() != Parameters.EventType.HOSTILITY || !(ev.size() < 0) || !ev.inForce(t)) continue;
            int src = w.eventSource[e];
            for (int tg : w.eventTargets[e]) {
                m.hostility[src * n + tg] = Math.max(0, m.hostility[src * n + tg]);
                if (ev.mutual()) m.hostility[tg * n + src] = Math.max(0, m.hostility[tg * n + src]);
            }
        }
    }

    /** China's encirclement and strategy, coercion's hostility, the power ratio (capabilities are worked out with what depends on time alone). */
    private static void balanceAndStrategies(AlignmentModel m) {
        World w = m.world;
        Scenario s = w.scenario;
        int n = w.n;
        m.encirclement = PoleStrategies.encirclement(w, m.aggregate, m.alignment, m.active);
        m.coercing = PoleStrategies.coercing(s.china(), m.encirclement);
        m.inducing = PoleStrategies.inducing(s.china(), m.coercing);
        double band = m.hedgingBand;
        for (int i : w.actors) {
            if (m.active[i]) m.hostility[w.east * n + i] += PoleStrategies.coercionHostility(m.chinaCoercion, m.coercing, m.alignment[i] > band);
        }
        m.powerRatio = PowerTrajectory.ratio(w, m.aggregate, m.alignment, m.commitment, m.active, band, s.power().coalitionLevel().ordinal());
    }

    private static double clamp(double x, double lo, double hi) { return x < lo ? lo : x > hi ? hi : x; }
}
