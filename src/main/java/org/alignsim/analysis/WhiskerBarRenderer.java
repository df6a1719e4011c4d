package org.alignsim.analysis;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Bars with an interval whisker on each. JFreeChart's StatisticalBarRenderer draws mean ± one
 * standard deviation, which cannot show a bootstrap percentile interval (it need not be
 * symmetric), so this draws the given lower and upper ends over each bar.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    /** lo[row][column], hi[row][column]: the interval of series row at category column; NaN = none. */
    private final double[][] lo, hi;

    WhiskerBarRenderer(double[][] lo, double[][] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != getPassCount() - 1) return;
        double a = lo[row][column], b = hi[row][column];
        if (!Double.isFinite(a) || !Double.isFinite(b)) return;
        PlotOrientation o = plot.getOrientation();
        double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column);
        double mid = w0 + state.getBarWidth() / 2, cap = state.getBarWidth() / 4;
        double va = rangeAxis.valueToJava2D(a, dataArea, plot.getRangeAxisEdge());
        double vb = rangeAxis.valueToJava2D(b, dataArea, plot.getRangeAxisEdge());
        g2.setPaint(new Color(0x222222));
        g2.setStroke(new BasicStroke(1.2f));
        if (o == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(va, mid, vb, mid));
            g2.draw(new Line2D.Double(va, mid - cap, va, mid + cap));
            g2.draw(new Line2D.Double(vb, mid - cap, vb, mid + cap));
        } else {
            g2.draw(new Line2D.Double(mid, va, mid, vb));
            g2.draw(new Line2D.Double(mid - cap, va, mid + cap, va));
            g2.draw(new Line2D.Double(mid - cap, vb, mid + cap, vb));
        }
    }
}
