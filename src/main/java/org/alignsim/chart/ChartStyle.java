package org.alignsim.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

/**
 * The look shared by every chart: DejaVu Sans (installed with the test tools and common on
 * Linux, so PNGs look the same on every machine) or the JVM's sans-serif, white background,
 * light grid, sizes readable when a chart is shrunk to a column of a paper.
 */
public final class ChartStyle {
    private ChartStyle() {}

    public static final String FONT_FAMILY = pickFamily();
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color TEXT = new Color(0x222222);

    private static String pickFamily() {
        try {
            String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
            if (Arrays.asList(names).contains("DejaVu Sans")) return "DejaVu Sans";
        } catch (RuntimeException | Error e) {
            // no font configuration at all: the logical font below always exists
        }
        return Font.SANS_SERIF;
    }

    public static Font font(int style, float size) {
        return new Font(FONT_FAMILY, style, Math.round(size));
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("alignsim");
        t.setExtraLargeFont(font(Font.BOLD, 18));
        t.setLargeFont(font(Font.BOLD, 14));
        t.setRegularFont(font(Font.PLAIN, 13));
        t.setSmallFont(font(Font.PLAIN, 12));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(new Color(0x888888));
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setTitlePaint(TEXT);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(TEXT);
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return t;
    }

    /** Applies the house style; call before setting series colours, which the theme would reset. */
    public static void apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) legend.setFrame(BlockBorder.NONE);
    }

    public static void subtitle(JFreeChart chart, String text) {
        if (text == null || text.isEmpty()) return;
        TextTitle t = new TextTitle(text, font(Font.PLAIN, 12));
        t.setPaint(new Color(0x555555));
        chart.addSubtitle(0, t);
    }

    /** Grid on, thin lines, no gap between axes and plot. */
    public static void xyPlot(XYPlot p) {
        p.setDomainGridlinesVisible(true);
        p.setRangeGridlinesVisible(true);
        p.setDomainGridlineStroke(new BasicStroke(0.8f));
        p.setRangeGridlineStroke(new BasicStroke(0.8f));
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setBackgroundPaint(Color.WHITE);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Fonts of an axis made after the theme was applied. */
    public static void axis(ValueAxis a) {
        a.setLabelFont(font(Font.PLAIN, 13));
        a.setTickLabelFont(font(Font.PLAIN, 12));
        a.setLabelPaint(TEXT);
        a.setTickLabelPaint(TEXT);
    }

    /** An axis of years: whole years, no thousands separator ("2030", not "2,030"). */
    public static NumberAxis yearAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        a.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        a.setLowerMargin(0);
        a.setUpperMargin(0);
        axis(a);
        return a;
    }

    /** A value axis with plain decimals, whatever the JVM's locale. */
    public static NumberAxis valueAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis(a);
        return a;
    }
}
