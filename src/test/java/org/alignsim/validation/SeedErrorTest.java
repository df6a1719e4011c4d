package org.alignsim.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedErrorTest {

    /** 0.1, 0.2, 0.3: sd 0.1, standard error 0.1 / sqrt 3, and t(2) at 0.975 is 4.3027 (any t table). */
    @Test
    void threeSeedsGiveTheTIntervalOfATable() {
        SeedError e = SeedError.of(new double[]{0.1, 0.2, 0.3}, 0.95);
        assertEquals(0.2, e.mean(), 1e-12);
        assertEquals(0.1 / Math.sqrt(3), e.standardError(), 1e-12);
        assertEquals(0.2 - 4.3027 * 0.1 / Math.sqrt(3), e.low(), 1e-4);
        assertEquals(0.2 + 4.3027 * 0.1 / Math.sqrt(3), e.high(), 1e-4);
    }

    /** The same spread over more seeds: the error shrinks with the square root of their number and t nears 1.96. */
    @Test
    void moreSeedsNarrowTheInterval() {
        double[] few = {0.1, 0.2, 0.3}, many = new double[300];
        for (int k = 0; k < many.length; k++) many[k] = few[k % 3];
        SeedError a = SeedError.of(few, 0.95), b = SeedError.of(many, 0.95);
        assertEquals(0.2, b.mean(), 1e-12);
        assertTrue(b.high() - b.low() < (a.high() - a.low()) / 20, "100 times the seeds: a tenth of the error, and t falls from 4.3 to about 1.97");
        assertEquals(1.968, (b.high() - b.mean()) / b.standardError(), 2e-3);
    }

    @Test
    void seedsThatAgreeHaveNoErrorAndOneSeedHasNoneToMeasure() {
        SeedError same = SeedError.of(new double[]{0.25, 0.25, 0.25, 0.25}, 0.95);
        assertEquals(0.0, same.standardError());
        assertEquals(0.25, same.low(), 1e-15);
        assertEquals(0.25, same.high(), 1e-15);
        SeedError one = SeedError.of(new double[]{0.4}, 0.95);
        assertEquals(0.4, one.mean());
        assertTrue(Double.isNaN(one.standardError()) && Double.isNaN(one.low()) && Double.isNaN(one.high()));
    }
}
