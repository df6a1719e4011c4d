package org.alignsim.runtime;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.DecisionRule;

/**
 * Landscape theory as the decision rule of a running model ({@code decision.rule: landscape}):
 * a revising state joins the side, west (+1) or east (-1), that lowers its own frustration
 * F_i(x) = sum_j s_j p_ij d_ij(x) (Axelrod and Bennett 1993), given where the others stand now.
 * Others may hedge, so the distance is continuous, d_ij(x) = |x - a_j| / 2: 0 beside a state on
 * the same side, 1 across from one on the other side, 1/2 from a hedger. The choice between the
 * two sides is a logit one with the model's rationality, so at high rationality the states walk
 * down the landscape one at a time into a local minimum, as the theory's myopic actors do.
 */
public final class LandscapeDecision implements DecisionRule {
    private final Landscape landscape;

    public LandscapeDecision(Landscape landscape) {
        this.landscape = landscape;
    }

    @Override
    public double decide(AlignmentModel model, int i, double u) {
        int n = landscape.n();
        double west = 0, east = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            double w = landscape.size(j) * landscape.propensity(i, j), a = model.alignment(j);
            west += w * (1 - a) / 2;
            east += w * (1 + a) / 2;
        }
        double pWest = 1 / (1 + Math.exp(model.getRationality() * (west - east)));
        return u < pWest ? 1 : -1;
    }
}
