package org.alignsim.model;

import sim.util.Interval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static org.alignsim.model.Parameters.Rule.LANDSCAPE;
import static org.alignsim.model.Parameters.Rule.LOGIT;
import static org.alignsim.model.Parameters.Rule.PERSISTENT;

/**
 * The parameters a user may change while the model runs (the Console's Model tab): their Console
 * slider and the decision rules that read them, beside their {@link ScenarioParameter} entry,
 * which states their key, default and allowed range for the binder as for every other number of
 * a scenario. The model builds its sliders from here and offers only those the run's rule reads.
 *
 * <p>Which rules read which parameter follows {@link AlignmentModel#decide}: the persistent rule
 * reads the shock and the switching cost but no rationality; the logit rule reads the rationality
 * and neither of the others; the landscape rule reads the rationality and propensities that were
 * worked out from the scenario's weights when the run started, so the weights, the inertia and
 * the poles' strengths no longer reach its decisions. Every rule draws revisions at the revision
 * rate, and the hedging band sorts states into blocs whatever decided their stances.
 */
public enum LiveParameter {
    WEIGHT_THREAT(ScenarioParameter.WEIGHT_THREAT, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_TRADE(ScenarioParameter.WEIGHT_TRADE, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_ARMS(ScenarioParameter.WEIGHT_ARMS, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_TRADITION(ScenarioParameter.WEIGHT_TRADITION, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_HIERARCHY(ScenarioParameter.WEIGHT_HIERARCHY, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_POWER(ScenarioParameter.WEIGHT_POWER, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_INSTITUTIONS(ScenarioParameter.WEIGHT_INSTITUTIONS, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_POLES(ScenarioParameter.WEIGHT_POLES, slider(0, 10), PERSISTENT, LOGIT),
    WEIGHT_IDEOLOGY(ScenarioParameter.WEIGHT_IDEOLOGY, slider(0, 10), PERSISTENT, LOGIT),
    THREAT_DISCOUNT(ScenarioParameter.TRADE_THREAT_DISCOUNT, slider(0, 5), PERSISTENT, LOGIT),
    TRADITION_DISCOUNT(ScenarioParameter.TRADITION_DISCOUNT, slider(0, 5), PERSISTENT, LOGIT),
    RATIONALITY(ScenarioParameter.RATIONALITY, slider(0, 50), LOGIT, LANDSCAPE),
    INERTIA(ScenarioParameter.INERTIA, slider(0, 10), PERSISTENT, LOGIT),
    // The slider reaches 0, which a scenario may not say: the Console can stop all revisions for a while.
    REVISION_RATE(ScenarioParameter.REVISION_RATE, slider(0, 12), PERSISTENT, LOGIT, LANDSCAPE),
    SHOCK_SD(ScenarioParameter.SHOCK_SD, slider(0, 2), PERSISTENT),
    SWITCHING_COST(ScenarioParameter.SWITCHING_COST, slider(0, 2), PERSISTENT),
    REALIGNMENT_COST(ScenarioParameter.REALIGNMENT_COST, slider(0, 2), PERSISTENT),
    EVENT_REVIEW(ScenarioParameter.EVENT_REVIEW, slider(0, 1), PERSISTENT, LOGIT, LANDSCAPE),
    HEDGING_BAND(ScenarioParameter.HEDGING_BAND, slider(0, 1), PERSISTENT, LOGIT, LANDSCAPE),
    CHINA_INDUCEMENT(ScenarioParameter.CHINA_INDUCEMENT, slider(0, 5), PERSISTENT, LOGIT),
    CHINA_COERCION(ScenarioParameter.CHINA_COERCION, slider(0, 5), PERSISTENT, LOGIT),
    US_PRESSURE(ScenarioParameter.US_PRESSURE, slider(0, 5), PERSISTENT, LOGIT),
    US_REWARD(ScenarioParameter.US_REWARD, slider(0, 5), PERSISTENT, LOGIT);

    /** Its entry among all of a scenario's numbers: its key, default, allowed range, unit and meaning. */
    public final ScenarioParameter param;
    /** The scenario key, from the top of the file (weights.trade). */
    public final String key;
    public final String unit;
    /** The value when a scenario does not give one. */
    public final double dflt;
    /** What a scenario may say. */
    public final ScenarioParameter.Range allowed;
    /** The Console slider's ends: where values are interesting, often far inside what is allowed. */
    public final ScenarioParameter.Range slider;
    public final String meaning;
    /** The decision rules whose runs it changes; under any other its Console slider would do nothing. */
    public final Set<Parameters.Rule> rules;

    LiveParameter(ScenarioParameter param, ScenarioParameter.Range slider, Parameters.Rule... rules) {
        this.param = param;
        this.key = param.key;
        this.unit = param.unit;
        this.dflt = param.dflt;
        this.allowed = param.allowed;
        this.slider = slider;
        this.meaning = param.meaning;
        EnumSet<Parameters.Rule> set = EnumSet.noneOf(Parameters.Rule.class);
        Collections.addAll(set, rules);
        this.rules = Collections.unmodifiableSet(set);
    }

    /** The bean property MASON shows for it: the constant's name in camel case (WEIGHT_TRADE: WeightTrade). */
    public String property() {
        StringBuilder b = new StringBuilder();
        for (String word : name().split("_")) b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        return b.toString();
    }

    public boolean actsUnder(Parameters.Rule rule) { return rules.contains(rule); }

    /** The slider as MASON's Console takes it (a property's domain). */
    public Interval domain() { return new Interval(slider.min(), slider.max()); }

    /** The Console's tooltip: what it means, its unit and its scenario key, so a user can find it in a file. */
    public String description() {
        return "<html>" + meaning + (unit.isEmpty() || unit.equals("–") ? "" : " (" + unit + ")") + "<br><tt>" + key + "</tt></html>";
    }

    private static ScenarioParameter.Range slider(double min, double max) { return ScenarioParameter.closed(min, max); }
}
