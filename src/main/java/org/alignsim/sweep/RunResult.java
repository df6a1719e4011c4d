package org.alignsim.sweep;

import org.alignsim.model.Outcome;

/** One finished run of a sweep: its outcome and aggregate time series, or why it failed. */
record RunResult(long run, int point, int replication, long seed, Outcome outcome, double[][] series, String error) {
    boolean ok() { return error == null; }
}
