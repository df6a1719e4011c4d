package org.alignsim.analysis;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * One outcome's Sobol indices: per factor a bar for S1 and one for ST, each with its bootstrap
 * interval. Horizontal, because factor names (key paths) are long. The gap between a factor's
 * ST and S1 bars is its share in interactions.
 */
final class SobolChart {
    private SobolChart() {}

    static int height(int factors) { return 140 + 56 * factors; }

    static JFreeChart create(SobolAnalysis.Result r, SobolAnalysis.Outcome o) {
        List<SobolAnalysis.Index> ix = o.indices();
        int k = ix.size();
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        double[][] lo = new double[2][k], hi = new double[2][k];
        double min = 0, max = 1;
        for (int i = 0; i < k; i++) {
            SobolAnalysis.Index x = ix.get(i);
            d.addValue(finite(x.s1()), "first order S1", x.factor());
            d.addValue(finite(x.st()), "total order ST", x.factor());
            lo[0][i] = x.s1Lo();
            hi[0][i] = x.s1Hi();
            lo[1][i] = x.stLo();
            hi[1][i] = x.stHi();
            for (double v : new double[]{x.s1(), x.s1Lo(), x.st(), x.stLo()}) if (Double.isFinite(v)) min = Math.min(min, v);
            for (double v : new double[]{x.s1Hi(), x.stHi()}) if (Double.isFinite(v)) max = Math.max(max, v);
        }
        CategoryAxis ca = new CategoryAxis(null);
        ca.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        ca.setCategoryMargin(0.25);
        ca.setLowerMargin(0.07); // room at the top for the noise line's label
        NumberAxis va = ChartStyle.valueAxis("Sobol index (share of the outcome's variance)");
        va.setRange(Math.min(0, min) - 0.02, max + 0.02);
        WhiskerBarRenderer bars = new WhiskerBarRenderer(lo, hi);
        CategoryPlot plot = new CategoryPlot(d, ca, va, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (Double.isFinite(o.noiseShare()) && o.noiseShare() > 0) {
            // Jansen's ST counts the noise left in the replication means as if it were the
            // factor's own effect (A and AB^(i) carry independent noise), so every ST is raised by
            // about the noise share: a factor whose ST reaches only this line has no effect of its own.
            ValueMarker m = new ValueMarker(o.noiseShare(), new Color(0x666666),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
            m.setLabel("replication noise (raises every ST)");
            m.setLabelBackgroundColor(Color.WHITE);
            m.setLabelFont(ChartStyle.font(Font.PLAIN, 11));
            m.setLabelPaint(new Color(0x444444));
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart("What moves " + o.outcome() + "?", ChartStyle.font(Font.BOLD, 18), plot, true);
        ChartStyle.apply(chart);
        // After the theme, which would bring back gradients and shadows.
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, BlocColors.series(1));
        bars.setSeriesPaint(1, BlocColors.series(3));
        bars.setDrawBarOutline(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);
        ChartStyle.subtitle(chart, String.format(java.util.Locale.ROOT,
                "Saltelli design, N = %d base samples; whiskers: %d %% bootstrap percentile intervals (%d resamples)%s",
                r.baseSamples(), Math.round(SobolAnalysis.LEVEL * 100), r.resamples(),
                Double.isFinite(o.noiseShare()) ? String.format(java.util.Locale.ROOT, "; replication noise %.0f %% of variance", 100 * o.noiseShare()) : ""));
        return chart;
    }

    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }
}
