package org.alignsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run ends with. The final stances and rungs are kept as arrays in scenario order: a sweep
 * reads them once per run, and building two maps of boxed numbers for every run cost as much as a
 * tenth of a sweep; the maps are made only when asked for.
 *
 * @param asianNatoYear the year the Asian NATO condition began the episode that lasted long
 *                      enough to count as formed, or NaN if it never formed
 * @param codes         the states' codes, in scenario order
 * @param alignments    alignment of every state at the end (NaN if it has not entered), in scenario order
 * @param commitments   commitment rung of every state at the end, in scenario order
 */
public record Outcome(boolean asianNatoFormed, double asianNatoYear, boolean asianNatoAtEnd,
                      Aggregates last, String[] codes, double[] alignments, int[] commitments) {

    /** State i's final alignment (scenario order). */
    public double alignment(int i) { return alignments[i]; }

    /** State i's final commitment rung (scenario order). */
    public int commitment(int i) { return commitments[i]; }

    /** Alignment of every state at the end, by code, in scenario order. */
    public Map<String, Double> finalAlignment() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) m.put(codes[i], alignments[i]);
        return Collections.unmodifiableMap(m);
    }

    /** Commitment rung of every state at the end, by code, in scenario order. */
    public Map<String, Integer> finalCommitment() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) m.put(codes[i], commitments[i]);
        return Collections.unmodifiableMap(m);
    }
}
