package org.alignsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * Meridians and parallels every 30 degrees, under the countries, with their degrees at the edge of
 * the map. A background layer with no objects: it draws, and hits nothing.
 */
final class GraticulePortrayal extends FieldPortrayal2D {
    private static final Color LINE = new Color(0xD4D9DE), EQUATOR = new Color(0xB4BCC4), TEXT = new Color(0x8A939C);
    private final MapProjection map;

    GraticulePortrayal(MapProjection map) { this.map = map; }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;
        double sx = info.draw.width / map.width, sy = info.draw.height / map.height;
        double left = info.draw.x, top = info.draw.y, right = left + info.draw.width, bottom = top + info.draw.height;
        g.setFont(new Font("SansSerif", Font.PLAIN, 9));
        g.setStroke(new BasicStroke(1f));
        for (int lat = -60; lat <= 80; lat += 30) {
            double y = top + map.y(lat) * sy;
            if (y < top || y > bottom) continue;
            g.setColor(lat == 0 ? EQUATOR : LINE);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(TEXT);
            g.drawString(lat == 0 ? "0°" : Math.abs(lat) + (lat > 0 ? "°N" : "°S"), (float) left + 3, (float) y - 2);
        }
        for (int lon = -180; lon < 180; lon += 30) {
            double x = left + map.x(lon) * sx;
            if (x < left || x > right) continue;
            g.setColor(LINE);
            g.draw(new Line2D.Double(x, top, x, bottom));
            String label = lon == 0 ? "0°" : lon == -180 ? "180°" : Math.abs(lon) + (lon > 0 ? "°E" : "°W");
            if (x + 2 + g.getFontMetrics().stringWidth(label) > right) continue;  // a cut label reads as a different number
            g.setColor(TEXT);
            g.drawString(label, (float) x + 2, (float) bottom - 3);
        }
    }
}
