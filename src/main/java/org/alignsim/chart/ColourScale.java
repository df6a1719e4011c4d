package org.alignsim.chart;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;

/**
 * A continuous colour scale for heat maps and scatter plots: colours spaced evenly between the
 * bounds and blended linearly in between. The lower bound gets exactly the first colour and the
 * upper bound exactly the last, which the phase-diagram test relies on.
 */
public final class ColourScale implements PaintScale {
    /** viridis (R's viridis(10)): perceptually even, colour-blind-safe, readable in greyscale. */
    private static final Color[] VIRIDIS = {
            new Color(0x440154), new Color(0x482878), new Color(0x3E4A89), new Color(0x31688E), new Color(0x26828E),
            new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59), new Color(0xB4DE2C), new Color(0xFDE725)};

    private final double lower, upper;
    private final Color[] stops;

    private ColourScale(double lower, double upper, Color[] stops) {
        if (!(upper > lower)) {
            // A flat surface still needs a non-empty scale; centre it on the one value.
            double mid = Double.isFinite(lower) ? lower : 0;
            lower = mid - 0.5;
            upper = mid + 0.5;
        }
        this.lower = lower;
        this.upper = upper;
        this.stops = stops;
    }

    /** A sequential scale for an outcome without a sign (shares, probabilities, counts). */
    public static ColourScale viridis(double lower, double upper) {
        return new ColourScale(lower, upper, VIRIDIS);
    }

    /** The bloc scale on [-1, 1] for alignments: China-aligned, hedging, US-aligned. */
    public static ColourScale alignment() {
        return new ColourScale(-1, 1, new Color[]{BlocColors.CHINA, BlocColors.HEDGING, BlocColors.US});
    }

    @Override
    public double getLowerBound() { return lower; }

    @Override
    public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) { return colour(value); }

    public Color colour(double value) {
        if (Double.isNaN(value)) return BlocColors.NO_DATA;
        double t = (Math.max(lower, Math.min(upper, value)) - lower) / (upper - lower);
        double pos = t * (stops.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= stops.length - 1) return stops[stops.length - 1];
        return BlocColors.mix(stops[i], stops[i + 1], pos - i);
    }

    public Color lowColour() { return stops[0]; }

    public Color highColour() { return stops[stops.length - 1]; }
}
