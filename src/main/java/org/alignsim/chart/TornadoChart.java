package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A tornado chart: for each input (a row, the most influential first), a bar from the outcome at
 * the input's low end to the outcome at its high end, with the base value as a vertical line.
 * Several outcomes can stand side by side on the same rows.
 */
public final class TornadoChart {
    private TornadoChart() {}

    /** One outcome: its axis label, the base value, per row the outcome at the low and the high end, and a fixed axis range (or null). */
    public record Outcome(String label, double base, double[] low, double[] high, org.jfree.data.Range range) {}

    /** Bars for the low end (sky blue) and the high end (reddish purple) of an input, from the base value out: Okabe and Ito colours that are not the blocs' own. */
    public static final Color LOW = new Color(0x56B4E9), HIGH = new Color(0xCC79A7);

    public static JFreeChart create(String title, String subtitle, List<String> rows, List<Outcome> outcomes) {
        CategoryAxis cat = new CategoryAxis();
        cat.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        cat.setMaximumCategoryLabelWidthRatio(0.45f);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(cat);
        plot.setGap(12);
        for (Outcome o : outcomes) {
            int n = rows.size();
            Number[][] starts = new Number[2][n], ends = new Number[2][n];
            for (int i = 0; i < n; i++) {
                starts[0][i] = Math.min(o.base(), o.low()[i]);
                ends[0][i] = Math.max(o.base(), o.low()[i]);
                starts[1][i] = Math.min(o.base(), o.high()[i]);
                ends[1][i] = Math.max(o.base(), o.high()[i]);
            }
            DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(
                    new Comparable[]{"low end of the range", "high end of the range"}, rows.toArray(new Comparable[0]), starts, ends);
            NumberAxis v = ChartStyle.valueAxis(o.label());
            if (o.range() != null) v.setRange(o.range());
            IntervalBarRenderer r = new IntervalBarRenderer();
            CategoryPlot sub = new CategoryPlot(data, null, v, r);
            sub.addRangeMarker(new ValueMarker(o.base(), new Color(0x333333), new BasicStroke(1.4f)));
            plot.add(sub, 1);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // One legend entry per end, not one per outcome panel.
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        items.add(new org.jfree.chart.LegendItem("low end of the range", LOW));
        items.add(new org.jfree.chart.LegendItem("high end of the range", HIGH));
        plot.setFixedLegendItems(items);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, true);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, subtitle);
        for (Object o : plot.getSubplots()) {
            CategoryPlot sub = (CategoryPlot) o;
            IntervalBarRenderer r = (IntervalBarRenderer) sub.getRenderer();
            r.setSeriesPaint(0, LOW);
            r.setSeriesPaint(1, HIGH);
            r.setDrawBarOutline(false);
            r.setShadowVisible(false);
            r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
            r.setItemMargin(0.0);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(ChartStyle.GRID);
        }
        return chart;
    }
}
