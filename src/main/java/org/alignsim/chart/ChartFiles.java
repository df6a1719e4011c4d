package org.alignsim.chart;

import org.alignsim.base.FileBatch;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.graphics2d.svg.SVGHints;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes charts as PNG and SVG. PNGs are drawn at twice the nominal size so they stay sharp in
 * print and on high-density screens; the report shows them at the nominal size. The SVG is the
 * same drawing in vector form, at the nominal size.
 */
public final class ChartFiles {
    private ChartFiles() {}

    /** Pixels per nominal unit in PNG files. */
    public static final int PNG_SCALE = 2;

    /** Draws the chart on a white image of (width x height) x scale pixels; info (if not null) gets the layout in nominal units. */
    public static BufferedImage render(JFreeChart chart, int width, int height, int scale, ChartRenderingInfo info) {
        BufferedImage img = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The chart as PNG bytes, drawn at {@link #PNG_SCALE} times its nominal size. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        // ImageIO would otherwise buffer through a file in java.io.tmpdir: a disk full there would
        // fail a write that never needed the disk.
        ImageIO.setUseCache(false);
        BufferedImage img = render(chart, width, height, PNG_SCALE, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtilities.writeBufferedImageAsPNG(out, img);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);   // in memory: no file to blame
        }
        return out.toByteArray();
    }

    /**
     * The chart as an SVG document. Written without the SVG 1.1 DOCTYPE that JFreeSVG's own
     * writer adds: that DTD is obsolete and makes XML tools reach for the network. Definition ids
     * get a fixed prefix so that the same chart gives the same bytes.
     */
    public static String svg(JFreeChart chart, int width, int height, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        // Text stays text (selectable, editable in Inkscape/Illustrator) rather than outlines,
        // with generic fallbacks where DejaVu Sans is not installed.
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontMapper(family -> ChartStyle.FONT_FAMILY.equals(family) || Font.SANS_SERIF.equals(family)
                ? "\"DejaVu Sans\", Verdana, Arial, sans-serif" : family);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    /** Writes base.png and/or base.svg (base without extension): both or, on a failure, neither. */
    public static void save(JFreeChart chart, Path base, int width, int height, boolean png, boolean svg) {
        try (FileBatch batch = new FileBatch()) {
            save(batch, chart, base, width, height, png, svg);
            batch.commit();
        }
    }

    /** As above, as part of a larger set of files that appear together. */
    public static void save(FileBatch batch, JFreeChart chart, Path base, int width, int height, boolean png, boolean svg) {
        String name = base.getFileName().toString();
        if (png) {
            byte[] bytes = png(chart, width, height);
            batch.write(base.resolveSibling(name + ".png"), out -> out.write(bytes));
        }
        if (svg) batch.writeString(base.resolveSibling(name + ".svg"), svg(chart, width, height, name + ".svg"));
    }
}
