package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.model.AlignmentModel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;

/**
 * A state on the map's optional capitals layer: a disc at its capital, filled with its alignment's colour on the shared
 * China-hedging-US scale, its area proportional to GDP (so power reads as area, not diameter),
 * with a dark ring whose thickness is its commitment rung (no ring below "dialogue"). A
 * selected state gets an extra dashed ring.
 */
public final class StatePortrayal extends SimplePortrayal2D {
    /** Ring thickness in pixels per commitment rung; pixels so the rungs stay legible at any zoom. */
    static final float RING_PER_RUNG = 1.25f;
    static final Color RING = new Color(0x222222);
    static final Color OUTLINE = new Color(0x666666);

    /** Field units (degrees) of diameter per sqrt(GDP in US$ bn). */
    private final double perRootGdp;
    private final double minDiameter;
    private final Ellipse2D.Double disc = new Ellipse2D.Double();

    /**
     * @param maxDiameter diameter, in field units, of the state with the largest starting GDP
     * @param minDiameter smallest diameter, so a small state stays visible and clickable
     */
    public StatePortrayal(AlignmentModel model, double maxDiameter, double minDiameter) {
        double maxGdp = 1e-9;
        for (double g : model.world.gdp0) maxGdp = Math.max(maxGdp, g);
        this.perRootGdp = maxDiameter / Math.sqrt(maxGdp);
        this.minDiameter = minDiameter;
    }

    /** The fill for a state: its live alignment on the shared scale. */
    public static Color fill(double alignment) { return BlocColors.forAlignment(alignment); }

    /** Diameter in field units from the state's live GDP. */
    public double diameter(StateView s) {
        return Math.max(minDiameter, perRootGdp * Math.sqrt(Math.max(0, s.getGdp())));
    }

    /** Radius in pixels including the commitment ring, for whatever sits just outside the disc. */
    double outerRadiusPx(StateView s, DrawInfo2D info) {
        return diameter(s) * info.draw.width / 2 + RING_PER_RUNG * s.getCommitmentRung() + 1;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        StateView s = (StateView) object;
        double d = diameter(s) * info.draw.width;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        disc.setFrame(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        g.setColor(fill(s.getAlignment()));
        g.fill(disc);
        int rung = s.getCommitmentRung();
        if (rung == 0) {
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(0.75f));
            g.draw(disc);
        } else {
            float w = RING_PER_RUNG * rung;
            // The ring sits outside the disc so it never hides the alignment colour.
            double r = d / 2 + w / 2;
            g.setColor(RING);
            g.setStroke(new BasicStroke(w));
            g.draw(new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r));
        }
        if (info.selected) {
            double r = d / 2 + RING_PER_RUNG * rung + 3;
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{4f, 3f}, 0f));
            g.draw(new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        StateView s = (StateView) object;
        double r = outerRadiusPx(s, range) + 1;  // a pixel of slop, as MASON's own shapes allow
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
