package org.alignsim.runtime;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Mechanism;
import org.alignsim.model.Parameters;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;

import java.util.Arrays;

/**
 * Sizes and propensities of a landscape built from a scenario's state data and AlignSim's own
 * mechanisms, evaluated at the scenario's start (step 0, before any decision), with the
 * scenario's weights. Every state is an actor, the two poles included.
 *
 * <p><b>Size</b> s_i = agg_i / max_k agg_k, the state's aggregate power (GDP, military spending
 * and population shares mixed by {@code threat.power_mix}, MODEL.md §7.3) relative to the
 * strongest state: a capability share, as the Correlates of War capability index that a public
 * reconstruction of Axelrod and Bennett's European case uses (a share of military, industrial and
 * demographic resources). Scaling all sizes by one factor multiplies every energy by its square and changes
 * no minimum; relative to the strongest, a size is on the scale of the model's capability (also
 * relative to the strongest), which is what lets it stand in for capability in the threat term.
 * GDP and military spending are those at the start: growth and power events already under way
 * included (both scale GDP and military spending by the same factor, so the model's public GDP
 * gives both).
 *
 * <p><b>Propensity</b>, for i != j:
 * <pre>
 *   p_ij = w_inst  * sum over institutions I holding both of kappa_I / (|I| - 1)
 *        - w_threat * (T_ij / cap_j + T_ji / cap_i) / 2
 *        + w_arms  * (q_ij + q_ji) / 2  (q: shares of arms imports)
 *        + w_ideo  * r_i * r_j,        r_i = |d_i - d_E| - |d_i - d_W|  (the regime-affinity pull, §7.10)
 *        + [j = W] D_i / s_W  +  [i = W] D_j / s_W
 * </pre>
 * <ul>
 * <li>Institutions: in the model, co-member j pulls i toward its stance with kappa_I / (|I| - 1)
 *     (the cohesion spread over the fellow members, §7.9). That coefficient is symmetric and is
 *     the pair's affinity.</li>
 * <li>Mutual threat: T_ij is the threat i perceives from j at the start
 *     ({@link AlignmentModel#threatFrom}: j's capability cap_j times proximity times j's hostility
 *     toward i, events under way included, §7.4). A state balances by moving away from the side a
 *     threatening state stands on, so threat is a propensity to be apart. Divided by cap_j it is
 *     hostility times proximity: the energy multiplies it by s_j again, which stands in for the
 *     capability, so the threat is not counted twice. The mean of the two directions makes it
 *     symmetric, as landscape theory requires (a one-sided threat counts half for each).</li>
 * <li>Arms ties: half the weighted share of i's arms imports from supplier k, both ways.</li>
 * <li>Regime affinity: r_i is the model's unweighted ideology pull (§7.10). The product is
 * positive for two democracies or two autocracies and negative for a mixed pair; since
 * r_i r_j = (r_i^2 + r_j^2 - (r_i - r_j)^2) / 2 it falls with the squared regime distance.
 * The reconstruction of Axelrod and Bennett's European case likewise counts a shared or different
 * type of government.</li>
 * <li>Pulls toward a side as such: D_i = L_trade + C_hierarchy + C_power + C_poles, the model's
 *     weighted step-0 pulls for i (alliance hierarchy, power trajectory and the poles' strategies,
 *     which are linear, and trade dependence's linear coefficient), all net pulls toward the west
 *     pole. Trade enters by its linear coefficient (V_W - V_E) / 2, half the difference its
 *     utility makes between the two ends, and not by its slope where the state stands, which
 *     also holds a state dependent on both poles toward the middle: with two sides and no middle
 *     that hold would read as a preference for the east wherever a state stands west of the
 *     centre. They enter as a propensity between i and the west pole, divided by the west pole's
 *     size so that in i's frustration they weigh what they weigh in the model's decision
 *     (s_W p_iW = D_i).</li>
 * </ul>
 * The tradition term (a curvature that favours hedging, §7.6) has no counterpart: landscape
 * theory has two coalitions and no middle, which is the main reason the two rules can differ
 * for hedgers.
 */
public final class ScenarioLandscape {
    private ScenarioLandscape() {}

    public static Landscape of(Scenario s) {
        World w = new World(s);
        AlignmentModel m = new AlignmentModel(w, 0);
        m.start();   // step 0: environment and every actor's contributions, no decision drawn yet
        int n = w.n;
        double[] size = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) max = Math.max(max, m.aggregatePower(i));
        for (int i = 0; i < n; i++) {
            size[i] = m.aggregatePower(i) / max;
            // The data never give a state no GDP, military or population share, but the theory
            // needs positive sizes whatever a scenario says.
            if (!(size[i] > 0)) size[i] = Double.MIN_NORMAL;
        }
        double[] p = new double[n * n];
        Parameters.Weights wt = s.weights();
        for (int k = 0; k < w.institutionMembers.length; k++) {
            int[] mem = w.institutionMembers[k];
            if (mem.length < 2) continue;
            double per = w.institutionCohesion[k] / (mem.length - 1);
            for (int a : mem) for (int b : mem) if (a != b) p[a * n + b] += wt.institutions() * per;
        }
        for (int i = 0; i < n; i++) {
            for (int k : w.suppliers[i]) {
                // An arms tie holds client and supplier together, as an institution does; halved each way to stay symmetric.
                double tie = wt.arms() * w.armsShare[i * n + k] / 2;
                p[i * n + k] += tie;
                p[k * n + i] += tie;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                p[i * n + j] -= wt.threat() * (perCapability(m.threatFrom(i, j), m.capability(j)) + perCapability(m.threatFrom(j, i), m.capability(i))) / 2;
                p[i * n + j] += wt.ideology() * w.regimeAffinity[i] * w.regimeAffinity[j];
            }
        }
        for (int i : w.actors) {
            double d = m.tradeSidePull(i) + m.contribution(Mechanism.HIERARCHY, i)
                    + m.contribution(Mechanism.POWER, i) + m.contribution(Mechanism.POLES, i);
            p[i * n + w.west] += d / size[w.west];
            p[w.west * n + i] += d / size[w.west];
        }
        m.finish();
        return new Landscape(Arrays.asList(w.codes), size, p);
    }

    private static double perCapability(double threat, double cap) {
        return cap > 0 ? threat / cap : 0;
    }
}
