package org.alignsim.model;

import java.util.Map;

/**
 * What a run ends with.
 *
 * @param asianNatoYear the year the Asian NATO condition began the episode that lasted long
 *                      enough to count as formed, or NaN if it never formed
 * @param finalAlignment alignment of every state at the end, in scenario order
 */
public record Outcome(boolean asianNatoFormed, double asianNatoYear, boolean asianNatoAtEnd,
                      Aggregates last, Map<String, Double> finalAlignment, Map<String, Integer> finalCommitment) {
}
