package org.alignsim.report;

import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ColourScale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A heat map of a synthetic 4 x 4 sweep with a known surface has its extreme cells where they
 * belong. Cell positions come from the rendered chart's own layout (ChartRenderingInfo and the
 * axes), not from guessed pixel offsets.
 */
class PhaseDiagramTest {

    @TempDir
    Path tmp;

    /** outcome = x + 2 y: unique minimum at (0, 0), maximum at (3, 3), and (3, 0) differs from (0, 3). */
    private SweepResult sweep() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("weights.trade", "0", "1", "2", "3").factor("weights.threat", "0", "2", "4", "6");
        s.outcome = "power_ratio";
        s.surface = idx -> idx[0] + 2.0 * idx[1];
        return (SweepResult) Result.load(s.write(tmp.resolve("sweep")));
    }

    @Test
    void extremeCellsHaveTheExtremeColoursOfTheScale() throws Exception {
        SweepResult sweep = sweep();
        Figure f = ReportCharts.overFactors(sweep, "power_ratio", null);
        assertNotNull(f);
        ColourScale scale = (ColourScale) ((PaintScaleLegend) f.chart().getSubtitle(f.chart().getSubtitleCount() - 1)).getScale();
        assertEquals(0.0, scale.getLowerBound(), 1e-12);
        assertEquals(9.0, scale.getUpperBound(), 1e-12);

        ChartRenderingInfo info = new ChartRenderingInfo();
        int scaleFactor = ChartFiles.PNG_SCALE;
        BufferedImage img = ChartFiles.render(f.chart(), f.width(), f.height(), scaleFactor, info);
        XYPlot plot = f.chart().getXYPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();

        Color min = colourAt(img, plot, area, 0, 0, scaleFactor);
        Color max = colourAt(img, plot, area, 3, 3, scaleFactor);
        assertEquals(scale.lowColour(), min, "cell (0,0) holds the minimum");
        assertEquals(scale.highColour(), max, "cell (3,3) holds the maximum");
        // Orientation: trade runs along x, threat along y (3 + 0 = 3 against 0 + 6 = 6).
        assertEquals(scale.colour(3), colourAt(img, plot, area, 3, 0, scaleFactor));
        assertEquals(scale.colour(6), colourAt(img, plot, area, 0, 3, scaleFactor));
        assertNotEquals(colourAt(img, plot, area, 3, 0, scaleFactor), colourAt(img, plot, area, 0, 3, scaleFactor));
    }

    /** The pixel colour at the centre of cell (i, j), located through the plot's axes. */
    private static Color colourAt(BufferedImage img, XYPlot plot, Rectangle2D area, int i, int j, int scale) {
        double x = plot.getDomainAxis().valueToJava2D(i, area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(j, area, plot.getRangeAxisEdge());
        return new Color(img.getRGB((int) Math.round(x * scale), (int) Math.round(y * scale)));
    }

    @Test
    void missingCellsOfAPartialSweepAreGrey() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("a", "0", "1").factor("b", "0", "1");
        s.status = "running";
        s.runsWritten = 4;   // points 0 and 1 of 4
        SweepResult sweep = (SweepResult) Result.load(s.write(tmp.resolve("partial")));
        double[][] z = ReportCharts.grid(sweep, "power_ratio");
        assertEquals(0.5, z[0][0], 1e-12);
        assertEquals(Double.NaN, z[1][1]);
    }
}
