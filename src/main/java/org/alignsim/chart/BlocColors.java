package org.alignsim.chart;

import java.awt.Color;

/**
 * The one palette of AlignSim's blocs, shared by the report charts and the GUI so that a reader
 * learns it once. Colours are from Okabe and Ito's colour-blind-safe set: US-aligned blue,
 * hedging orange, China-aligned vermilion. Blue against the two warm colours stays apart for
 * every common colour-vision deficiency, and the orange/vermilion pair differs in lightness.
 */
public final class BlocColors {
    private BlocColors() {}

    /** The three stances a state can take. */
    public enum Bloc {
        US("US-aligned"), HEDGING("hedging"), CHINA("China-aligned");
        public final String label;
        Bloc(String label) { this.label = label; }
    }

    public static final Color US = new Color(0x0072B2);
    public static final Color HEDGING = new Color(0xE69F00);
    public static final Color CHINA = new Color(0xD55E00);

    /**
     * The rest of the Okabe-Ito set, for series that are not blocs (scenarios, design points),
     * in an order that keeps the first few far from the bloc colours.
     */
    private static final Color[] OTHERS = {
            new Color(0x000000), new Color(0x56B4E9), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x999999), new Color(0xF0E442)};

    /** A colour for the i-th series that is not a bloc (cycles after six). */
    public static Color series(int i) {
        return OTHERS[Math.floorMod(i, OTHERS.length)];
    }

    public static Color of(Bloc b) {
        return switch (b) {
            case US -> US;
            case HEDGING -> HEDGING;
            case CHINA -> CHINA;
        };
    }

    /** The bloc of an alignment, with the model's rule: |alignment| below the band is hedging. */
    public static Bloc blocOf(double alignment, double hedgingBand) {
        if (Math.abs(alignment) < hedgingBand) return Bloc.HEDGING;
        return alignment > 0 ? Bloc.US : Bloc.CHINA;
    }

    /**
     * A colour on the China (-1) - hedging (0) - US (+1) scale, linear in sRGB between the three
     * anchors, so that the ends and the middle are exactly the bloc colours; values outside
     * [-1, 1] are clamped, NaN gives light grey (no data).
     */
    public static Color forAlignment(double a) {
        if (Double.isNaN(a)) return NO_DATA;
        double x = Math.max(-1, Math.min(1, a));
        return x < 0 ? mix(HEDGING, CHINA, -x) : mix(HEDGING, US, x);
    }

    /** Light grey for cells and points without data. */
    public static final Color NO_DATA = new Color(0xDDDDDD);

    /** The colour t of the way from a to b (t in [0, 1]). */
    static Color mix(Color a, Color b, double t) {
        return new Color(lerp(a.getRed(), b.getRed(), t), lerp(a.getGreen(), b.getGreen(), t), lerp(a.getBlue(), b.getBlue(), t));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
