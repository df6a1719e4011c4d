package org.alignsim.analysis;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * PRIM's trade-off: coverage against density of every box on the peeling (and pasting)
 * trajectory, the chosen box marked. Moving along the curve buys purity (density) with
 * explanation (coverage); the chosen box is where the analyst stops.
 */
final class PrimChart {
    private PrimChart() {}

    static JFreeChart create(PrimAnalysis.Result r) {
        XYSeries peel = new XYSeries("peeling", false, true), paste = new XYSeries("pasting", false, true), chosen = new XYSeries("chosen box", false, true);
        for (PrimAnalysis.Step s : r.trajectory()) {
            (s.kind().equals("peel") ? peel : paste).add(s.box().coverage(), s.box().density());
        }
        PrimBox c = r.box();
        chosen.add(c.coverage(), c.density());
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(peel);
        if (paste.getItemCount() > 0) d.addSeries(paste);
        d.addSeries(chosen);
        NumberAxis xa = ChartStyle.valueAxis("coverage (share of the points of interest inside the box)");
        NumberAxis ya = ChartStyle.valueAxis("density (share of the box's points that are of interest)");
        xa.setRange(0, 1.05);
        ya.setRange(0, 1.05);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(d, xa, ya, rr);
        ChartStyle.xyPlot(plot);
        JFreeChart chart = new JFreeChart("Scenario discovery (PRIM): " + r.options().outcome(), ChartStyle.font(Font.BOLD, 18), plot, true);
        ChartStyle.apply(chart);
        int si = 0;
        rr.setSeriesPaint(si, BlocColors.series(4));
        rr.setSeriesShape(si, new Ellipse2D.Double(-3, -3, 6, 6));
        rr.setSeriesStroke(si++, new BasicStroke(1.2f));
        if (paste.getItemCount() > 0) {
            rr.setSeriesPaint(si, BlocColors.series(2));
            rr.setSeriesShape(si, new Ellipse2D.Double(-3, -3, 6, 6));
            rr.setSeriesStroke(si++, new BasicStroke(1.2f));
        }
        rr.setSeriesPaint(si, BlocColors.CHINA);
        rr.setSeriesLinesVisible(si, false);
        rr.setSeriesShape(si, new Rectangle2D.Double(-7, -7, 14, 14));
        // Hollow, so the trajectory's own dot stays visible under it.
        rr.setSeriesShapesFilled(si, false);
        rr.setSeriesOutlineStroke(si, new BasicStroke(2.5f));
        rr.setSeriesStroke(si, new BasicStroke(2.5f));
        rr.setUseOutlinePaint(false);
        rr.setDrawOutlines(true);
        XYTextAnnotation a = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "  step %d: coverage %.2f, density %.2f, %d factor%s restricted",
                r.trajectory().get(r.chosen()).step(), c.coverage(), c.density(), c.restricted(), c.restricted() == 1 ? "" : "s"), c.coverage(), c.density());
        a.setFont(ChartStyle.font(Font.PLAIN, 12));
        a.setPaint(ChartStyle.TEXT);
        // Keep the label inside the plot: write it leftwards when the box sits at the right.
        a.setTextAnchor(c.coverage() > 0.5 ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        a.setY(c.density() - 0.03);
        plot.addAnnotation(a);
        PrimAnalysis.Options o = r.options();
        ChartStyle.subtitle(chart, String.format(java.util.Locale.ROOT, "of interest: %s %s %s (%d of %d design points); alpha %s; chosen by %s",
                o.outcome(), o.above() ? ">=" : "<=", fmt(o.threshold()), r.hits(), r.points(), fmt(o.alpha()), r.rule()));
        return chart;
    }

    static String fmt(double v) { return org.alignsim.results.Csv.format(v); }
}
