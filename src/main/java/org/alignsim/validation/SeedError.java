package org.alignsim.validation;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The Monte Carlo error of a score that is a mean over independent seeds: how far another set of
 * seeds could move it. A target met at 20 seeds by less than this is met within seed noise, not
 * beyond it; the reader should see that beside the value rather than learn it by rerunning at 200.
 * The interval is Student's t on the per-seed values (seeds are independent draws of one
 * distribution), so it widens for few seeds.
 *
 * @param mean the mean of the per-seed values
 * @param standardError their standard deviation over the square root of the number of seeds
 * @param low the lower end of the central interval at the level asked for
 * @param high its upper end
 */
record SeedError(double mean, double standardError, double low, double high) {

    /** Mean, standard error and central t interval of per-seed values; NaN error with fewer than two seeds. */
    static SeedError of(double[] perSeed, double level) {
        int n = perSeed.length;
        double mean = 0;
        for (double v : perSeed) mean += v / n;
        if (n < 2) return new SeedError(mean, Double.NaN, Double.NaN, Double.NaN);
        double ss = 0;
        for (double v : perSeed) ss += (v - mean) * (v - mean);
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        return new SeedError(mean, se, mean - t * se, mean + t * se);
    }
}
