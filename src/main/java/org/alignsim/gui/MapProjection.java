package org.alignsim.gui;

import sim.util.Double2D;

/**
 * A plain equirectangular projection of the capitals into a MASON field measured in degrees
 * (x east, y south). The map is cut at the widest empty stretch of longitude between capitals
 * (the Pacific for the project's scenarios), so Europe, Asia and North America all sit in one
 * piece. The field is widened or heightened to the display's aspect ratio so degrees stay square
 * and the states stay centred.
 */
public final class MapProjection {
    /** Longitude at the left edge of the states' span (after the cut). */
    private final double lonStart;
    private final double latTop;
    private final double xPad, yPad;
    public final double width, height;

    /**
     * @param lat    capitals' latitudes
     * @param lon    capitals' longitudes
     * @param aspect wanted width / height of the field
     * @param margin degrees of empty map around the outermost capitals
     */
    public MapProjection(double[] lat, double[] lon, double aspect, double margin) {
        double[] sorted = lon.clone();
        for (int i = 0; i < sorted.length; i++) sorted[i] = wrap180(sorted[i]);
        java.util.Arrays.sort(sorted);
        // The widest gap, counting the one that wraps round from the last longitude to the first.
        double start = sorted.length == 0 ? 0 : sorted[0], widest = -1;
        for (int k = 0; k < sorted.length; k++) {
            double next = k + 1 < sorted.length ? sorted[k + 1] : sorted[0] + 360;
            if (next - sorted[k] > widest) {
                widest = next - sorted[k];
                start = next;
            }
        }
        lonStart = start;
        double span = 0, top = -90, bottom = 90;
        for (int i = 0; i < lon.length; i++) {
            span = Math.max(span, relative(lon[i]));
            top = Math.max(top, lat[i]);
            bottom = Math.min(bottom, lat[i]);
        }
        if (lat.length == 0) { top = 0; bottom = 0; }
        double w = span + 2 * margin, h = top - bottom + 2 * margin;
        if (w / h < aspect) w = h * aspect; else h = w / aspect;
        width = w;
        height = h;
        latTop = top;
        xPad = (w - span) / 2;
        yPad = (h - (top - bottom)) / 2;
    }

    /** Field position of a point, in degrees from the field's top-left corner. */
    public Double2D place(double lat, double lon) {
        return new Double2D(x(lon), y(lat));
    }

    public double x(double lon) { return relative(lon) + xPad; }

    public double y(double lat) { return latTop - lat + yPad; }

    /** Degrees east of the cut, in [0, 360). */
    private double relative(double lon) {
        return ((lon - lonStart) % 360 + 360) % 360;
    }

    /** The longitude at field x (for the graticule's labels). */
    public double lonAt(double x) { return wrap180(x - xPad + lonStart); }

    public double latAt(double y) { return latTop + yPad - y; }

    static double wrap180(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 ? 180 : l;
    }
}
