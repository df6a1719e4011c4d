package org.alignsim.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which labels of a map to draw: offered most important first, a label is taken unless
 * its box (grown by a small gap) overlaps one already taken. A label that would collide is left
 * out rather than moved, since a moved code could be read as naming the wrong country.
 */
public final class LabelPlacer {
    private static final double GAP = 2;
    private final List<Rectangle2D> taken = new ArrayList<>();

    /** Takes the box if it is free and says so. */
    public boolean take(Rectangle2D box) {
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP, box.getHeight() + 2 * GAP);
        for (Rectangle2D t : taken) if (t.intersects(grown)) return false;
        taken.add(box);
        return true;
    }
}
