package org.alignsim.gui;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

import javax.swing.AbstractButton;
import java.awt.Component;
import java.awt.Container;
import java.awt.geom.Rectangle2D;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * MASON's display with two changes for a map where a state is both a country and, optionally, a
 * disc at its capital: a click that hits both finds the state once (the topmost layer's), so a
 * double-click opens one inspector, not two; and tool tips are on, so hovering over a country
 * shows its full name.
 */
final class MapDisplay extends Display2D {

    MapDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        // MASON keeps its tool-tip switch private to the options window; its own check box turns it on.
        AbstractButton tips = find(optionPane, "Tool Tips");
        if (tips != null && !tips.isSelected()) tips.doClick();
    }

    @Override
    public Bag[] objectsHitBy(Rectangle2D.Double rect) {
        Bag[] hits = super.objectsHitBy(rect);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int layer = hits.length - 1; layer >= 0; layer--) {
            Bag keep = new Bag();
            for (Object w : hits[layer]) if (seen.add(((LocationWrapper) w).getObject())) keep.add(w);
            hits[layer] = keep;
        }
        return hits;
    }

    private static AbstractButton find(Container c, String text) {
        for (Component k : c.getComponents()) {
            if (k instanceof AbstractButton b && text.equals(b.getText())) return b;
            if (k instanceof Container sub) {
                AbstractButton b = find(sub, text);
                if (b != null) return b;
            }
        }
        return null;
    }
}
