package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.MapPainter;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * A key in the lower left corner of the visible part of the map (so it stays in view when the
 * user zooms or pans): the alignment colour scale, what a country's outline means, and the grey
 * of countries the scenario does not have.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final int BAR_W = 150, BAR_H = 9;
    private static final Color TEXT = new Color(0x333333);

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int x = (int) info.clip.x + 10, y = (int) (info.clip.y + info.clip.height) - 62;
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRect(x - 6, y - 16, BAR_W + 150, 74);
        g.setFont(new Font("SansSerif", Font.PLAIN, 10));
        g.setColor(TEXT);
        g.drawString("alignment", x, y - 4);
        for (int k = 0; k < BAR_W; k++) {
            g.setColor(BlocColors.forAlignment(-1 + 2.0 * k / (BAR_W - 1)));
            g.fillRect(x + k, y, 1, BAR_H);
        }
        g.setColor(TEXT);
        g.drawString("China", x, y + BAR_H + 11);
        g.drawString("hedging", x + BAR_W / 2 - 18, y + BAR_H + 11);
        g.drawString("US", x + BAR_W - 12, y + BAR_H + 11);
        g.setColor(MapPainter.LAND);
        g.fillRect(x + BAR_W + 14, y, 12, BAR_H);
        g.setColor(TEXT);
        g.drawString("not modelled", x + BAR_W + 32, y + BAR_H - 1);
        g.drawString("outline: commitment rung", x + BAR_W + 14, y + 26);
        for (int rung = 0; rung <= 4; rung++) {
            Rectangle2D.Double square = new Rectangle2D.Double(x + 4 + rung * 22, y + 34, 11, 11);
            g.setColor(BlocColors.HEDGING);
            g.fill(square);
            g.setColor(MapPainter.OUTLINE);
            g.setStroke(new BasicStroke(rung == 0 ? 0.6f : MapPainter.OUTLINE_PER_RUNG * rung));
            g.draw(square);
        }
        g.setColor(TEXT);
        g.drawString("none → collective defence", x + 118, y + 44);
    }
}
