package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;

/**
 * A key in the lower left corner of the visible part of the map (so it stays in view when the
 * user zooms or pans): the alignment colour scale, and what a disc's area and ring mean.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final int BAR_W = 150, BAR_H = 9;

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int x = (int) info.clip.x + 10, y = (int) (info.clip.y + info.clip.height) - 62;
        g.setColor(new Color(255, 255, 255, 215));
        g.fillRect(x - 6, y - 16, BAR_W + 140, 74);
        g.setFont(new Font("SansSerif", Font.PLAIN, 10));
        g.setColor(new Color(0x333333));
        g.drawString("alignment", x, y - 4);
        for (int k = 0; k < BAR_W; k++) {
            g.setColor(BlocColors.forAlignment(-1 + 2.0 * k / (BAR_W - 1)));
            g.fillRect(x + k, y, 1, BAR_H);
        }
        g.setColor(new Color(0x333333));
        g.drawString("China", x, y + BAR_H + 11);
        g.drawString("hedging", x + BAR_W / 2 - 18, y + BAR_H + 11);
        g.drawString("US", x + BAR_W - 12, y + BAR_H + 11);
        g.drawString("disc area: GDP", x + BAR_W + 14, y + 8);
        g.drawString("ring: commitment rung", x + BAR_W + 14, y + 22);
        for (int rung = 0; rung <= 4; rung++) {
            double cx = x + 8 + rung * 22, cy = y + 40, r = 5;
            g.setColor(BlocColors.HEDGING);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            float w = rung == 0 ? 0.75f : StatePortrayal.RING_PER_RUNG * rung;
            double rr = rung == 0 ? r : r + w / 2;
            g.setColor(rung == 0 ? StatePortrayal.OUTLINE : StatePortrayal.RING);
            g.setStroke(new BasicStroke(w));
            g.draw(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
        }
        g.setColor(new Color(0x333333));
        g.drawString("none → collective defence", x + 118, y + 44);
    }
}
