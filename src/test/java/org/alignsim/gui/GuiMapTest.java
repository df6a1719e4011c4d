package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.chart.MapPainter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.display.Console;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JMenu;
import java.awt.Color;
import java.awt.Component;
import java.awt.Point;
import java.awt.Robot;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.alignsim.gui.Screen.capture;
import static org.alignsim.gui.Screen.close;
import static org.alignsim.gui.Screen.onSwing;
import static org.alignsim.gui.Screen.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The world map on an X display (Xvfb under scripts/test.sh), as a user sees it: after a dozen
 * steps, in each view of the view menu, the screen shows each sampled place in its state's live
 * colour, other land grey and the sea as sea; a double-click where a country and its capital's
 * disc overlap opens one inspector; hovering names the country; the File menu offers no
 * checkpoints. Screenshots of every view are kept in target/test-artifacts.
 */
@Tag("system")
class GuiMapTest {

    /** A place from an atlas, away from label points and the legend's corner; code null: not a modelled state. */
    private record Place(String name, double lat, double lon, String code, Color colour) {}

    @Test
    void screenShowsStatesInTheirColourOtherLandGreyAndTheSeaInEveryView() throws Exception {
        Console console = Screen.openBaseline();
        AlignSimGui gui = (AlignSimGui) console.getSimulation();
        try {
            Screen.step(console, 12);
            assertEquals(12, gui.model.step());
            Place hokkaido = new Place("Hokkaido", 43.4, 142.8, "JPN", null), xinjiang = new Place("Xinjiang", 41.0, 85.0, "CHN", BlocColors.CHINA);
            Place pacific = new Place("the Pacific", 25.0, 155.0, null, MapPainter.SEA), kazakhstan = new Place("Kazakhstan", 48.0, 68.0, null, MapPainter.LAND);
            Map<String, List<Place>> views = Map.of(
                    MapViews.STATES, List.of(hokkaido, xinjiang, pacific, kazakhstan, new Place("Kansas", 39.0, -99.0, "USA", BlocColors.US)),
                    MapViews.WORLD, List.of(xinjiang, pacific, kazakhstan, new Place("Brazil", -10.0, -55.0, null, MapPainter.LAND)),
                    MapViews.INDO_PACIFIC, List.of(hokkaido, xinjiang, pacific, new Place("the Bay of Bengal", 15.0, 88.0, null, MapPainter.SEA),
                            new Place("Western Australia", -25.0, 121.0, "AUS", null)),
                    MapViews.EUROPE, List.of(new Place("Bavaria", 48.7, 11.5, "DEU", null), new Place("Aquitaine", 44.5, 0.5, "FRA", null),
                            new Place("the Bay of Biscay", 45.5, -5.0, null, MapPainter.SEA), new Place("Belarus", 53.5, 28.0, null, MapPainter.LAND)));
            Robot robot = new Robot();
            JComboBox<?> menu = onSwing(() -> viewMenu(gui));
            for (String view : List.of(MapViews.STATES, MapViews.WORLD, MapViews.INDO_PACIFIC, MapViews.EUROPE)) {
                onSwing(() -> {
                    menu.setSelectedItem(view);
                    return null;
                });
                settle();
                BufferedImage shot = capture(robot, gui.mapFrame(), "gui-map-" + view.toLowerCase().replace(' ', '-') + ".png");
                Point origin = onSwing(() -> gui.mapFrame().getLocationOnScreen());
                Rectangle2D seen = onSwing(() -> new Rectangle2D.Double(gui.display.display.getViewport().getLocationOnScreen().x,
                        gui.display.display.getViewport().getLocationOnScreen().y, gui.display.display.getViewport().getWidth(),
                        gui.display.display.getViewport().getHeight()));
                for (Place p : views.get(view)) {
                    Point at = Screen.onScreen(gui, p.lat(), p.lon());
                    assertTrue(seen.contains(at), p.name() + " in the " + view + " view");
                    Color want = p.colour() != null ? p.colour() : StatePortrayal.fill(gui.map.state(p.code()).getAlignment());
                    Color got = Screen.pixel(shot, origin, at);
                    assertTrue(close(got, want), p.name() + " in the " + view + " view: " + got + ", expected " + want);
                }
            }
            assertTrue(onSwing(gui.display::getScale) > 2, "Europe is zoomed in");

            // Hovering over a country names it.
            onSwing(() -> {
                menu.setSelectedItem(MapViews.INDO_PACIFIC);
                return null;
            });
            settle();
            Point hokkaidoOnScreen = Screen.onScreen(gui, hokkaido.lat(), hokkaido.lon());
            String tip = onSwing(() -> {
                Point inside = gui.display.insideDisplay.getLocationOnScreen();
                return gui.display.insideDisplay.createToolTipText(new Rectangle2D.Double(hokkaidoOnScreen.x - inside.x, hokkaidoOnScreen.y - inside.y, 1, 1), gui);
            });
            assertTrue(tip != null && tip.contains("Japan (JPN): "), tip);

            // With the capitals' discs on, a double-click on Tokyo hits Japan's disc and Japan's shape: one inspector.
            onSwing(() -> {
                for (Component item : gui.display.popup.getComponents())
                    if (item instanceof JCheckBoxMenuItem box && box.getText().equals(MapLayers.CAPITALS)) box.doClick();
                return null;
            });
            settle();
            Screen.doubleClick(robot, Screen.capitalOnScreen(gui, gui.map.state("JPN")));
            settle();
            List<String> inspected = onSwing(() -> {
                List<String> names = new ArrayList<>();
                for (Object i : console.getAllInspectors()) names.add(String.valueOf(i));
                return names;
            });
            assertEquals(1, inspected.size(), "one inspector for one state: " + inspected);

            // No checkpoints in the File menu: the model cannot be serialised (see GuiWindows).
            List<String> file = onSwing(() -> {
                JMenu m = console.getJMenuBar().getMenu(0);
                List<String> items = new ArrayList<>();
                for (int k = 0; k < m.getItemCount(); k++) if (m.getItem(k) != null) items.add(m.getItem(k).getText());
                return items;
            });
            assertTrue(file.contains("Quit"), file.toString());
            assertTrue(Collections.disjoint(file, GuiWindows.CHECKPOINT_ITEMS), "no checkpoint items: " + file);
        } finally {
            GuiWindows.close(console);
        }
    }

    private static JComboBox<?> viewMenu(AlignSimGui gui) {
        for (Component c : gui.display.header.getComponents()) if (c instanceof JComboBox<?> box) return box;
        throw new AssertionError("no view menu in the display's header");
    }
}
