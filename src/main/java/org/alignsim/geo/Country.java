package org.alignsim.geo;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One country of the world map: its code, its name, the point where its label goes (inside its
 * largest polygon, away from the edges) and its polygons, each a list of rings in degrees, the
 * outline first and its holes after it. A ring is a flat array lon0, lat0, lon1, lat1, ..., open
 * (its last point is not repeated), with continuous longitudes (it may run on past 180).
 *
 * @param iso3 ISO 3166-1 alpha-3, or Natural Earth's own code for the few areas without one
 */
public record Country(String iso3, String name, double labelLon, double labelLat, List<List<double[]>> polygons) {

    /** The outline in a plane where x is the longitude and y the latitude, holes cut out, for a map from 180 W to 180 E. */
    public Path2D.Double lonLatPath() { return path(-180); }

    /**
     * The outline for a map whose western edge is the meridian west, 360 degrees wide. A ring's
     * longitudes are continuous, so one across the antimeridian (eastern Russia) runs on past 180:
     * a ring that reaches past either edge of the map is drawn again 360 degrees over, so that
     * both of its parts show.
     */
    public Path2D.Double path(double west) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<double[]> polygon : polygons) {
            for (double[] ring : polygon) {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < ring.length; k += 2) {
                    lo = Math.min(lo, ring[k]);
                    hi = Math.max(hi, ring[k]);
                }
                for (int turn = -1; turn <= 1; turn++) {
                    double shift = 360.0 * turn;
                    if (hi + shift >= west && lo + shift < west + 360) add(p, ring, shift);
                }
            }
        }
        return p;
    }

    private static void add(Path2D.Double p, double[] ring, double shift) {
        p.moveTo(ring[0] + shift, ring[1]);
        for (int k = 2; k < ring.length; k += 2) p.lineTo(ring[k] + shift, ring[k + 1]);
        p.closePath();
    }

    /**
     * Longitudes and latitudes the largest polygon spans: the country proper, without far-flung
     * islands or territories (Hawaii, French Guiana), for framing a map around a set of states.
     */
    public Rectangle2D mainBounds() {
        double[] outline = polygons.get(0).get(0);
        double best = -1;
        for (List<double[]> polygon : polygons) {
            double a = Math.abs(area(polygon.get(0)));
            if (a > best) {
                best = a;
                outline = polygon.get(0);
            }
        }
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < outline.length; k += 2) {
            x0 = Math.min(x0, outline[k]);
            x1 = Math.max(x1, outline[k]);
            y0 = Math.min(y0, outline[k + 1]);
            y1 = Math.max(y1, outline[k + 1]);
        }
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    /** Shoelace area in square degrees, signed by the ring's direction. */
    static double area(double[] ring) {
        double a = 0;
        for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) a += (ring[j] - ring[i]) * (ring[j + 1] + ring[i + 1]);
        return a / 2;
    }
}
