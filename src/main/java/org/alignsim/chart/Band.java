package org.alignsim.chart;

import java.awt.Color;

/**
 * One line with its band: at each x a central value (median or mean) and a low and high value
 * (e.g. the 5 % and 95 % quantiles across replications). For a single run lo = mid = hi and the
 * band has no width. NaN marks a missing value.
 */
public record Band(String label, Color colour, double[] x, double[] lo, double[] mid, double[] hi) {
    public Band {
        if (lo.length != x.length || mid.length != x.length || hi.length != x.length) {
            throw new IllegalArgumentException("band " + label + ": arrays of different lengths");
        }
    }

    /** A line without a band. */
    public static Band line(String label, Color colour, double[] x, double[] y) {
        return new Band(label, colour, x, y, y, y);
    }

    public boolean hasWidth() {
        for (int i = 0; i < x.length; i++) if (hi[i] > lo[i]) return true;
        return false;
    }
}
