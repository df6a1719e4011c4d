package org.alignsim.calibration;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * The loss trajectory: every evaluation's loss as a dot and the best loss so far as a line,
 * against the evaluation number, in the house style of the other charts.
 */
public final class LossChart {
    private LossChart() {}

    /** Nominal size of the chart (the PNG has {@link ChartFiles#PNG_SCALE} times the pixels). */
    public static final int WIDTH = 800, HEIGHT = 450;

    public static JFreeChart chart(String title, List<LossLog.Row> rows) {
        XYSeries each = new XYSeries("loss of each evaluation", false, true);
        XYSeries best = new XYSeries("best so far", false, true);
        double b = Double.POSITIVE_INFINITY;
        for (LossLog.Row r : rows) {
            each.add(r.evaluation(), r.loss());
            b = Math.min(b, r.loss());
            best.add(r.evaluation(), b);
        }
        XYSeriesCollection data = new XYSeriesCollection(each);
        XYSeriesCollection bestData = new XYSeriesCollection(best);
        NumberAxis x = ChartStyle.valueAxis("evaluation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT));
        // Evaluation numbers without a thousands separator ("2000", not "2,000").
        x.setNumberFormatOverride(new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        NumberAxis y = ChartStyle.valueAxis("loss");
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, r);
        // The best so far only changes at an evaluation, so it is drawn as steps, on top.
        XYStepRenderer steps = new XYStepRenderer();
        plot.setDataset(1, bestData);
        plot.setRenderer(1, steps);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, true);
        ChartStyle.apply(chart);
        ChartStyle.xyPlot(plot);
        if (!rows.isEmpty()) {
            ChartStyle.subtitle(chart, String.format(java.util.Locale.ROOT, "%d evaluations; best loss %.4f", rows.size(), b));
        }
        // The theme resets the renderers' look, so they are styled afterwards.
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        r.setSeriesPaint(0, new Color(0x999999));
        steps.setSeriesPaint(0, BlocColors.US);
        steps.setSeriesStroke(0, new BasicStroke(2f));
        return chart;
    }
}
