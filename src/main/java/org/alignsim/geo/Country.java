package org.alignsim.geo;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One country of the world map: its code, its name, the point where its label goes (inside its
 * largest polygon, away from the edges) and its polygons, each a list of rings in degrees, the
 * outline first and its holes after it. A ring is a flat array lon0, lat0, lon1, lat1, ... and
 * open (its last point is not repeated).
 *
 * @param iso3 ISO 3166-1 alpha-3, or Natural Earth's own code for the few areas without one
 */
public record Country(String iso3, String name, double labelLon, double labelLat, List<List<double[]>> polygons) {

    /** The outline in a plane where x is the longitude and y the latitude, holes cut out (even-odd). */
    public Path2D.Double lonLatPath() {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<double[]> polygon : polygons) {
            for (double[] ring : polygon) {
                p.moveTo(ring[0], ring[1]);
                for (int k = 2; k < ring.length; k += 2) p.lineTo(ring[k], ring[k + 1]);
                p.closePath();
            }
        }
        return p;
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
