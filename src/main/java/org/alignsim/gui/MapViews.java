package org.alignsim.gui;

import org.alignsim.geo.Country;
import org.alignsim.geo.WorldMap;
import sim.display.Display2D;

import javax.swing.JComboBox;
import javax.swing.JViewport;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the map looks: the modelled states (the default), the world, the Indo-Pacific or Europe,
 * chosen from a menu in the display's header. A view is a box of longitudes and latitudes that
 * the display zooms and scrolls to fit, centred; the user's own zooming and panning work as before.
 */
final class MapViews {
    static final String STATES = "The states", WORLD = "World", INDO_PACIFIC = "Indo-Pacific", EUROPE = "Europe";
    /** Degrees of map around the states' own extent. */
    private static final double MARGIN = 6;

    private final MapProjection projection;
    private final Map<String, Rectangle2D> boxes = new LinkedHashMap<>();

    MapViews(MapProjection projection, StateView[] states) {
        this.projection = projection;
        boxes.put(STATES, statesBox(projection, states));
        boxes.put(WORLD, new Rectangle2D.Double(0, 0, projection.width, projection.height));
        boxes.put(INDO_PACIFIC, projection.fieldBox(new Rectangle2D.Double(55, -48, 125, 98)));
        boxes.put(EUROPE, projection.fieldBox(new Rectangle2D.Double(-25, 34, 70, 38)));
    }

    /** The field area of a view. */
    Rectangle2D box(String view) { return boxes.get(view); }

    /** The menu of views, for the display's header. */
    JComboBox<String> menu(Display2D display) {
        JComboBox<String> menu = new JComboBox<>(boxes.keySet().toArray(String[]::new));
        menu.setToolTipText("Show the modelled states, the world or a region");
        menu.setMaximumSize(menu.getPreferredSize());
        menu.addActionListener(e -> show(display, (String) menu.getSelectedItem()));
        return menu;
    }

    /** Zooms and scrolls the display so that the view fills it, centred. Call on Swing's thread once the display is laid out. */
    void show(Display2D display, String view) {
        Rectangle2D box = boxes.get(view);
        JViewport port = display.display.getViewport();
        double sx = display.insideDisplay.width / projection.width, sy = display.insideDisplay.height / projection.height;
        // Twice: zooming in brings scroll bars, which take room the first fit counted on.
        for (int pass = 0; pass < 2; pass++) {
            Dimension seen = port.getExtentSize();
            double scale = Math.min(seen.width / (box.getWidth() * sx), seen.height / (box.getHeight() * sy));
            display.setScale(Math.floor(scale * 100) / 100);   // the scale field shows two decimals
            display.display.validate();   // so the viewport knows the new size before it scrolls
        }
        double s = display.getScale();
        Dimension seen = port.getExtentSize(), all = port.getViewSize();
        int x = (int) Math.round(box.getCenterX() * sx * s - seen.width / 2.0), y = (int) Math.round(box.getCenterY() * sy * s - seen.height / 2.0);
        port.setViewPosition(new Point(Math.max(0, Math.min(x, all.width - seen.width)), Math.max(0, Math.min(y, all.height - seen.height))));
        display.repaint();
    }

    /** The modelled countries proper (not their far islands), with a margin, in field units. */
    static Rectangle2D statesBox(MapProjection projection, StateView[] states) {
        Rectangle2D box = null;
        for (StateView s : states) {
            Country c = WorldMap.get().country(s.getCode());
            if (c == null) continue;
            Rectangle2D b = c.mainBounds();
            Rectangle2D f = projection.fieldBox(new Rectangle2D.Double(b.getX() - MARGIN, b.getY() - MARGIN, b.getWidth() + 2 * MARGIN, b.getHeight() + 2 * MARGIN));
            if (box == null) box = f;
            else box.add(f);
        }
        return box == null ? new Rectangle2D.Double(0, 0, projection.width, projection.height) : box;
    }
}
