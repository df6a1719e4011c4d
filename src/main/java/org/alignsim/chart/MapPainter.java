package org.alignsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;

/**
 * Draws a world map of states in pixel space, the same way in the report's map charts and in the
 * GUI: land that is not modelled in light grey, each modelled state filled with its colour and
 * outlined as thick as its commitment, states too small to see as a dot at their label point, and
 * labels that are left out where they would overlap.
 */
public final class MapPainter {
    public static final Color SEA = new Color(0xE6EEF5);
    /** Land of countries the model does not have; the same grey as "no data" everywhere. */
    public static final Color LAND = BlocColors.NO_DATA;
    public static final Color BORDER = Color.WHITE;
    public static final Color OUTLINE = new Color(0x222222);
    /**
     * Outline width in pixels per rung of commitment: pixels, so rungs read the same at any zoom;
     * thin enough that a narrow country (Japan, Chile) keeps its colour at the whole-world view.
     */
    public static final float OUTLINE_PER_RUNG = 0.8f;
    /** A state whose shape is narrower or lower than this many pixels is drawn as a dot instead. */
    static final double TINY = 5, DOT_RADIUS = 3.5;
    private static final Color TEXT_DARK = new Color(0x1A1A1A), TEXT_LIGHT = Color.WHITE, PATCH = new Color(255, 255, 255, 200);
    private static final BasicStroke BORDER_STROKE = new BasicStroke(0.5f), HAIRLINE = new BasicStroke(0.6f);
    /** A ring narrower or lower than this many pixels keeps a hairline, whatever the commitment. */
    static final double OUTLINED = 10;

    private final Graphics2D g;
    private final LabelPlacer labels = new LabelPlacer();

    public MapPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A country the model does not have. */
    public void land(Shape s) {
        g.setColor(LAND);
        g.fill(s);
        g.setColor(BORDER);
        g.setStroke(BORDER_STROKE);
        g.draw(s);
    }

    /**
     * A modelled state, or its dot where it is too small to see: {@link #fill} then {@link #outline}.
     *
     * @param rung commitment rung: the outline is {@link #OUTLINE_PER_RUNG} pixels wide per rung; rung 0 and small islands get a hairline
     */
    public void state(Shape s, Point2D labelAt, Color fill, int rung) {
        fill(s, labelAt, fill);
        outline(s, labelAt, rung);
    }

    /** A state's colour, over its shape or its dot. */
    public void fill(Shape s, Point2D labelAt, Color fill) {
        g.setColor(fill);
        g.fill(target(s, labelAt));
    }

    /** A state's outline, as thick as its commitment. */
    public void outline(Shape s, Point2D labelAt, int rung) {
        Shape drawn = target(s, labelAt);
        g.setColor(OUTLINE);
        g.setStroke(HAIRLINE);
        g.draw(drawn);
        if (rung <= 0) return;
        // Only parts large enough to keep their colour inside the outline get it: a thick line
        // round every small island (Canada's Arctic, Indonesia) would paint them black.
        g.setStroke(new BasicStroke(OUTLINE_PER_RUNG * rung, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(drawn == s ? rings(s, OUTLINED) : drawn);
    }

    /** The rings of a shape at least minSize pixels wide and high. */
    static Path2D.Double rings(Shape s, double minSize) {
        Path2D.Double all = new Path2D.Double(), ring = new Path2D.Double();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    ring = new Path2D.Double();
                    ring.moveTo(c[0], c[1]);
                }
                case PathIterator.SEG_LINETO -> ring.lineTo(c[0], c[1]);
                case PathIterator.SEG_CLOSE -> {
                    ring.closePath();
                    Rectangle2D b = ring.getBounds2D();
                    if (b.getWidth() >= minSize && b.getHeight() >= minSize) all.append(ring, false);
                }
                default -> throw new IllegalArgumentException("map shapes are polygons");
            }
        }
        return all;
    }

    /** What a click must hit to mean the state: its shape, or its dot. */
    public static Shape target(Shape s, Point2D labelAt) { return isTiny(s) ? dot(labelAt) : s; }

    static boolean isTiny(Shape s) {
        Rectangle2D b = s.getBounds2D();
        return b.getWidth() < TINY || b.getHeight() < TINY;
    }

    static Shape dot(Point2D p) {
        return new Ellipse2D.Double(p.getX() - DOT_RADIUS, p.getY() - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
    }

    /**
     * A label centred on p (below the dot of a tiny state), unless it would overlap a label
     * already drawn; returns whether it was drawn. Inside its state it takes a colour that reads
     * on the fill; where it spills over the edge it sits on a pale patch, dark, to read on anything.
     */
    public Rectangle2D label(String text, Point2D p, Shape state, Color fill, Font font) {
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.stringWidth(text), h = fm.getAscent();
        boolean tiny = isTiny(state);
        double x = p.getX() - w / 2, y = tiny ? p.getY() + DOT_RADIUS + 2 : p.getY() - h / 2;
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        if (!labels.take(box)) return null;
        boolean inside = !tiny && state.contains(box);
        if (!inside) {
            g.setColor(PATCH);
            g.fill(new RoundRectangle2D.Double(x - 2, y - 1, w + 4, h + 2, 4, 4));
        }
        g.setColor(inside ? textOn(fill) : TEXT_DARK);
        g.drawString(text, (float) x, (float) (y + h - fm.getDescent() / 2.0));
        return box;
    }

    /**
     * A shape (degrees, or a field's units) in pixels, leaving out points closer than minStep
     * pixels to the last one kept: detail under a pixel only costs drawing time and file size.
     * A ring that shrinks to under three points is left out; it would not show.
     */
    public static Path2D.Double toPixels(Shape s, AffineTransform t, double minStep) {
        Path2D.Double out = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double[] c = new double[6], ring = new double[64];
        int n = 0;
        for (PathIterator it = s.getPathIterator(t); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                addRing(out, ring, n);
                n = 0;
            }
            if (type == PathIterator.SEG_CLOSE) continue;
            double dx = c[0] - ring[Math.max(0, n - 2)], dy = c[1] - ring[Math.max(1, n - 1)];
            if (n > 0 && dx * dx + dy * dy < minStep * minStep) continue;
            if (n == ring.length) ring = Arrays.copyOf(ring, 2 * n);
            ring[n++] = c[0];
            ring[n++] = c[1];
        }
        addRing(out, ring, n);
        return out;
    }

    private static void addRing(Path2D.Double out, double[] ring, int n) {
        if (n < 6) return;
        out.moveTo(ring[0], ring[1]);
        for (int k = 2; k < n; k += 2) out.lineTo(ring[k], ring[k + 1]);
        out.closePath();
    }

    /** White on dark fills, near-black on light ones (relative luminance below or above one half). */
    static Color textOn(Color fill) {
        double l = (0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue()) / 255;
        return l < 0.5 ? TEXT_LIGHT : TEXT_DARK;
    }
}
