package org.alignsim.model;

/**
 * A state's choice of stance when it revises, if not the model's own logit choice over stance
 * positions. Scenarios name the rule with {@code decision.rule}; a rule that needs more than the
 * model (e.g. landscape theory's propensities) is built outside the model and handed in with
 * {@link AlignmentModel#setDecisionRule}, which keeps the model free of other packages.
 */
public interface DecisionRule {
    /**
     * The new alignment of state i, from everyone's current stance (read through the model) and
     * the uniform random number u in [0, 1) drawn for this decision. A rule draws nothing from the
     * model's generator: a step draws every state's numbers before the first decision.
     */
    double decide(AlignmentModel model, int i, double u);
}
