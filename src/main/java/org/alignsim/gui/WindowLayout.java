package org.alignsim.gui;

import sim.util.media.chart.ChartGenerator;

import javax.swing.JSplitPane;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;

/**
 * Where the windows go on a 1280x1024 screen. Under Xvfb there is no window manager, so windows
 * have no title bars and nothing places them: each gets fixed bounds, tiled without overlap.
 * Map top left, Console down the right, charts and the event log in a 2x2 grid under the map.
 */
final class WindowLayout {
    private WindowLayout() {}

    static final int LEFT_W = 860, MAP_H = 440, CELL_W = LEFT_W / 2, CELL_H = (1024 - MAP_H) / 2;
    static final Rectangle MAP = new Rectangle(0, 0, LEFT_W, MAP_H);
    static final Rectangle CONSOLE = new Rectangle(LEFT_W, 0, 1280 - LEFT_W, 1024);
    static final Rectangle[] CHARTS = {
            new Rectangle(0, MAP_H, CELL_W, CELL_H),
            new Rectangle(CELL_W, MAP_H, CELL_W, CELL_H),
            new Rectangle(0, MAP_H + CELL_H, CELL_W, CELL_H)};
    static final Rectangle EVENTS = new Rectangle(CELL_W, MAP_H + CELL_H, CELL_W, CELL_H);

    /**
     * The map's own size in pixels at scale 1: the map window less the Display2D's header and
     * scroll bars, so the whole map shows without scrolling.
     */
    static final Dimension MAP_FIELD = new Dimension(LEFT_W - 17, MAP_H - 41);

    /**
     * Makes a MASON chart fill a small window: its settings pane is folded away (drag the divider
     * to open it) and the chart is drawn at the window's size so its fonts are not scaled down.
     */
    static void fitChart(ChartGenerator chart, Rectangle cell) {
        for (Component c : chart.getComponents()) if (c instanceof JSplitPane split) split.setDividerLocation(0);
        // The chart's viewport: the window less the chart's header row, the divider and a scroll bar.
        double w = cell.width - 28, h = cell.height - 26;
        chart.DEFAULT_CHART_HEIGHT = h;
        // MASON's "Fill" makes the height width / proportion; round up so the chart never needs scrolling.
        chart.setProportion(Math.ceil(w / h * 100) / 100);
    }
}
