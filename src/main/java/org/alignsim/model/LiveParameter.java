package org.alignsim.model;

import sim.util.Interval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.alignsim.model.Parameters.Rule.LANDSCAPE;
import static org.alignsim.model.Parameters.Rule.LOGIT;
import static org.alignsim.model.Parameters.Rule.PERSISTENT;

/**
 * The parameters a user may change while the model runs (the Console's Model tab), each stated
 * once. The scenario binder takes a key's default and allowed range from here, the model its
 * Console slider and whether the run's decision rule reads it at all, and a test holds
 * scenarios/README.md's key table to the same values, so that none of them can drift apart.
 *
 * <p>Which rules read which parameter follows {@link AlignmentModel#decide}: the persistent rule
 * reads the shock and the switching cost but no rationality; the logit rule reads the rationality
 * and neither of the others; the landscape rule reads the rationality and propensities that were
 * worked out from the scenario's weights when the run started, so the weights, the inertia and
 * the poles' strengths no longer reach its decisions. Every rule draws revisions at the revision
 * rate, and the hedging band sorts states into blocs whatever decided their stances.
 */
public enum LiveParameter {
    WEIGHT_THREAT("weights.threat", "–", 2.25, closed(0, 100), slider(0, 10), "weight of threat perception", PERSISTENT, LOGIT),
    WEIGHT_TRADE("weights.trade", "–", 4.5, closed(0, 100), slider(0, 10), "weight of trade dependence", PERSISTENT, LOGIT),
    WEIGHT_ARMS("weights.arms", "–", 1.25, closed(0, 100), slider(0, 10), "weight of arms dependence", PERSISTENT, LOGIT),
    WEIGHT_TRADITION("weights.tradition", "–", 2.0, closed(0, 100), slider(0, 10), "weight of strategic tradition (hedging disposition)", PERSISTENT, LOGIT),
    WEIGHT_HIERARCHY("weights.hierarchy", "–", 2.4, closed(0, 100), slider(0, 10), "weight of the alliance hierarchy", PERSISTENT, LOGIT),
    WEIGHT_POWER("weights.power", "–", 1.0, closed(0, 100), slider(0, 10), "weight of the relative power trajectory", PERSISTENT, LOGIT),
    WEIGHT_INSTITUTIONS("weights.institutions", "–", 1.2, closed(0, 100), slider(0, 10), "weight of institutional influence", PERSISTENT, LOGIT),
    WEIGHT_POLES("weights.poles", "–", 1.0, closed(0, 100), slider(0, 10), "weight of the poles' own strategies", PERSISTENT, LOGIT),
    WEIGHT_IDEOLOGY("weights.ideology", "–", 1.0, closed(0, 100), slider(0, 10), "weight of regime affinity", PERSISTENT, LOGIT),
    RATIONALITY("decision.rationality", "1/utility", 8.0, closed(0, 1000), slider(0, 50), "β of the logit rule; 0 = random, large = best response", LOGIT, LANDSCAPE),
    INERTIA("decision.inertia", "utility", 0.0, closed(0, 1000), slider(0, 10), "κ: cost of moving away from the current stance", PERSISTENT, LOGIT),
    // The slider reaches 0, which a scenario may not say: the Console can stop all revisions for a while.
    REVISION_RATE("decision.revision_rate", "per year", 0.75, openClosed(0, 1000), slider(0, 12), "how often a state reconsiders", PERSISTENT, LOGIT, LANDSCAPE),
    SHOCK_SD("decision.shock_sd", "utility", 0.95, closed(0, 100), slider(0, 2), "standard deviation of each state's preference shock", PERSISTENT),
    SWITCHING_COST("decision.switching_cost", "utility", 0.0, closed(0, 100), slider(0, 2), "cost of moving the stance at all, per unit moved", PERSISTENT),
    HEDGING_BAND("blocs.hedging_band", "alignment", 0.3, closed(0, 1), slider(0, 1), "|alignment| below this counts as hedging", PERSISTENT, LOGIT, LANDSCAPE),
    CHINA_INDUCEMENT("china.inducement", "utility", 0.2, closed(0, 100), slider(0, 5), "pull of Chinese trade and investment offers", PERSISTENT, LOGIT),
    CHINA_COERCION("china.coercion", "utility", 0.3, closed(0, 100), slider(0, 5), "economic pressure and added hostility toward US-aligned states", PERSISTENT, LOGIT),
    US_PRESSURE("us.pressure", "utility", 0.1, closed(0, 100), slider(0, 5), "US pressure through trade ties", PERSISTENT, LOGIT),
    US_REWARD("us.reward", "utility", 0.1, closed(0, 100), slider(0, 5), "US rewards, scaled by the partner's status", PERSISTENT, LOGIT);

    /** The scenario key, from the top of the file (weights.trade). */
    public final String key;
    public final String unit;
    /** The value when a scenario does not give one. */
    public final double dflt;
    /** What a scenario may say. */
    public final Range allowed;
    /** The Console slider's ends: where values are interesting, often far inside what is allowed. */
    public final Range slider;
    public final String meaning;
    /** The decision rules whose runs it changes; under any other its Console slider would do nothing. */
    public final Set<Parameters.Rule> rules;

    LiveParameter(String key, String unit, double dflt, Range allowed, Range slider, String meaning, Parameters.Rule... rules) {
        this.key = key;
        this.unit = unit;
        this.dflt = dflt;
        this.allowed = allowed;
        this.slider = slider;
        this.meaning = meaning;
        EnumSet<Parameters.Rule> set = EnumSet.noneOf(Parameters.Rule.class);
        Collections.addAll(set, rules);
        this.rules = Collections.unmodifiableSet(set);
    }

    /** The last part of the key, as its scenario mapping names it (trade, of weights.trade). */
    public String leaf() { return key.substring(key.lastIndexOf('.') + 1); }

    /** The bean property MASON shows for it: the constant's name in camel case (WEIGHT_TRADE: WeightTrade). */
    public String property() {
        StringBuilder b = new StringBuilder();
        for (String word : name().split("_")) b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        return b.toString();
    }

    public boolean actsUnder(Parameters.Rule rule) { return rules.contains(rule); }

    /** The slider as MASON's Console takes it (a property's domain). */
    public Interval domain() { return new Interval(slider.min(), slider.max()); }

    private static Range closed(double min, double max) { return new Range(min, false, max, false); }

    private static Range openClosed(double min, double max) { return new Range(min, true, max, false); }

    private static Range slider(double min, double max) { return closed(min, max); }

    /** An interval of numbers, either end open or closed. */
    public record Range(double min, boolean minOpen, double max, boolean maxOpen) {}
}
