package org.alignsim.gui;

import org.alignsim.geo.Country;
import sim.util.Double2D;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * A plain equirectangular projection of the whole world into a MASON field measured in degrees
 * (x east, y south), 360 degrees wide. The map is cut at a meridian inside the widest empty
 * stretch of longitude between the states' capitals, so that no state is torn: the antimeridian
 * if it lies there (as for every scenario of the project, which then reads like a common world
 * map), else the middle of that stretch. The field's height follows the display's aspect ratio so
 * degrees stay square, centred a little north of the equator, where the land is.
 */
public final class MapProjection {
    private static final double CENTRE_LAT = 5;
    /** The meridian at the field's western edge. */
    private final double west;
    private final double latTop;
    public final double width, height;

    /**
     * @param lat    capitals' latitudes
     * @param lon    capitals' longitudes
     * @param aspect wanted width / height of the field
     */
    public MapProjection(double[] lat, double[] lon, double aspect) {
        west = cut(lon);
        width = 360;
        height = width / aspect;
        latTop = CENTRE_LAT + height / 2;
    }

    /** The antimeridian if it lies in the widest gap between the longitudes, else the gap's middle. */
    static double cut(double[] lon) {
        double[] sorted = lon.clone();
        for (int i = 0; i < sorted.length; i++) sorted[i] = wrap180(sorted[i]);
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) return -180;
        double from = sorted[sorted.length - 1], widest = sorted[0] + 360 - from;   // the gap across the antimeridian
        for (int k = 0; k + 1 < sorted.length; k++) {
            if (sorted[k + 1] - sorted[k] > widest) {
                widest = sorted[k + 1] - sorted[k];
                from = sorted[k];
            }
        }
        boolean antimeridian = from <= 180 && from + widest >= 180;
        return antimeridian ? -180 : wrap180(from + widest / 2);
    }

    /** Field position of a point, in degrees from the field's top-left corner. */
    public Double2D place(double lat, double lon) {
        return new Double2D(x(lon), y(lat));
    }

    public double x(double lon) { return ((lon - west) % 360 + 360) % 360; }

    public double y(double lat) { return latTop - lat; }

    /** The longitude at field x (for the graticule's labels). */
    public double lonAt(double x) { return wrap180(x + west); }

    public double latAt(double y) { return latTop - y; }

    /** A country's outline in field units: both parts of one that reaches past the map's edge. */
    public java.awt.geom.Path2D.Double outline(Country c) {
        java.awt.geom.Path2D.Double p = c.path(west);
        p.transform(new AffineTransform(1, 0, 0, -1, -west, latTop));
        return p;
    }

    /**
     * The field area of a longitude-latitude box (x: longitude from its western edge, width in
     * degrees), cut to the field. A box that crosses the map's cut keeps its larger part.
     */
    public Rectangle2D fieldBox(Rectangle2D lonLat) {
        double x0 = x(lonLat.getMinX()), x1 = x0 + lonLat.getWidth();
        if (x1 > width && x1 - width > width - x0) {
            x0 = 0;
            x1 -= width;
        }
        Rectangle2D box = new Rectangle2D.Double(x0, y(lonLat.getMaxY()), Math.min(x1, width) - x0, lonLat.getHeight());
        return box.createIntersection(new Rectangle2D.Double(0, 0, width, height));
    }

    static double wrap180(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360 - 180;
        return l == -180 ? 180 : l;
    }
}
