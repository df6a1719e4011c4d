package org.alignsim.analysis;

/** Plain moments, written out so that the conventions (which denominator) are visible. */
final class Stats {
    private Stats() {}

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s / v.length;
    }

    /** Population variance (denominator n), as numpy's var and SALib's estimators use. */
    static double variance(double[] v) {
        double m = mean(v), s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return s / v.length;
    }

    /** Sample standard deviation (denominator n - 1), Morris's sigma as in SALib; NaN below two values. */
    static double sampleSd(double[] v) {
        if (v.length < 2) return Double.NaN;
        double m = mean(v), s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return Math.sqrt(s / (v.length - 1));
    }
}
