package org.alignsim.analysis;


import org.alignsim.results.Sample;
import org.alignsim.base.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A finished sweep's result folder, read generically by column name: the design points, every
 * run's outcomes, the design settings and the factors' ranges. Nothing here knows the alignment model,
 * so a sweep of any {@link org.alignsim.sweep.RunKernel} reads the same way.
 */
public final class SweepData {
    /** A swept factor: its key path and the range it was sampled over (NaN for a list of words). */
    public record Factor(String path, double min, double max) {
        public double range() { return max - min; }
    }

    /** The design settings a sampled design was built with, from the sweep file in the folder. */
    public record Design(String type, int samples, boolean secondOrder, int levels) {}

    public final Path dir;
    public final Design design;
    public final List<Factor> factors;
    /** Factor values per design point, exactly as the runs used them; NaN for non-numeric levels. */
    public final double[][] x;
    public final int replications;
    /** Outcome columns of runs.csv, in file order (the columns after the factors). */
    public final List<String> outcomes;
    /** Per outcome, the run values in run order (run = point * replications + replication); NaN = empty. */
    private final Map<String, double[]> values;

    SweepData(Path dir, Design design, List<Factor> factors, double[][] x, int replications,
              List<String> outcomes, Map<String, double[]> values) {
        this.dir = dir;
        this.design = design;
        this.factors = factors;
        this.x = x;
        this.replications = replications;
        this.outcomes = outcomes;
        this.values = values;
    }

    public int points() { return x.length; }

    public int k() { return factors.size(); }

    public List<String> factorPaths() { return factors.stream().map(Factor::path).toList(); }

    /** Reads and checks a sweep folder (see {@link SweepReader}). */
    public static SweepData read(Path dir) {
        return SweepReader.read(dir);
    }

    /** The outcome's value in each run, in run order. */
    public double[] runValues(String outcome) {
        double[] v = values.get(outcome);
        if (v == null) throw unknownOutcome(outcome);
        return v;
    }

    /**
     * The outcome averaged over each design point's replications. Every estimator here works on
     * these point means: the indices then describe how the factors move the expected outcome,
     * and replication noise only enters through the variance that remains in a mean of R runs.
     */
    public double[] pointMeans(String outcome) {
        double[] v = runValues(outcome);
        double[] mean = new double[points()];
        for (int p = 0; p < mean.length; p++) {
            double s = 0;
            for (int r = 0; r < replications; r++) s += v[p * replications + r];
            mean[p] = s / replications;
        }
        return mean;
    }

    /**
     * The share of the variance of the point means that is replication noise: the mean
     * within-point variance divided by R, over the variance of the point means. Near 0: the
     * replications agree and the indices describe the factors; near 1: the indices mostly
     * describe noise. NaN with one replication (no within-point variance to measure).
     */
    public double noiseShare(String outcome) {
        if (replications < 2) return Double.NaN;
        double[] v = runValues(outcome);
        double[] mean = pointMeans(outcome);
        double within = 0;
        for (int p = 0; p < mean.length; p++) {
            double ss = 0;
            for (int r = 0; r < replications; r++) ss += sq(v[p * replications + r] - mean[p]);
            within += ss / (replications - 1);
        }
        within /= mean.length;
        // denominator n, as numpy's var and SALib's estimators use
        double total = Sample.variance(mean, false);
        return total > 0 ? within / replications / total : Double.NaN;
    }

    /** Checks that the outcome exists and has a value in every run; returns how many runs lack one. */
    public int missingValues(String outcome) {
        int n = 0;
        for (double d : runValues(outcome)) if (Double.isNaN(d)) n++;
        return n;
    }

    /**
     * The outcomes an analysis should cover: those asked for (each checked), or by default the
     * headline outcomes of the alignment model if present, else every outcome column with a value
     * in every run (a test kernel's "y"). The model's 40 per-state alignment columns are left out
     * of the default so the table on the screen stays readable; ask for them by name.
     */
    public List<String> chooseOutcomes(List<String> asked, String method) {
        List<String> out = new ArrayList<>();
        if (asked != null && !asked.isEmpty()) {
            for (String o : asked) {
                if (!values.containsKey(o)) throw unknownOutcome(o);
                int missing = missingValues(o);
                if (missing > 0) {
                    throw new UserError("outcome " + o + " is empty in " + missing + " of " + runValues(o).length
                            + " runs (e.g. an event that never happened); " + method + " needs a value in every run");
                }
                if (!out.contains(o)) out.add(o);
            }
            return out;
        }
        for (String o : HEADLINE) if (values.containsKey(o) && missingValues(o) == 0) out.add(o);
        if (out.isEmpty()) for (String o : outcomes) if (missingValues(o) == 0) out.add(o);
        if (out.isEmpty()) throw new UserError(dir + ": no outcome column has a value in every run");
        return out;
    }

    /** Default outcomes of the alignment model: does an Asian NATO form, and how big is each bloc. */
    static final List<String> HEADLINE = List.of("asian_nato_formed", "share_us_gdp", "share_us_count", "mean_alignment");

    public UserError unknownOutcome(String name) {
        return new UserError("unknown outcome '" + name + "'; valid: " + String.join(", ", outcomes));
    }

    private static double sq(double v) { return v * v; }

    @Override
    public String toString() {
        return "SweepData[" + dir + ", " + design + ", " + points() + " points x " + replications + ", factors " + factorPaths() + ", outcomes " + Arrays.toString(outcomes.toArray()) + "]";
    }
}
