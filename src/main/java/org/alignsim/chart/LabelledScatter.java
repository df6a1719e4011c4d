package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * Scatter plots side by side on one shared y axis, each point labelled (e.g. a state's code):
 * one observed measure against several predictors of it, so a reader sees which predictor orders
 * the points best.
 */
public final class LabelledScatter {
    private LabelledScatter() {}

    /** One panel: its x label, a note in its corner (e.g. "ρ = 0.81"), the points and their labels. */
    public record Panel(String xLabel, String note, double[] x, double[] y, List<String> labels, Color colour) {}

    public static JFreeChart create(String title, String subtitle, String yLabel, List<Panel> panels) {
        NumberAxis y = ChartStyle.valueAxis(yLabel);
        y.setUpperMargin(0.12);   // a band above the highest point for each panel's note, which would hide its label
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(16);
        for (Panel p : panels) {
            XYSeries s = new XYSeries(p.xLabel(), false, true);
            for (int i = 0; i < p.x().length; i++) if (!Double.isNaN(p.x()[i]) && !Double.isNaN(p.y()[i])) s.add(p.x()[i], p.y()[i]);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            NumberAxis x = ChartStyle.valueAxis(p.xLabel());
            x.setUpperMargin(0.14);   // room for the labels of the rightmost points
            XYPlot sub = new XYPlot(new XYSeriesCollection(s), x, null, r);
            ChartStyle.xyPlot(sub);
            for (int i = 0; i < p.x().length; i++) {
                if (Double.isNaN(p.x()[i]) || Double.isNaN(p.y()[i])) continue;
                XYTextAnnotation a = new XYTextAnnotation(" " + p.labels().get(i), p.x()[i], p.y()[i]);
                a.setFont(ChartStyle.font(Font.PLAIN, 10));
                a.setPaint(new Color(0x444444));
                a.setTextAnchor(TextAnchor.CENTER_LEFT);
                sub.addAnnotation(a);
            }
            if (p.note() != null && !p.note().isEmpty()) {
                TextTitle t = new TextTitle(p.note(), ChartStyle.font(Font.BOLD, 13));
                t.setBackgroundPaint(new Color(255, 255, 255, 210));
                sub.addAnnotation(new XYTitleAnnotation(0.02, 0.98, t, RectangleAnchor.TOP_LEFT));
            }
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, subtitle);
        // The theme resets renderers, so colours and shapes come after it.
        for (int k = 0; k < panels.size(); k++) {
            XYPlot sub = (XYPlot) plot.getSubplots().get(k);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) sub.getRenderer();
            r.setSeriesPaint(0, panels.get(k).colour());
            r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            ChartStyle.xyPlot(sub);
        }
        return chart;
    }
}
