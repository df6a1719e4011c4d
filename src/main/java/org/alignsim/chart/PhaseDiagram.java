package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;

/**
 * An outcome over two sweep factors. A full factorial gives a grid: a heat map with one equal
 * cell per pair of levels (levels need not be evenly spaced or numeric, so the axes show the
 * level values at cell positions 0, 1, 2, ...). A sampled design (Latin hypercube, Sobol, ...)
 * gives scattered points, drawn as dots coloured by the outcome on real factor axes.
 */
public final class PhaseDiagram {
    private PhaseDiagram() {}

    /**
     * @param z z[i][j] is the value at x level i and y level j; NaN for a cell without runs
     */
    public static JFreeChart heatMap(String title, String subtitle, String xLabel, String[] xLevels, String yLabel,
                                     String[] yLevels, double[][] z, String zLabel, ColourScale scale) {
        int nx = xLevels.length, ny = yLevels.length;
        double[] xs = new double[nx * ny], ys = new double[nx * ny], zs = new double[nx * ny];
        for (int i = 0, k = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++, k++) {
                xs[k] = i;
                ys[k] = j;
                zs[k] = z[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][]{xs, ys, zs});
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(1);
        r.setBlockHeight(1);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, levelAxis(xLabel, xLevels), levelAxis(yLabel, yLevels), r);
        JFreeChart chart = finish(title, subtitle, plot, zLabel, scale);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(new Color(0x888888));
        return chart;
    }

    private static ValueAxis levelAxis(String label, String[] levels) {
        SymbolAxis a = new SymbolAxis(label, levels);
        a.setGridBandsVisible(false);
        a.setRange(-0.5, levels.length - 0.5);
        ChartStyle.axis(a);
        return a;
    }

    /** Sampled designs: one dot per design point at its factor values. */
    public static JFreeChart scatter(String title, String subtitle, String xLabel, double[] x, String yLabel, double[] y,
                                     double[] z, String zLabel, ColourScale scale) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(zLabel, new double[][]{x, y, z});
        XYShapeRenderer r = new XYShapeRenderer();
        r.setPaintScale(scale);
        r.setBaseShape(new Ellipse2D.Double(-6, -6, 12, 12));
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setBaseOutlinePaint(new Color(0x333333));
        r.setBaseOutlineStroke(new BasicStroke(0.6f));
        NumberAxis xa = ChartStyle.valueAxis(xLabel);
        NumberAxis ya = ChartStyle.valueAxis(yLabel);
        XYPlot plot = new XYPlot(data, xa, ya, r);
        JFreeChart chart = finish(title, subtitle, plot, zLabel, scale);
        r.setBaseOutlinePaint(new Color(0x333333));
        return chart;
    }

    private static JFreeChart finish(String title, String subtitle, XYPlot plot, String zLabel, ColourScale scale) {
        ChartStyle.xyPlot(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 18), plot, false);
        ChartStyle.apply(chart);
        ChartStyle.subtitle(chart, subtitle);
        chart.addSubtitle(colourLegend(zLabel, scale, RectangleEdge.RIGHT));
        return chart;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least raw: about eight ticks on the colour scale. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    /** The labelled colour scale beside the plot. */
    static PaintScaleLegend colourLegend(String zLabel, ColourScale scale, RectangleEdge edge) {
        NumberAxis za = ChartStyle.valueAxis(zLabel);
        za.setRange(scale.getLowerBound(), scale.getUpperBound());
        za.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(niceStep((scale.getUpperBound() - scale.getLowerBound()) / 8)));
        PaintScaleLegend legend = new PaintScaleLegend(scale, za);
        legend.setPosition(edge);
        legend.setAxisLocation(edge == RectangleEdge.RIGHT ? AxisLocation.TOP_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
        legend.setStripWidth(18);
        legend.setStripOutlineVisible(true);
        legend.setStripOutlinePaint(new Color(0x888888));
        legend.setAxisOffset(4);
        legend.setSubdivisionCount(256);
        legend.setMargin(edge == RectangleEdge.RIGHT ? new RectangleInsets(8, 16, 8, 4) : new RectangleInsets(8, 200, 0, 200));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
