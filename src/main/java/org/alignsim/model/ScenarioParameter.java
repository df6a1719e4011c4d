package org.alignsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every single number a scenario's top-level sections may give, each stated once: its key,
 * default, allowed values, unit and meaning. The scenario binder takes defaults and ranges from
 * here, {@link LiveParameter} adds the Console's slider to those a run may change, and a test
 * holds scenarios/README.md's key table to the same values, so that none of them can drift apart.
 *
 * <p>The entries of states, institutions, events and hostility are not here: they are numbers of
 * one state or one event, documented by their own rows. Nor are the keys whose range depends on
 * the scenario (asian_nato.min_members, at most the number of members) or that are lists
 * (commitment.thresholds); the binder states those.
 */
public enum ScenarioParameter {
    START_YEAR("time.start_year", "decimal year", null, closed(1800, 2200), "the year of step 0"),
    HORIZON_YEARS("time.horizon_years", "years", 20.0, openClosed(0, 500), "how long a run lasts"),
    STEPS_PER_YEAR("time.steps_per_year", "steps", 4.0, whole(1, 52), "4 = quarterly"),
    SPIN_UP_YEARS("time.spin_up_years", "years", 10.0, closed(0, 200), "how long the decisions run, the environment held at the start, before step 0"),

    RATIONALITY("decision.rationality", "1/utility", 8.0, closed(0, 1000), "β of the logit rule; 0 = random, large = best response"),
    INERTIA("decision.inertia", "utility", 0.0, closed(0, 1000), "κ: cost of moving away from the current stance"),
    REVISION_RATE("decision.revision_rate", "per year", 0.75, openClosed(0, 1000), "how often a state reconsiders"),
    // Odd as well, so that 0 (hedging) is an option: the binder says so in its own words.
    OPTIONS("decision.options", "count", 41.0, whole(3, 401), "stance positions evenly spaced on [−1, 1]"),
    SHOCK_SD("decision.shock_sd", "utility", 0.95, closed(0, 100), "standard deviation of each state's preference shock"),
    SHOCK_YEARS("decision.shock_years", "years", 1.0, openClosed(0, 1000), "how long a shock persists (its autocorrelation falls by e in this time)"),
    SWITCHING_COST("decision.switching_cost", "utility", 0.0, closed(0, 100), "cost of moving the stance at all, per unit moved"),
    REALIGNMENT_COST("decision.realignment_cost", "utility", 0.1, closed(0, 100), "cost of changing camp: of a stance across the hedging band's edge from the current one"),
    EVENT_REVIEW("decision.event_review", "probability", 1.0, closed(0, 1), "chance that a state an event or the year's data name (a pact made or ended, a dispute begun) reconsiders at once"),

    HEDGING_BAND("blocs.hedging_band", "alignment", 0.3, closed(0, 1), "|alignment| below this counts as hedging"),

    WEIGHT_THREAT("weights.threat", "–", 2.25, closed(0, 100), "weight of threat perception"),
    WEIGHT_TRADE("weights.trade", "–", 4.5, closed(0, 100), "weight of trade dependence"),
    WEIGHT_ARMS("weights.arms", "–", 1.25, closed(0, 100), "weight of arms dependence"),
    WEIGHT_TRADITION("weights.tradition", "–", 2.0, closed(0, 100), "weight of strategic tradition (hedging disposition)"),
    WEIGHT_HIERARCHY("weights.hierarchy", "–", 2.4, closed(0, 100), "weight of the alliance hierarchy"),
    WEIGHT_POWER("weights.power", "–", 1.0, closed(0, 100), "weight of the relative power trajectory"),
    WEIGHT_INSTITUTIONS("weights.institutions", "–", 1.2, closed(0, 100), "weight of institutional influence"),
    WEIGHT_POLES("weights.poles", "–", 1.0, closed(0, 100), "weight of the poles' own strategies"),
    WEIGHT_IDEOLOGY("weights.ideology", "–", 1.0, closed(0, 100), "weight of regime affinity"),

    DISTANCE_SCALE_KM("threat.distance_scale_km", "km", 2500.0, atLeastOpen(0), "threat falls by e per this distance"),
    // The binder also refuses all three at 0: aggregate power would be nothing.
    POWER_MIX_GDP("threat.power_mix.gdp", "–", 0.5, closed(0, 100), "share of GDP in aggregate power"),
    POWER_MIX_MILITARY("threat.power_mix.military", "–", 0.4, closed(0, 100), "share of military spending"),
    POWER_MIX_POPULATION("threat.power_mix.population", "–", 0.1, closed(0, 100), "share of population"),
    OFFENSIVE_SHARE("threat.offensive_share", "–", 0.5, closed(0, 1), "weight of offensive capability against aggregate power"),
    NUCLEAR_BONUS("threat.nuclear_bonus", "–", 0.5, closed(0, 10), "extra offensive capability of a nuclear state"),
    BASELINE_INTENTIONS("threat.baseline_intentions", "hostility", 0.1, closed(0, 10), "threat felt from capability alone between states with no security relationship"),
    REGIME_INTENTIONS("threat.regime_intentions", "hostility per unit of democracy", 0.5, closed(0, 10),
            "intentions a state reads into the capability of a less democratic one it has no security relationship with, per unit of the gap in democracy (0: off)"),
    TRADITION_DISCOUNT("threat.tradition_discount", "per unit of threat", 1.0, closed(0, 20),
            "λ: the strategic tradition's hold on a state standing on the side its net threat points to, divided by 1 + λ × that threat; hedging gives way to a clear threat"),
    ARMS_PARTNER_SHARE("threat.arms_partner_share", "share", 0.25, closed(0, 1), "share of a state's arms imports that makes the supplier a security partner"),
    // The dispute kinds a scenario need not define; it may add its own, in the same range.
    DISPUTE_NONE("threat.dispute_hostility.none", "hostility", 0.0, disputeHostility(), "hostility of the kind none: no dispute"),
    DISPUTE_MARITIME("threat.dispute_hostility.maritime", "hostility", 0.3, disputeHostility(), "hostility a maritime dispute adds, both ways"),
    DISPUTE_LAND("threat.dispute_hostility.land", "hostility", 0.5, disputeHostility(), "hostility a land-border dispute adds, both ways"),
    DISPUTE_TAIWAN("threat.dispute_hostility.taiwan", "hostility", 1.5, disputeHostility(), "hostility the dispute over Taiwan adds, both ways"),

    TRADE_ASYMMETRY("trade.asymmetry", "–", 0.5, closed(0, 1), "γ: how much relative size sharpens dependence"),
    TRADE_SATURATION("trade.saturation", "trade/GDP", 0.03, openClosed(0, 10), "trade with a pole (share of GDP) at which dependence on it is half its most"),
    TRADE_THIRD_PARTY("trade.third_party", "–", 0.0, closed(0, 1), "how much trade with a third state counts as trade with a pole's side"),
    TRADE_THREAT_DISCOUNT("trade.threat_discount", "per unit of threat", 0.4, closed(0, 20), "κ: dependence on a pole's trade divided by 1 + κ × the threat perceived from that pole"),

    NEUTRAL_STATUS("hierarchy.neutral_status", "status", 0.0, closed(0, 1), "status at which the hierarchy neither attracts nor repels"),
    CLIENT_STATUS("hierarchy.client_status", "status", 0.25, closed(0, 1),
            "status in the east pole's hierarchy of its arms clients (outside the west pole's system, a quarter or more of their arms from the east pole, supplying none); 0: the east pole has none"),
    // The binder finds these by each Tier's key, so a new tier needs its entry here.
    STATUS_CORE("hierarchy.status.core", "status", 1.0, closed(0, 1), "status of the core tier"),
    STATUS_INNER("hierarchy.status.inner", "status", 0.75, closed(0, 1), "status of the inner tier"),
    STATUS_ALLY("hierarchy.status.ally", "status", 0.5, closed(0, 1), "status of a treaty ally"),
    STATUS_PARTNER("hierarchy.status.partner", "status", 0.25, closed(0, 1), "status of a partner"),
    STATUS_NONE("hierarchy.status.none", "status", 0.0, closed(0, 1), "status of a state outside the hierarchy"),

    TIPPING_RATIO("power.tipping_ratio", "ratio", 1.0, openClosed(0, 100), "east/coalition power ratio where balancing turns into bandwagoning"),
    TRANSITION_WIDTH("power.transition_width", "ratio", 0.3, openClosed(0, 100), "how sharp that turn is"),

    HYSTERESIS("commitment.hysteresis", "alignment", 0.1, closed(0, 1), "how far below a threshold a state must fall to step down"),
    YEARS_PER_RUNG("commitment.years_per_rung", "years", 1.0, closed(0, 100), "least time between two ladder moves of one state"),

    CHINA_INDUCEMENT("china.inducement", "utility", 0.2, closed(0, 100), "pull of Chinese trade and investment offers"),
    CHINA_COERCION("china.coercion", "utility", 0.3, closed(0, 100), "economic pressure and added hostility toward US-aligned states"),
    ENCIRCLEMENT_THRESHOLD("china.encirclement_threshold", "share", 0.4, closed(0, 1), "encirclement at which an adaptive China switches to coercion"),

    US_PRESSURE("us.pressure", "utility", 0.1, closed(0, 100), "US pressure through trade ties"),
    US_REWARD("us.reward", "utility", 0.1, closed(0, 100), "US rewards, scaled by the partner's status"),

    VOTING_REGIME("voting.regime", "–", 1.5, closed(0, 100), "weight of regime affinity in a state's UN voting position"),
    VOTING_SOFT_BALANCING("voting.soft_balancing", "–", 20.0, closed(0, 1000),
            "weight of soft balancing: how far a state less democratic than the west pole, ally or not, votes against a preponderant west pole"),
    VOTING_PREPONDERANCE("voting.preponderance_threshold", "share", 0.6, closed(0, 1),
            "the west pole's share of its and the next strongest state's aggregate power above which it is soft-balanced"),
    VOTING_DEVELOPMENT("voting.development", "per unit of log income", 0.15, closed(0, 100),
            "weight of the development gap: a state poorer per head than the west pole votes further from it, by this times the log of the ratio"),
    VOTING_DEFERENCE("voting.deference", "per unit of GDP share", 15.0, closed(0, 1000),
            "weight of hegemonic deference: how far a state in the west pole's hierarchy votes toward it per unit of the pole's share of the present states' GDP above the reference, away below"),
    VOTING_HEGEMONY_REFERENCE("voting.hegemony_reference", "share", 0.2, closed(0, 1),
            "the west pole's share of the present states' GDP (at purchasing power parity) at which its allies' votes neither defer to it nor drift away"),
    VOTING_HEGEMONY_SHARE("voting.hegemony_share", "share", null, openClosed(0, 1),
            "the west pole's share of the present states' GDP at purchasing power parity at the start year, for a scenario whose GDP is at market rates", true),

    SUSTAIN_YEARS("asian_nato.sustain_years", "years", 2.0, closed(0, 500), "how long the condition must hold before it counts as formed");

    /** The scenario key, from the top of the file (trade.saturation). */
    public final String key;
    public final String unit;
    /** The value when a scenario does not give one; null when it must (or, if optional, when it may give none). */
    public final Double dflt;
    /** What a scenario may say. */
    public final Range allowed;
    public final String meaning;
    /** Whether a scenario may leave it out though it has no default (the binder then reads null: none given). */
    public final boolean optional;

    ScenarioParameter(String key, String unit, Double dflt, Range allowed, String meaning) {
        this(key, unit, dflt, allowed, meaning, false);
    }

    ScenarioParameter(String key, String unit, Double dflt, Range allowed, String meaning, boolean optional) {
        this.key = key;
        this.unit = unit;
        this.dflt = dflt;
        this.allowed = allowed;
        this.meaning = meaning;
        this.optional = optional;
    }

    /** The last part of the key, as its scenario mapping names it (saturation, of trade.saturation). */
    public String leaf() { return key.substring(key.lastIndexOf('.') + 1); }

    /** The entry of a key (hierarchy.status.core), for keys made from another list (the tiers). */
    public static ScenarioParameter of(String key) {
        for (ScenarioParameter p : values()) if (p.key.equals(key)) return p;
        throw new IllegalArgumentException(key + " is not a single number of a scenario's top-level sections");
    }

    /** The entries directly under a mapping (threat.dispute_hostility), in this file's order. */
    public static List<ScenarioParameter> under(String mapping) {
        List<ScenarioParameter> out = new ArrayList<>();
        for (ScenarioParameter p : values()) if (p.key.substring(0, p.key.lastIndexOf('.')).equals(mapping)) out.add(p);
        return out;
    }

    /** Whether the Console may change it while the model runs, as {@link LiveParameter} says. */
    public boolean live() {
        for (LiveParameter lp : LiveParameter.values()) if (lp.param == this) return true;
        return false;
    }

    /** What a dispute kind's hostility may be, for the kinds named here and any a scenario adds. */
    public static Range disputeHostility() { return closed(0, 10); }

    static Range closed(double min, double max) { return new Range(min, false, max, false); }

    private static Range openClosed(double min, double max) { return new Range(min, true, max, false); }

    private static Range atLeastOpen(double min) { return new Range(min, true, Double.POSITIVE_INFINITY, false); }

    private static Range whole(int min, int max) { return new Range(min, false, max, false, true); }

    /** An interval of numbers, either end open or closed, or of the whole numbers in it. */
    public record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean whole) {
        public Range(double min, boolean minOpen, double max, boolean maxOpen) { this(min, minOpen, max, maxOpen, false); }
    }
}
