package org.alignsim.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** How a scorecard target judges a value. */
class ValidationTargetTest {
    private static final ValidationSpec.Target ABOVE = new ValidationSpec.Target("un.rho", "above_reference", Double.NaN);

    @Test
    void aTieWithTheReferenceIsNotAbove() {
        // 1 - 6 * 690 / 13800 is the rank correlation of 24 states with squared rank differences 690,
        // once as that formula gives it and once as Pearson's on the ranks gives it: equal but for rounding.
        double formula = 1 - 6 * 690 / 13800.0;
        double roundedUp = Math.nextUp(Math.nextUp(formula));
        assertFalse(ABOVE.met(roundedUp, formula), "a tie up to rounding is not a win over the naive predictor");
        assertFalse(ABOVE.met(formula, formula));
        assertTrue(ValidationSpec.ties(roundedUp, formula), "reported as a tie");
        assertFalse(ValidationSpec.ties(1 - 6 * 688 / 13800.0, formula), "one step of rank correlation apart is no tie");
    }

    @Test
    void oneStepOfRankCorrelationAboveIsAbove() {
        // The next value a rank correlation of 24 states can take lies 6 / 13800 higher.
        double reference = 1 - 6 * 690 / 13800.0, next = 1 - 6 * 688 / 13800.0;
        assertTrue(ABOVE.met(next, reference));
        assertFalse(ABOVE.met(reference, next));
    }

    @Test
    void withoutAReferenceTheTargetCannotBeJudged() {
        assertNull(ABOVE.met(0.9, Double.NaN));
        assertNull(ABOVE.met(Double.NaN, 0.8));
    }
}
