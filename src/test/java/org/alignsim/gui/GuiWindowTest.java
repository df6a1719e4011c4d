package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.model.AlignmentModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.portrayal.inspector.PropertyInspector;
import sim.portrayal.inspector.TimeSeriesChartingPropertyInspector;
import sim.util.Properties;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.alignsim.gui.Screen.capture;
import static org.alignsim.gui.Screen.close;
import static org.alignsim.gui.Screen.distinctColours;
import static org.alignsim.gui.Screen.onSwing;
import static org.alignsim.gui.Screen.settle;

/**
 * The real GUI on an X display (Xvfb under scripts/test.sh): steps the model with the Console's
 * buttons, double-clicks a state with the mouse, charts an inspector property, and keeps PNG
 * screenshots of the map and a chart window in target/test-artifacts (gui-map.png is the
 * README's docs/gui.png).
 */
@Tag("system")
class GuiWindowTest {
    @Test
    void liveGuiDrawsTheMapChartsAndInspectors() throws Exception {
        Console console = Screen.openBaseline();
        AlignSimGui gui = (AlignSimGui) console.getSimulation();
        AlignmentModel model = gui.model;
        List<Window> extra = new ArrayList<>();
        try {
            for (JFrame f : gui.frames()) assertTrue(new Rectangle(0, 0, 1280, 1024).contains(f.getBounds()), f.getTitle() + " off screen");
            assertTrue(new Rectangle(0, 0, 1280, 1024).contains(console.getBounds()));

            Screen.step(console, 12);
            assertEquals(12, model.step());
            settle();
            assertTrue(gui.eventText().contains("nato-ip4-projects (status) fires"), gui.eventText());

            Robot robot = new Robot();
            BufferedImage map = capture(robot, gui.mapFrame(), "gui-map.png");
            checkMap(map);
            BufferedImage chart = capture(robot, gui.chartFrame(0), "gui-chart.png");
            checkChart(chart);

            // The trade layers, switched on from the display's layer menu as a user would.
            onSwing(() -> {
                for (Component item : gui.display.popup.getComponents())
                    if (item instanceof JCheckBoxMenuItem box && box.getText().startsWith("Trade with")) box.doClick();
                return null;
            });
            settle();
            BufferedImage withTrade = capture(robot, gui.mapFrame(), "gui-map-trade.png");
            assertTrue(distinctColours(withTrade) > distinctColours(map), "trade lines add translucent blends");

            // The Model tab lists the live weights, and not what the run's (persistent) rule does not read.
            List<String> modelTab = onSwing(() -> labels(console.getModelInspector()));
            for (String w : List.of("WeightThreat", "WeightTrade", "ShockSd")) assertTrue(modelTab.contains(w), w + " in " + modelTab);
            assertFalse(modelTab.contains("Rationality"), "the persistent rule reads no rationality: " + modelTab);

            // A double-click on Japan with the mouse (inland Honshu) opens its inspector in the Console.
            Screen.doubleClick(robot, Screen.onScreen(gui, 36.4, 138.3));
            settle();
            List<String> labels = onSwing(() -> {
                List<String> all = new ArrayList<>();
                // MASON wraps a state's SimpleInspector in its field portrayal's inspector (position + properties).
                for (Object i : console.getAllInspectors()) all.addAll(labels((Container) i));
                return all;
            });
            for (String p : List.of("Code", "Alignment", "UnVoting", "Commitment", "ThreatPull", "TradePull", "InstitutionsPull",
                    "ThreatFromChina", "ThreatFromRussia", "ThreatFromUS")) assertTrue(labels.contains(p), p + " in " + labels);
            assertEquals("Inspectors", onSwing(() -> console.getTabPane().getTitleAt(console.getTabPane().getSelectedIndex())));

            // MASON's per-property chart, made as the magnifying glass's "Chart" menu item makes it.
            Properties props = Properties.getProperties(gui.map.state("JPN"));
            int alignment = indexOf(props, "Alignment");
            TimeSeriesChartingPropertyInspector chartInspector = onSwing(() -> {
                PropertyInspector pi = PropertyInspector.makeInspector(TimeSeriesChartingPropertyInspector.class, props, alignment, console, gui);
                pi.setStopper(pi.reviseStopper(gui.scheduleRepeatingImmediatelyAfter(pi.getUpdateSteppable())));
                console.registerInspector(pi, pi.getStopper());
                if (pi.shouldCreateFrame()) extra.add(pi.createFrame(pi.getStopper()));
                pi.updateInspector();
                TimeSeriesChartingPropertyInspector tpi = (TimeSeriesChartingPropertyInspector) pi;
                extra.add(tpi.getGenerator().getFrame());
                return tpi;
            });
            onSwing(() -> {
                for (int k = 0; k < 8; k++) console.pressPlay();
                return null;
            });
            settle();
            int points = onSwing(() -> ((org.jfree.data.xy.XYSeriesCollection) chartInspector.getGenerator().getSeriesDataset()).getSeries(0).getItemCount());
            assertTrue(points >= 8, "property chart points: " + points);
            Rectangle chartWindow = onSwing(() -> chartInspector.getGenerator().getFrame().getBounds());
            assertFalse(chartWindow.intersects(gui.mapFrame().getBounds()), "the property chart opens beside the map, not over it: " + chartWindow);
            capture(robot, null, "gui-screen.png");

            // Stop, then start again (paused): the model restarts from its first step and the charts start over.
            onSwing(() -> {
                console.pressStop();
                console.pressPause();
                return null;
            });
            settle();
            assertEquals(0, model.step());
            assertEquals(1, onSwing(() -> ((org.jfree.data.xy.XYSeriesCollection) gui.charts.byCount.getSeriesDataset()).getSeries(0).getItemCount()));
        } finally {
            onSwing(() -> {
                for (Window w : extra) w.dispose();
                return null;
            });
            GuiWindows.close(console);
        }
        settle();
        for (Window w : Window.getWindows()) assertFalse(w.isShowing(), "still showing: " + w);
    }

    /** The poles' exact colours show (China and the US are large), and the window is a drawn map, not a blank one. */
    private static void checkMap(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) colours.add(img.getRGB(x, y));
        assertTrue(colours.contains(BlocColors.US.getRGB()) && colours.contains(BlocColors.CHINA.getRGB()), "the poles' colours");
        assertTrue(colours.size() > 100, "a drawn map, not a blank window");
    }

    private static void checkChart(BufferedImage img) {
        assertTrue(distinctColours(img) > 20, "a drawn chart");
        int us = 0, hedging = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) {
            Color c = new Color(img.getRGB(x, y));
            if (close(c, BlocColors.US)) us++;
            if (close(c, BlocColors.HEDGING)) hedging++;
        }
        assertTrue(us > 30 && hedging > 30, "series lines in the bloc colours: " + us + ", " + hedging);
    }

    private static List<String> labels(Container c) {
        List<String> out = new ArrayList<>();
        for (Component k : c.getComponents()) {
            if (k instanceof JLabel l && l.getText() != null) out.add(l.getText().strip());
            if (k instanceof Container sub) out.addAll(labels(sub));
        }
        return out;
    }

    private static int indexOf(Properties p, String name) {
        for (int k = 0; k < p.numProperties(); k++) if (p.getName(k).equals(name)) return k;
        throw new AssertionError(name);
    }
}
