package org.alignsim.chart;

import org.alignsim.geo.Country;
import org.alignsim.geo.WorldMap;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.graphics2d.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The countries of a {@link StanceMap}, drawn over the whole plot area in an equirectangular
 * projection with square degrees, the framed extent centred. The plot's axes play no part.
 */
final class MapAnnotation extends AbstractXYAnnotation {
    private static final Font LABEL = ChartStyle.font(Font.BOLD, 10);
    /** Points closer than this many (nominal) pixels merge: below what a reader or a printer sees. */
    private static final double MIN_STEP = 1.0;

    private final Map<String, Color> fill;
    private final Rectangle2D extent;

    MapAnnotation(Map<String, Color> fill, Rectangle2D extent) {
        this.fill = Map.copyOf(fill);
        this.extent = extent;
    }

    /** Degrees to pixels: x east, y north up, the extent fitted into the area and centred. */
    static AffineTransform transform(Rectangle2D extent, Rectangle2D area) {
        double k = Math.min(area.getWidth() / extent.getWidth(), area.getHeight() / extent.getHeight());
        double ox = area.getX() + (area.getWidth() - k * extent.getWidth()) / 2, oy = area.getY() + (area.getHeight() - k * extent.getHeight()) / 2;
        AffineTransform t = AffineTransform.getTranslateInstance(ox, oy);
        t.scale(k, -k);
        t.translate(-extent.getMinX(), -extent.getMaxY());
        return t;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis, int rendererIndex,
                     PlotRenderingInfo info) {
        // Hundredths of a pixel are plenty for coastlines; full precision would triple the SVG.
        int dp = g2 instanceof SVGGraphics2D svg ? svg.getGeometryDP() : 0;
        if (g2 instanceof SVGGraphics2D svg) svg.setGeometryDP(2);
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.clip(dataArea);
            AffineTransform t = transform(extent, dataArea);
            Rectangle2D visible = t.createTransformedShape(extent).getBounds2D().createIntersection(dataArea);
            MapPainter painter = new MapPainter(g);
            record Placed(Country country, Shape shape, Point2D label) {}
            List<Placed> states = new ArrayList<>();
            for (Country c : WorldMap.get().countries().values()) {
                Path2D.Double px = MapPainter.toPixels(c.lonLatPath(), t, MIN_STEP);
                Point2D label = t.transform(new Point2D.Double(c.labelLon(), c.labelLat()), null);
                if (fill.containsKey(c.iso3())) states.add(new Placed(c, px, label));
                else if (px.intersects(visible)) painter.land(px);
            }
            for (Placed p : states) painter.state(p.shape(), p.label(), fill.get(p.country().iso3()), 0);
            // Larger states first, so a small neighbour's code is the one left out.
            states.sort(Comparator.comparingDouble((Placed p) -> -area(p.shape().getBounds2D())));
            for (Placed p : states) {
                if (visible.contains(p.label())) painter.label(p.country().iso3(), p.label(), p.shape(), fill.get(p.country().iso3()), LABEL);
            }
        } finally {
            g.dispose();
            if (g2 instanceof SVGGraphics2D svg) svg.setGeometryDP(dp);
        }
    }

    private static double area(Rectangle2D r) { return r.getWidth() * r.getHeight(); }
}
