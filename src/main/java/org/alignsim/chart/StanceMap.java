package org.alignsim.chart;

import org.alignsim.chart.BlocColors.Bloc;
import org.alignsim.geo.Country;
import org.alignsim.geo.WorldMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A world map chart of the states' stances: each state filled with its colour on the bloc scale,
 * countries the map is not given in light grey, framed around the states given, with a legend.
 * Written as PNG and SVG like every other chart:
 *
 * <pre>
 * StanceMap.alignment("Final alignment", "median of 50 runs", Map.of("JPN", 0.7, "IND", 0.1)).save(dir.resolve("map"));
 * StanceMap.blocs("Observed 2024", null, Map.of("JPN", Bloc.US, "PAK", Bloc.CHINA)).save(dir.resolve("map-observed"));
 * </pre>
 *
 * Codes the map has no shape for are left out of the drawing.
 *
 * @param width  nominal width (the PNG has twice as many pixels)
 * @param height nominal height, fitted to the framed area so degrees stay square
 */
public record StanceMap(JFreeChart chart, int width, int height) {
    public static final int WIDTH = 1000;
    /** Degrees of map around the states' own extent. */
    private static final double MARGIN = 6;

    /** States by ISO3 code and alignment (−1 China-aligned … +1 US-aligned; NaN: no value, light grey). */
    public static StanceMap alignment(String title, String subtitle, Map<String, Double> alignmentByIso3) {
        Map<String, Color> fill = fills(alignmentByIso3, BlocColors::forAlignment);
        JFreeChart chart = chart(title, subtitle, fill);
        PaintScaleLegend scale = PhaseDiagram.colourLegend("alignment  (−1 China-aligned … 0 hedging … +1 US-aligned)", ColourScale.alignment(),
                RectangleEdge.BOTTOM);
        chart.addSubtitle(scale);
        chart.addSubtitle(legend(List.of(item("not modelled", MapPainter.LAND))));
        return sized(chart, fill.keySet());
    }

    /** States by ISO3 code and bloc (a stance class), each in its bloc's colour. */
    public static StanceMap blocs(String title, String subtitle, Map<String, Bloc> blocByIso3) {
        Map<String, Color> fill = fills(blocByIso3, BlocColors::of);
        JFreeChart chart = chart(title, subtitle, fill);
        chart.addSubtitle(legend(List.of(item(Bloc.US.label, BlocColors.US), item(Bloc.HEDGING.label, BlocColors.HEDGING),
                item(Bloc.CHINA.label, BlocColors.CHINA), item("not modelled", MapPainter.LAND))));
        return sized(chart, fill.keySet());
    }

    /** Writes base.png and base.svg (base without extension). */
    public void save(Path base) {
        ChartFiles.save(chart, base, width, height, true, true);
    }

    /** The longitudes and latitudes a map of these states shows: their countries proper, with a margin. */
    static Rectangle2D extent(Iterable<String> iso3) {
        Rectangle2D box = null;
        for (String code : iso3) {
            Country c = WorldMap.get().country(code);
            if (c == null) continue;
            if (box == null) box = c.mainBounds();
            else box.add(c.mainBounds());
        }
        if (box == null) return new Rectangle2D.Double(-180, -60, 360, 145);
        double x0 = Math.max(-180, box.getMinX() - MARGIN), x1 = Math.min(180, box.getMaxX() + MARGIN);
        double y0 = Math.max(-60, box.getMinY() - MARGIN), y1 = Math.min(85, box.getMaxY() + MARGIN);
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }

    private static <T> Map<String, Color> fills(Map<String, T> values, Function<T, Color> colour) {
        Map<String, Color> fill = new LinkedHashMap<>();
        values.forEach((code, v) -> fill.put(code, v == null ? BlocColors.NO_DATA : colour.apply(v)));
        return fill;
    }

    private static JFreeChart chart(String title, String subtitle, Map<String, Color> fill) {
        XYPlot plot = new XYPlot();
        plot.setRenderer(new XYLineAndShapeRenderer());
        plot.setBackgroundPaint(MapPainter.SEA);
        plot.setOutlinePaint(new Color(0x888888));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.addAnnotation(new MapAnnotation(fill, extent(fill.keySet())));
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        plot.setBackgroundPaint(MapPainter.SEA);
        ChartStyle.subtitle(chart, subtitle);
        return chart;
    }

    /** A height that gives the plot the framed area's shape: title, subtitle and legends take about 150 of it. */
    private static StanceMap sized(JFreeChart chart, Iterable<String> iso3) {
        Rectangle2D e = extent(iso3);
        int plotHeight = (int) Math.round((WIDTH - 24) * e.getHeight() / e.getWidth());
        return new StanceMap(chart, WIDTH, Math.max(360, Math.min(1100, plotHeight + 150)));
    }

    private static LegendTitle legend(List<LegendItem> items) {
        LegendItemCollection all = new LegendItemCollection();
        items.forEach(all::add);
        LegendTitle legend = new LegendTitle(() -> all);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(ChartStyle.font(Font.PLAIN, 13));
        legend.setItemPaint(ChartStyle.TEXT);
        return legend;
    }

    private static LegendItem item(String label, Color fill) {
        LegendItem li = new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), fill, new BasicStroke(0.8f), new Color(0x666666));
        li.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
        return li;
    }
}
