package org.alignsim.analysis;

import org.alignsim.results.Sample;
import org.alignsim.base.UserError;
import org.alignsim.sweep.design.Designs;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris (1991) elementary effects of one outcome and the statistics of Campolongo et al. (2007):
 *
 * <pre>
 *   EE_i = (y(x + Δ e_i) − y(x)) / Δ      with Δ measured on the unit cube: Δ = (x'_i − x_i) / (max_i − min_i)
 *   mu_i  = mean of EE_i     mu*_i = mean of |EE_i|     sigma_i = standard deviation of EE_i (denominator r − 1)
 * </pre>
 *
 * Measuring Δ in unit-cube terms (±p/(2(p−1)) for a p-level grid) makes an effect "change in the
 * outcome per full range of the factor", so factors with different units and ranges compare
 * directly. mu* ranks importance (mu alone can cancel when the effect changes sign); sigma large
 * against mu* flags non-linearity or interactions.
 *
 * <p>Which factor moved between two consecutive rows is recovered from the design itself
 * ({@link Designs#morrisChangedFactor}); design.csv stores the exact doubles, so unchanged
 * coordinates compare equal bit for bit.
 */
final class MorrisEffects {
    private MorrisEffects() {}

    record Summary(double mu, double muStar, double sigma, int effects) {}

    static List<Summary> compute(SweepData data, double[] y) {
        int k = data.k();
        int[] changed;
        try {
            changed = Designs.morrisChangedFactor(data.x, k);
        } catch (IllegalArgumentException e) {
            throw new UserError(data.dir + ": design.csv does not have the morris layout (" + e.getMessage() + ")");
        }
        double delta = Designs.morrisDelta(data.design.levels());
        List<List<Double>> ee = new ArrayList<>();
        for (int i = 0; i < k; i++) ee.add(new ArrayList<>());
        for (int r = 0; r < changed.length; r++) {
            int i = changed[r];
            if (i < 0) continue;
            double step = (data.x[r][i] - data.x[r - 1][i]) / data.factors.get(i).range();
            // Every move of a Morris trajectory is ±Δ; anything else means the levels in sweep.yaml
            // are not the ones the design was built with.
            if (Math.abs(Math.abs(step) - delta) > 1e-9) {
                throw new UserError(data.dir + ": design.csv point " + r + " moves " + data.factors.get(i).path() + " by " + step
                        + " of its range, not the ±" + delta + " of a " + data.design.levels() + "-level morris design");
            }
            ee.get(i).add((y[r] - y[r - 1]) / step);
        }
        List<Summary> out = new ArrayList<>();
        for (List<Double> e : ee) {
            double[] v = e.stream().mapToDouble(Double::doubleValue).toArray();
            double[] abs = e.stream().mapToDouble(d -> Math.abs(d)).toArray();
            // sigma with denominator n - 1, as SALib's; undefined below two effects
            double sigma = v.length < 2 ? Double.NaN : Math.sqrt(Sample.variance(v, true));
            out.add(new Summary(Sample.mean(v), Sample.mean(abs), sigma, v.length));
        }
        return out;
    }
}
