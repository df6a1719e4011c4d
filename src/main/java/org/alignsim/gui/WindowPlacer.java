package org.alignsim.gui;

import java.awt.AWTEvent;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowEvent;
import java.util.Set;

/**
 * Places windows MASON opens later (a property's chart, an inspector torn off the Console).
 * Without a window manager (Xvfb) they would open at the top left, over the map, and could not be
 * moved; this puts them over the chart area, cascading, and shrinks them to fit the screen. A
 * window already placed elsewhere (by a window manager or by MASON) is left alone.
 */
final class WindowPlacer implements AWTEventListener {
    private final Set<Window> own;
    private int opened;

    /** @param own the windows laid out already, which must not move */
    WindowPlacer(Set<Window> own) { this.own = own; }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() != WindowEvent.WINDOW_OPENED || !(event.getSource() instanceof Window w)) return;
        if (own.contains(w) || w.getX() != 0 || w.getY() != 0) return;
        int step = 24 * (opened++ % 8);
        Rectangle area = new Rectangle(0, WindowLayout.MAP_H, WindowLayout.LEFT_W, 1024 - WindowLayout.MAP_H);
        w.setBounds(area.x + step, area.y + step, Math.min(w.getWidth(), area.width - step), Math.min(w.getHeight(), area.height - step));
        w.validate();
    }
}
