package org.alignsim.model;

import java.util.List;
import java.util.Map;

/**
 * Every typed parameter of a scenario. Validated once when the scenario is loaded; the model
 * trusts these values. Maps are ordered (insertion order of the file) so that runs are
 * reproducible.
 */
public final class Parameters {
    private Parameters() {}

    /**
     * @param spinUpYears years the decisions run before step 0 (the environment held at the start),
     *                    so that the recorded run starts from the stances the mechanisms produce
     *                    rather than from hand-set ones
     */
    public record Time(double startYear, double horizonYears, int stepsPerYear, double spinUpYears) {
        public Time(double startYear, double horizonYears, int stepsPerYear) {
            this(startYear, horizonYears, stepsPerYear, 0);
        }
        public int steps() { return (int) Math.round(horizonYears * stepsPerYear); }
        public int spinUpSteps() { return (int) Math.round(spinUpYears * stepsPerYear); }
        public double dt() { return 1.0 / stepsPerYear; }
    }

    public record Poles(String west, String east) {}

    /**
     * How a revising state chooses: the best stance given a persistent preference shock (the
     * default), the logit choice over stance positions, or landscape theory's two sides.
     */
    public enum Rule {
        PERSISTENT("persistent"), LOGIT("logit"), LANDSCAPE("landscape");
        public final String key;
        Rule(String key) { this.key = key; }
        public static Rule parse(String s) {
            for (Rule r : values()) if (r.key.equals(s)) return r;
            return null;
        }
    }

    /**
     * @param shockSd       standard deviation of a state's persistent preference shock (utility units; persistent rule)
     * @param shockYears    how long the shock persists: its autocorrelation falls by e in this many years
     * @param switchingCost cost of moving the stance at all, per unit moved (a dead zone around the current stance)
     * @param realignmentCost cost of changing camp, i.e. of a stance across the hedging band's edge from the current one (hysteresis at the band)
     * @param eventReview   chance that a state a dated event names, in the step it begins or ends, or the year's data name
     *                      (a pact made or ended, a dispute begun) reconsiders its stance at once
     */
    public record Decision(double rationality, double inertia, double revisionRate, int options, Rule rule,
                           double shockSd, double shockYears, double switchingCost, double realignmentCost, double eventReview) {
        public Decision(double rationality, double inertia, double revisionRate, int options) {
            this(rationality, inertia, revisionRate, options, Rule.LOGIT, 0, 1, 0, 0, 0);
        }
    }

    public record Weights(double threat, double trade, double arms, double tradition, double hierarchy,
                          double power, double institutions, double poles, double ideology) {}

    public record PowerMix(double gdp, double military, double population) {}

    /**
     * @param regimeIntentions intentions a state reads into a less democratic state's capability, per unit of the gap, where no security relationship
     * @param armsPartnerShare share of a state's arms imports that makes its supplier a security partner (no baseline intentions)
     * @param traditionDiscount how much the net threat on a state loosens its strategic tradition's hold (0: not at all)
     */
    public record Threat(double distanceScaleKm, PowerMix powerMix, double offensiveShare,
                         double nuclearBonus, double baselineIntentions, double regimeIntentions,
                         Map<String, Double> disputeHostility, double armsPartnerShare, double traditionDiscount) {}

    /**
     * @param saturation trade with a pole (share of GDP) at which dependence on it is half its most
     * @param thirdParty how much trade with a third state counts as trade with a pole's camp, per
     *                   unit of that state's alignment with the pole (0: only the poles count)
     * @param threatDiscount how much the threat a state perceives from a pole discounts its
     *                   dependence on that pole's trade (0: not at all)
     */
    public record Trade(double asymmetry, double saturation, double thirdParty, double threatDiscount) {
        public Trade(double asymmetry, double saturation) {
            this(asymmetry, saturation, 0, 0);
        }
    }

    /** @param clientStatus the status an arms client of the east pole has in its hierarchy (docs/MODEL.md 7.7) */
    public record Hierarchy(double neutralStatus, Map<Tier, Double> status, double clientStatus) {}

    public record Power(double tippingRatio, double transitionWidth, Ladder coalitionLevel) {}

    /**
     * How a state's UN General Assembly voting position follows from its security stance
     * (docs/MODEL.md 7.16): {@link VotingAlignment}, {@link SoftBalancing}.
     *
     * @param regime                 weight of regime affinity in the voting position
     * @param softBalancing          weight of soft balancing against a preponderant west pole
     * @param preponderanceThreshold the west pole's share of its and the next strongest state's power above which it is resisted
     * @param development            weight of the development gap (the North-South cleavage)
     * @param deference              weight of hegemonic deference, per unit of the west pole's GDP share
     * @param hegemonyReference      the west pole's GDP share at which its allies neither defer nor drift away
     * @param hegemonyShare          the west pole's share of the present states' GDP at purchasing power parity at
     *                               the start year, for a scenario whose GDP is at market rates (held through a run);
     *                               null when the scenario's GDP is the basis itself
     */
    public record Voting(double regime, double softBalancing, double preponderanceThreshold, double development,
                         double deference, double hegemonyReference, Double hegemonyShare) {}

    public record Commitment(double[] thresholds, double hysteresis, double yearsPerRung) {}

    public enum ChinaStrategy {
        NONE("none"), INDUCEMENT("inducement"), COERCION("coercion"), ADAPTIVE("adaptive");
        public final String key;
        ChinaStrategy(String key) { this.key = key; }
        public static ChinaStrategy parse(String s) {
            for (ChinaStrategy c : values()) if (c.key.equals(s)) return c;
            return null;
        }
    }

    public record China(ChinaStrategy strategy, double inducement, double coercion,
                        double encirclementThreshold) {}

    public record Us(double pressure, double reward) {}

    public record AsianNato(List<String> members, Ladder level, int minMembers, double sustainYears) {}

    public record Institution(String name, List<String> members, double cohesion, boolean usLed,
                              Ladder ladder) {}

    /** Trade shares are with the two poles; openness is goods trade / GDP. */
    public record StateTrade(double openness, double withWest, double withEast) {}

    /** A place a state keeps forces outside its own territory (a base in a territory, say Guam). */
    public record Base(String name, double lat, double lon) {}

    /**
     * @param arms         share of the state's arms imports from each supplier (SIPRI)
     * @param forwardBases places outside its territory where it keeps forces (threat is measured from the nearest)
     */
    public record State(String iso3, String name, String region, double lat, double lon,
                        double gdp, double milex, double population, boolean nuclear,
                        double projection, double democracy, StateTrade trade, double hedging,
                        Tier tier, double growth, double alignment, Ladder commitment,
                        Map<String, String> disputes, Map<String, Double> arms, List<Base> forwardBases) {}

    /**
     * State attributes that change year by year (a scenario's {@code series} section): one value
     * per state (scenario order) and whole year from firstYear to lastYear, gaps already filled
     * by the documented rule; a null array where the scenario gives no series for that attribute.
     * entry[i] is the year state i enters the system (Integer.MIN_VALUE: present from the start).
     * The pairwise series are per year, row-major over pairs: the hostility of j toward i that
     * militarised disputes leave ([year][j * n + i]), defence pacts ([year][i * n + j], both ways),
     * arms import shares ([year][i * n + supplier]), whether a state hosts the west pole's forces
     * ([year][i]); hedging per state and year; each state's share of its trade with each other
     * state ([year][i * n + j], bilateral trade data).
     */
    public record Yearly(int firstYear, int lastYear, double[][] gdp, double[][] milex, double[][] population,
                         double[][] democracy, double[][] shareWest, double[][] shareEast, int[] entry,
                         float[][] disputeHostility, boolean[][] pacts, double pactCohesion, double[][] arms,
                         double[][] hedging, boolean[][] hosts, float[][] partners) {

        public Yearly(int firstYear, int lastYear, double[][] gdp, double[][] milex, double[][] population,
                      double[][] democracy, double[][] shareWest, double[][] shareEast, int[] entry) {
            this(firstYear, lastYear, gdp, milex, population, democracy, shareWest, shareEast, entry, null, null, 0, null, null, null, null);
        }

        /** The value at time t, linear between the values of whole years, constant beyond the ends. */
        public double at(double[][] series, int i, double t) {
            double[] v = series[i];
            double x = t - firstYear;
            if (x <= 0) return v[0];
            if (x >= v.length - 1) return v[v.length - 1];
            int k = (int) Math.floor(x);
            double f = x - k;
            return f == 0 ? v[k] : v[k] * (1 - f) + v[k + 1] * f;
        }

        /** The index of the whole year t falls in, within the series' years. */
        public int yearIndex(double t) {
            int k = (int) Math.floor(t + 1e-9) - firstYear;
            return Math.max(0, Math.min(lastYear - firstYear, k));
        }
    }

    public enum EventType {
        HOSTILITY("hostility"), TRADE("trade"), POWER("power"), STATUS("status");
        public final String key;
        EventType(String key) { this.key = key; }
        public static EventType parse(String s) {
            for (EventType e : values()) if (e.key.equals(s)) return e;
            return null;
        }
    }

    /** A shock: targets are already expanded to state codes. halfLife/end are NaN when absent. */
    public record Event(String id, EventType type, String source, List<String> targets,
                        double startYear, double size, double halfLifeYears, double endYear,
                        boolean mutual, String note) {

        /** Share of the event's size in force at time t: 0 before the start and after the end. */
        public double profile(double t) {
            if (t < startYear) return 0;
            if (!Double.isNaN(endYear) && t >= endYear) return 0;
            if (Double.isNaN(halfLifeYears)) return 1;
            return Math.exp(-Math.log(2) * (t - startYear) / halfLifeYears);
        }

        /**
         * Whether the event acts at t, i.e. {@code profile(t) > 0}, without an exponential while a
         * decaying event is fewer than 1,000 half-lives old (the exponential underflows to 0 only
         * after about 1,075).
         */
        public boolean inForce(double t) {
            if (t < startYear) return false;
            if (!Double.isNaN(endYear) && t >= endYear) return false;
            if (Double.isNaN(halfLifeYears) || t - startYear < 1000 * halfLifeYears) return true;
            return profile(t) > 0;
        }
    }
}
