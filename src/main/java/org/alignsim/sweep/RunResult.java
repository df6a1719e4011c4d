package org.alignsim.sweep;

/** One finished run of a sweep: its outcome and aggregate time series, or why it failed. */
/** stance: per step, alignment and commitment of each state interleaved (only with --keep states). */
record RunResult(long run, int point, int replication, long seed, double[] outcomes, double[][] series, double[][] stance, String error) {
    boolean ok() { return error == null; }
}
