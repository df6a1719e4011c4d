package org.alignsim.analysis;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * Morris screening of one outcome: mu* (importance) against sigma (non-linearity and
 * interactions), one labelled dot per factor, as in Campolongo et al. (2007). The dashed line
 * sigma = mu* separates factors whose effect is mostly linear and additive (below) from those
 * whose effect depends on where in the space, or on what other factors, it is measured (above).
 */
final class MorrisChart {
    private MorrisChart() {}

    static JFreeChart create(MorrisAnalysis.Result r, MorrisAnalysis.Outcome o) {
        List<MorrisAnalysis.Row> rows = o.rows();
        XYSeries s = new XYSeries("factors", false, true);
        double top = 0;
        for (MorrisAnalysis.Row row : rows) {
            if (Double.isFinite(row.muStar()) && Double.isFinite(row.sigma())) {
                s.add(row.muStar(), row.sigma());
                top = Math.max(top, Math.max(row.muStar(), row.sigma()));
            }
        }
        if (!(top > 0)) top = 1;
        XYSeriesCollection d = new XYSeriesCollection(s);
        NumberAxis xa = ChartStyle.valueAxis("mu* (mean |elementary effect|, per full factor range)");
        NumberAxis ya = ChartStyle.valueAxis("sigma (sd of elementary effects)");
        // A little below zero, so that a factor with no effect at all (0, 0) shows a whole dot.
        double x0 = -0.025 * top, y0 = -0.025 * top;
        xa.setRange(x0, top * 1.25);
        ya.setRange(y0, top * 1.15);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(d, xa, ya, dots);
        ChartStyle.xyPlot(plot);
        JFreeChart chart = new JFreeChart("Morris screening: " + o.outcome(), ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        dots.setSeriesPaint(0, BlocColors.series(0));
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.addAnnotation(new XYLineAnnotation(0, 0, top * 1.15, top * 1.15,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f), new Color(0x999999)));
        // Labels as annotations rather than item labels, so they can be moved apart when
        // factors of similar importance crowd together; a moved label gets a leader line.
        List<MorrisAnalysis.Row> shown = rows.stream().filter(x -> Double.isFinite(x.muStar()) && Double.isFinite(x.sigma()))
                .sorted(java.util.Comparator.comparingDouble(MorrisAnalysis.Row::muStar).reversed()).toList();
        LabelLayout layout = new LabelLayout(x0, top * 1.25 - x0, y0, top * 1.15 - y0, 760, 470,
                shown.stream().mapToDouble(MorrisAnalysis.Row::muStar).toArray(), shown.stream().mapToDouble(MorrisAnalysis.Row::sigma).toArray());
        for (MorrisAnalysis.Row row : shown) {
            LabelLayout.Placed p = layout.place(row.muStar(), row.sigma(), row.factor());
            XYTextAnnotation a = new XYTextAnnotation(row.factor(), p.x(), p.y());
            a.setFont(ChartStyle.font(Font.PLAIN, 12));
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
            if (p.moved()) {
                plot.addAnnotation(new XYLineAnnotation(row.muStar(), row.sigma(), p.x(), p.y() + (top * 1.15 - y0) * 7 / 470,
                        new BasicStroke(0.6f), new Color(0x999999)));
            }
        }
        ChartStyle.subtitle(chart, String.format(java.util.Locale.ROOT, "%d trajectories, %d-level grid; dashed: sigma = mu*%s",
                r.trajectories(), r.levels(),
                Double.isFinite(o.noiseShare()) ? String.format(java.util.Locale.ROOT, "; replication noise %.0f %% of variance", 100 * o.noiseShare()) : ""));
        return chart;
    }
}
