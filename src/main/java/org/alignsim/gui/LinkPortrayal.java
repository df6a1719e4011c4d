package org.alignsim.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.util.Valuable;

import java.awt.Color;
import java.util.function.DoubleSupplier;

/**
 * A line between two states whose width in pixels is its edge's weight (a {@link Link}).
 * Links are not hit by clicks: every link ends at a state's centre, so a double-click on a state
 * would otherwise open an inspector for each of its links too.
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {

    /** Edge info: a weight in pixels, computed when drawn so links follow the live model. */
    record Link(String name, DoubleSupplier width) implements Valuable {
        @Override
        public double doubleValue() { return width.getAsDouble(); }

        @Override
        public String toString() { return name; }
    }

    LinkPortrayal(Color colour) {
        super(colour, null);
        setShape(SHAPE_LINE_ROUND_ENDS);
        setAdjustsThickness(true);
        setScaling(NEVER_SCALE);
        setBaseWidth(1.0);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) { return false; }
}
