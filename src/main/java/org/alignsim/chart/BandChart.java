package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Lines with shaded bands: outcome time series (median and 5-95 % band across replications) and
 * an outcome against one sweep factor. Several panels share one x axis and, when given, one y
 * range, so scenarios or design points can be compared at a glance.
 */
public final class BandChart {
    private BandChart() {}

    /** How the x axis is drawn: years, plain numbers, or named levels at 0, 1, 2, ... */
    public record XAxis(String label, boolean years, String[] symbols) {
        public static XAxis years(String label) { return new XAxis(label, true, null); }
        public static XAxis numbers(String label) { return new XAxis(label, false, null); }
        public static XAxis levels(String label, String[] symbols) { return new XAxis(label, false, symbols); }

        ValueAxis create() {
            if (symbols != null) {
                SymbolAxis a = new SymbolAxis(label, symbols);
                a.setGridBandsVisible(false);
                ChartStyle.axis(a);
                return a;
            }
            return years ? ChartStyle.yearAxis(label) : ChartStyle.valueAxis(label);
        }
    }

    /** A chart with one panel. */
    public static JFreeChart create(String title, String subtitle, XAxis x, String yLabel, List<Band> bands, Range yRange) {
        return panels(title, subtitle, x, yLabel, List.of(""), List.of(bands), yRange);
    }

    /**
     * Panels stacked on a shared x axis, each titled in its top-left corner; with yRange null
     * every panel gets the range of all panels, so heights compare across panels.
     */
    public static JFreeChart panels(String title, String subtitle, XAxis x, String yLabel, List<String> panelTitles,
                                    List<List<Band>> panels, Range yRange) {
        Range shared = yRange != null ? yRange : padded(rangeOf(panels));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x.create());
        plot.setGap(14);
        for (int p = 0; p < panels.size(); p++) {
            XYPlot sub = panel(yLabel, panels.get(p), shared);
            String name = panelTitles.get(p);
            if (name != null && !name.isEmpty()) {
                TextTitle t = new TextTitle(name, ChartStyle.font(Font.BOLD, 13));
                t.setBackgroundPaint(new Color(255, 255, 255, 210));
                sub.addAnnotation(new XYTitleAnnotation(0.01, 0.98, t, RectangleAnchor.TOP_LEFT));
            }
            plot.add(sub, 1);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, subtitle);
        // The theme resets the renderers' look, so colours are set after it.
        for (int p = 0; p < panels.size(); p++) colour((XYPlot) plot.getSubplots().get(p), panels.get(p));
        // One legend entry per series name, not one per panel.
        chart.removeLegend();
        chart.addLegend(legendOf(plot, panels));
        return chart;
    }

    private static XYPlot panel(String yLabel, List<Band> bands, Range range) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.label(), true, true);
            for (int i = 0; i < b.x().length; i++) {
                if (Double.isNaN(b.mid()[i]) || Double.isNaN(b.x()[i])) continue;
                double lo = Double.isNaN(b.lo()[i]) ? b.mid()[i] : b.lo()[i];
                double hi = Double.isNaN(b.hi()[i]) ? b.mid()[i] : b.hi()[i];
                s.add(b.x()[i], b.mid()[i], lo, hi);
            }
            data.addSeries(s);
        }
        NumberAxis y = ChartStyle.valueAxis(yLabel);
        y.setRange(range);
        // About five to ten ticks: 0, 0.2, ... 1 for shares rather than a crowded 0.05 grid.
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(PhaseDiagram.niceStep(range.getLength() / 8)));
        XYPlot sub = new XYPlot(data, null, y, new DeviationRenderer(true, false));
        ChartStyle.xyPlot(sub);
        return sub;
    }

    private static void colour(XYPlot sub, List<Band> bands) {
        DeviationRenderer r = (DeviationRenderer) sub.getRenderer();
        r.setAlpha(0.22f);
        for (int i = 0; i < bands.size(); i++) {
            r.setSeriesPaint(i, bands.get(i).colour());
            r.setSeriesFillPaint(i, bands.get(i).colour());
            r.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        ChartStyle.xyPlot(sub);
    }

    private static org.jfree.chart.title.LegendTitle legendOf(CombinedDomainXYPlot plot, List<List<Band>> panels) {
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Band> p : panels) {
            for (Band b : p) {
                if (!seen.add(b.label())) continue;
                org.jfree.chart.LegendItem li = new org.jfree.chart.LegendItem(b.label(), b.colour());
                li.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
                items.add(li);
            }
        }
        plot.setFixedLegendItems(items);
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemFont(ChartStyle.font(Font.PLAIN, 13));
        legend.setItemPaint(ChartStyle.TEXT);
        return legend;
    }

    /**
     * Adds a line on a second y axis (right) to the first panel of a chart made here, e.g. an
     * observed measure in its own units beside the model's; inverted puts high values at the
     * bottom, so that "up" means the same on both axes.
     */
    public static void secondAxis(JFreeChart chart, String label, Color colour, double[] x, double[] y, boolean inverted) {
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        XYPlot sub = (XYPlot) plot.getSubplots().get(0);
        org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries(label, false, true);
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) s.add(x[i], y[i]);
        NumberAxis axis = ChartStyle.valueAxis(label);
        axis.setInverted(inverted);
        axis.setAutoRangeIncludesZero(false);
        sub.setRangeAxis(1, axis);
        sub.setDataset(1, new org.jfree.data.xy.XYSeriesCollection(s));
        sub.mapDatasetToRangeAxis(1, 1);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f, 4f}, 0f));
        sub.setRenderer(1, r);
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        org.jfree.chart.LegendItemCollection old = plot.getFixedLegendItems();
        for (int i = 0; old != null && i < old.getItemCount(); i++) items.add(old.get(i));
        org.jfree.chart.LegendItem li = new org.jfree.chart.LegendItem(label, colour);
        li.setLabelFont(ChartStyle.font(Font.PLAIN, 13));
        items.add(li);
        plot.setFixedLegendItems(items);
    }

    static Range rangeOf(List<List<Band>> panels) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (List<Band> p : panels) {
            for (Band b : p) {
                for (int i = 0; i < b.x().length; i++) {
                    for (double v : new double[]{b.lo()[i], b.mid()[i], b.hi()[i]}) {
                        if (Double.isNaN(v)) continue;
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) return new Range(0, 1);
        return new Range(lo, hi);
    }

    /** Adds 5 % headroom on each side (and a unit around a flat line) so lines do not sit on the frame. */
    public static Range padded(Range r) {
        double len = r.getLength();
        if (len == 0) return new Range(r.getLowerBound() - 0.5, r.getUpperBound() + 0.5);
        return new Range(r.getLowerBound() - 0.05 * len, r.getUpperBound() + 0.05 * len);
    }
}
