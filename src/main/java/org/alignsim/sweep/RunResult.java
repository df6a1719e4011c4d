package org.alignsim.sweep;

/**
 * One finished run of a sweep as its files will hold it, formatted by the worker that ran it so
 * that the single writer only copies text: its runs.csv row, its states.csv rows (empty unless
 * --keep states) and, from the worker that finished a point's last replication, the point's
 * timeseries.csv rows (else null).
 */
record RunResult(long run, int point, boolean ok, String row, String states, String timeseries) {}
