package org.alignsim.chart;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The bloc palette: Okabe-Ito colours at the anchors of the alignment scale, the model's hedging rule. */
class BlocColorsTest {

    @Test
    void anchorsAreTheBlocColours() {
        assertEquals(new Color(0x0072B2), BlocColors.forAlignment(1));
        assertEquals(new Color(0xE69F00), BlocColors.forAlignment(0));
        assertEquals(new Color(0xD55E00), BlocColors.forAlignment(-1));
        assertEquals(BlocColors.US, BlocColors.forAlignment(7), "clamped");
        assertEquals(BlocColors.CHINA, BlocColors.forAlignment(-7), "clamped");
        assertEquals(BlocColors.NO_DATA, BlocColors.forAlignment(Double.NaN));
        assertNotEquals(BlocColors.forAlignment(0.5), BlocColors.forAlignment(-0.5));
    }

    @Test
    void blocsFollowTheHedgingBand() {
        assertEquals(BlocColors.Bloc.HEDGING, BlocColors.blocOf(0.29, 0.3));
        assertEquals(BlocColors.Bloc.US, BlocColors.blocOf(0.3, 0.3));
        assertEquals(BlocColors.Bloc.CHINA, BlocColors.blocOf(-0.3, 0.3));
        assertEquals(BlocColors.US, BlocColors.of(BlocColors.Bloc.US));
    }

    @Test
    void seriesColoursCycleAndAvoidTheBlocs() {
        for (int i = 0; i < 4; i++) {
            assertNotEquals(BlocColors.US, BlocColors.series(i));
            assertNotEquals(BlocColors.HEDGING, BlocColors.series(i));
            assertNotEquals(BlocColors.CHINA, BlocColors.series(i));
        }
        assertEquals(BlocColors.series(0), BlocColors.series(6));
    }
}
