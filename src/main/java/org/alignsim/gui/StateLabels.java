package org.alignsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.simple.LabelledPortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/**
 * The ISO3 code under each state, as its own layer so the layer menu can hide the labels. The
 * child portrayal draws and hits nothing, so the label layer never adds a second inspector to a
 * double-click; the label is pushed below the disc, whose size changes with GDP.
 */
final class StateLabels extends LabelledPortrayal2D {
    private final StatePortrayal discs;

    StateLabels(StatePortrayal discs) {
        super(new SimplePortrayal2D(), 0, 0, 0, 0, new Font("SansSerif", Font.BOLD, 9), ALIGN_CENTER, null,
                new Color(0x1A1A1A), false);
        this.discs = discs;
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        // LabelledPortrayal2D places the text offsety pixels below the object's centre.
        offsety = discs.outerRadiusPx((StateView) object, info) + 9;
        super.draw(object, graphics, info);
    }
}
