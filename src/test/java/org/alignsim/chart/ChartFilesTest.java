package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of chart is written as a real PNG (twice the nominal size) and a well-formed SVG. */
class ChartFilesTest {

    @TempDir
    Path tmp;

    private static final int W = 640, H = 420;

    private void check(JFreeChart chart, String name, int w, int h) throws Exception {
        ChartFiles.save(chart, tmp.resolve(name), w, h, true, true);
        ChartImages.assertPng(tmp.resolve(name + ".png"), w * ChartFiles.PNG_SCALE, h * ChartFiles.PNG_SCALE);
        ChartImages.assertSvg(tmp.resolve(name + ".svg"), w, h);
    }

    static List<Band> blocBands() {
        double[] x = {2024, 2024.5, 2025, 2025.5, 2026};
        return List.of(
                new Band("US-aligned", BlocColors.US, x, new double[]{.5, .5, .45, .4, .4}, new double[]{.6, .6, .55, .5, .5}, new double[]{.7, .7, .65, .6, .6}),
                new Band("hedging", BlocColors.HEDGING, x, new double[]{.2, .2, .25, .3, .3}, new double[]{.25, .3, .3, .35, .35}, new double[]{.3, .35, .4, .4, .45}),
                Band.line("China-aligned", BlocColors.CHINA, x, new double[]{.15, .1, .15, .15, .15}));
    }

    @Test
    void timeSeriesWithBands() throws Exception {
        JFreeChart c = BandChart.panels("Bloc shares", "median and 5–95 % band", BandChart.XAxis.years("year"), "share (0–1)",
                List.of("panel A", "panel B"), List.of(blocBands(), blocBands()), null);
        check(c, "timeseries", W, H);
    }

    @Test
    void bandChartUsesTheBlocColours() throws Exception {
        JFreeChart c = BandChart.create("Bloc shares", null, BandChart.XAxis.years("year"), "share", blocBands(), null);
        BufferedImage img = ChartFiles.render(c, W, H, 1, null);
        boolean us = false, hedge = false, china = false;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                us |= rgb == (BlocColors.US.getRGB() & 0xFFFFFF);
                hedge |= rgb == (BlocColors.HEDGING.getRGB() & 0xFFFFFF);
                china |= rgb == (BlocColors.CHINA.getRGB() & 0xFFFFFF);
            }
        }
        assertTrue(us && hedge && china, "all three bloc colours drawn (legend and lines)");
    }

    @Test
    void alignmentChart() throws Exception {
        List<AlignmentChart.StateValue> rows = new ArrayList<>();
        String[] regions = {"east_asia", "east_asia", "south_asia", "europe"};
        for (int i = 0; i < regions.length; i++) {
            double m = 0.8 - 0.5 * i;
            rows.add(new AlignmentChart.StateValue("S" + i, "State " + i, regions[i], m - 0.2, m, Math.min(1, m + 0.2)));
        }
        JFreeChart one = AlignmentChart.create("Final alignment", "sub", rows, List.of("a"), List.of(rows), 0.3);
        check(one, "alignment", 700, AlignmentChart.heightFor(rows.size(), 1));
        JFreeChart two = AlignmentChart.create("Final alignment", null, rows, List.of("a", "b"), List.of(rows, rows), 0.3);
        check(two, "alignment2", 700, AlignmentChart.heightFor(rows.size(), 2));
    }

    @Test
    void heatMapAndScatter() throws Exception {
        double[][] z = {{0, 1, 2}, {1, 2, 3}, {2, 3, Double.NaN}};
        String[] lv = {"0", "1", "2"};
        check(PhaseDiagram.heatMap("Heat", "sub", "x", lv, "y", lv, z, "z (units)", ColourScale.viridis(0, 3)), "heat", W, H);
        check(PhaseDiagram.scatter("Scatter", null, "x", new double[]{0.1, 0.5, 0.9}, "y", new double[]{1, 3, 2},
                new double[]{-0.5, 0, 0.7}, "mean alignment", ColourScale.alignment()), "scatter", W, H);
    }

    @Test
    void factorLineOnNamedLevels() throws Exception {
        double[] x = {0, 1, 2};
        Band b = new Band("outcome", BlocColors.series(0), x, new double[]{.1, .2, .3}, new double[]{.2, .3, .4}, new double[]{.3, .4, .5});
        check(BandChart.create("By level", null, BandChart.XAxis.levels("china.strategy", new String[]{"none", "inducement", "coercion"}),
                "share", List.of(b), null), "levels", W, H);
    }

    @Test
    void colourScaleEndsAreExact() {
        ColourScale s = ColourScale.viridis(2, 5);
        assertEquals(s.lowColour(), s.colour(2));
        assertEquals(s.highColour(), s.colour(5));
        assertEquals(s.lowColour(), s.colour(-100), "clamped below");
        assertEquals(BlocColors.NO_DATA, s.colour(Double.NaN));
        ColourScale flat = ColourScale.viridis(1, 1);
        assertTrue(flat.getUpperBound() > flat.getLowerBound());
        assertEquals(new Color(0xFDE725), ColourScale.viridis(0, 1).highColour());
    }
}
