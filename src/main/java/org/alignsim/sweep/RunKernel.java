package org.alignsim.sweep;

import java.util.List;
import java.util.Map;

/**
 * What one run of a sweep is. The sweep machinery (designs, seeds, parallel execution, files,
 * resume, shards) does not care what it runs: the alignment model is one kernel, and the tests of
 * the sensitivity estimators plug in analytic test functions through the very same path.
 */
public interface RunKernel {
    /** Per-run outcome columns of runs.csv, after the factor columns. */
    List<String> outcomes();

    /** Outcomes recorded every step, summarised across replications in timeseries.csv. */
    List<String> seriesOutcomes();

    /** State codes for per-state trajectories (--keep states); empty if the kernel has none. */
    List<String> stateCodes();

    int steps();

    double startYear();

    double dt();

    /** Everything a design point's runs share (e.g. the compiled World); may throw on a bad point. */
    Object prepare(Map<String, Object> overrides);

    /** One run. series has steps + 1 rows of seriesOutcomes; stance (only when asked) per step, each state's stance, UN vote and commitment interleaved. */
    Run run(Object prepared, long seed, boolean keepStates);

    record Run(double[] outcomes, double[][] series, double[][] stance) {}
}
