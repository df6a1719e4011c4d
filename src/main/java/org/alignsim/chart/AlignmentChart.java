package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.LengthAdjustmentType;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Final alignment per state: one row per state, grouped by region, a dot at the central value
 * coloured by its place on the China-hedging-US scale and a whisker over the spread (5-95 %
 * across replications). Several series (scenarios) are drawn side by side in each row with
 * different marker shapes, so colour keeps meaning the bloc everywhere.
 */
public final class AlignmentChart {
    private AlignmentChart() {}

    /** One state's value in one series; lo = mid = hi for a single run. */
    public record StateValue(String iso3, String name, String region, double lo, double mid, double hi) {}

    /** Height in nominal pixels that fits the given number of states. */
    public static int heightFor(int states, int series) {
        return 190 + (states + 8) * (series > 1 ? 15 + 6 * series : 19);
    }

    /**
     * @param rows  the states in display order (grouped by region, regions contiguous)
     * @param series one list per series, aligned with rows (NaN mid = no value)
     */
    public static JFreeChart create(String title, String subtitle, List<StateValue> rows, List<String> seriesLabels,
                                    List<List<StateValue>> series, double hedgingBand) {
        // Each region gets a header slot above its states, where its name is written, so labels
        // never sit on top of a dot or whisker.
        int[] slot = new int[rows.size()];
        List<String> names = new ArrayList<>();
        String region = null;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).region().equals(region)) {
                region = rows.get(i).region();
                names.add("");
            }
            slot[i] = names.size();
            names.add(rows.get(i).name() + " (" + rows.get(i).iso3() + ")");
        }
        SymbolAxis states = new SymbolAxis(null, names.toArray(String[]::new));
        states.setGridBandsVisible(false);
        states.setInverted(true);   // first state at the top
        states.setRange(-0.6, names.size() - 0.4);
        ChartStyle.axis(states);
        states.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        NumberAxis alignment = ChartStyle.valueAxis("final alignment  (−1 China-aligned … 0 hedging … +1 US-aligned)");
        alignment.setRange(new Range(-1.05, 1.05));
        alignment.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.25));

        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int k = series.size();
        for (int s = 0; s < k; s++) {
            YIntervalSeries ys = new YIntervalSeries(seriesLabels.get(s), false, true);
            double offset = k == 1 ? 0 : (s - (k - 1) / 2.0) * Math.min(0.22, 0.8 / k);
            List<StateValue> vals = series.get(s);
            for (int i = 0; i < vals.size(); i++) {
                StateValue v = vals.get(i);
                if (v == null || Double.isNaN(v.mid())) continue;
                ys.add(slot[i] + offset, v.mid(), v.lo(), v.hi());
            }
            data.addSeries(ys);
        }
        XYErrorRenderer r = new BlocDotRenderer(data, hedgingBand);
        XYPlot plot = new XYPlot(data, states, alignment, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartStyle.xyPlot(plot);
        plot.setDomainGridlinesVisible(false);
        regionBands(plot, rows, slot);
        hedgingBand(plot, hedgingBand);

        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, subtitle);
        plot.setDomainGridlinesVisible(false);
        style(r, k);
        chart.addLegend(legend(plot, seriesLabels, hedgingBand));
        return chart;
    }

    /**
     * Colours each dot by the bloc its own alignment falls in, rather than by its series: the
     * three legend colours, exactly, and the model's own hedging rule.
     */
    private static final class BlocDotRenderer extends XYErrorRenderer {
        private final YIntervalSeriesCollection data;
        private final double band;

        BlocDotRenderer(YIntervalSeriesCollection data, double band) {
            this.data = data;
            this.band = band;
        }

        @Override
        public Paint getItemFillPaint(int row, int column) {
            return BlocColors.of(BlocColors.blocOf(data.getYValue(row, column), band));
        }
    }

    private static final Shape[] SHAPES = {
            new Ellipse2D.Double(-4.5, -4.5, 9, 9), new Rectangle2D.Double(-4, -4, 8, 8), triangle(), diamond()};

    private static Shape triangle() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -5.5);
        p.lineTo(5, 4);
        p.lineTo(-5, 4);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -5.5);
        p.lineTo(5.5, 0);
        p.lineTo(0, 5.5);
        p.lineTo(-5.5, 0);
        p.closePath();
        return p;
    }

    private static void style(XYErrorRenderer r, int series) {
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setErrorPaint(new Color(0x555555));
        r.setErrorStroke(new BasicStroke(1.4f));
        r.setCapLength(5);
        r.setBaseLinesVisible(false);
        r.setBaseShapesVisible(true);
        r.setUseFillPaint(true);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setBaseOutlinePaint(new Color(0x222222));
        r.setBaseOutlineStroke(new BasicStroke(0.8f));
        for (int s = 0; s < series; s++) {
            r.setSeriesShape(s, SHAPES[s % SHAPES.length]);
            r.setSeriesOutlinePaint(s, new Color(0x222222));
            r.setSeriesLinesVisible(s, false);
            r.setSeriesShapesVisible(s, true);
        }
    }

    /** Alternate light bands per region, each labelled at its right edge. */
    private static void regionBands(XYPlot plot, List<StateValue> rows, int[] slot) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int idx = slot[i];
            spans.compute(rows.get(i).region(), (k, v) -> v == null ? new int[]{idx - 1, idx} : new int[]{v[0], idx});
        }
        int n = 0;
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            IntervalMarker m = new IntervalMarker(e.getValue()[0] - 0.5, e.getValue()[1] + 0.5);
            m.setPaint(n++ % 2 == 0 ? new Color(0xF2F2F2) : Color.WHITE);
            m.setOutlinePaint(null);
            m.setLabel(regionLabel(e.getKey()));
            m.setLabelFont(ChartStyle.font(Font.BOLD, 12));
            m.setLabelPaint(new Color(0x444444));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
            m.setLabelOffsetType(LengthAdjustmentType.EXPAND);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
    }

    /** "southeast_asia" -> "Southeast Asia". */
    public static String regionLabel(String key) {
        String[] words = key.replace('-', '_').split("_");
        List<String> out = new ArrayList<>();
        for (String w : words) if (!w.isEmpty()) out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return String.join(" ", out);
    }

    private static void hedgingBand(XYPlot plot, double band) {
        IntervalMarker m = new IntervalMarker(-band, band);
        m.setPaint(new Color(BlocColors.HEDGING.getRed(), BlocColors.HEDGING.getGreen(), BlocColors.HEDGING.getBlue(), 28));
        m.setOutlinePaint(null);
        plot.addRangeMarker(m, Layer.BACKGROUND);
        ValueMarker zero = new ValueMarker(0, new Color(0x999999), new BasicStroke(1f));
        plot.addRangeMarker(zero, Layer.BACKGROUND);
    }

    private static LegendTitle legend(XYPlot plot, List<String> seriesLabels, double band) {
        LegendItemCollection items = new LegendItemCollection();
        String b = fmt(band);
        items.add(item("China-aligned (< −" + b + ")", SHAPES[0], BlocColors.CHINA));
        items.add(item("hedging (|a| < " + b + ", shaded)", SHAPES[0], BlocColors.HEDGING));
        items.add(item("US-aligned (> +" + b + ")", SHAPES[0], BlocColors.US));
        if (seriesLabels.size() > 1) {
            for (int s = 0; s < seriesLabels.size(); s++) items.add(item(seriesLabels.get(s), SHAPES[s % SHAPES.length], Color.WHITE));
        }
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(ChartStyle.font(Font.PLAIN, 13));
        legend.setItemPaint(ChartStyle.TEXT);
        return legend;
    }

    private static LegendItem item(String label, Shape shape, Color fill) {
        LegendItem li = new LegendItem(label, null, null, null, shape, fill, new BasicStroke(0.8f), new Color(0x222222));
        li.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
        return li;
    }

    private static String fmt(double v) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
    }
}
