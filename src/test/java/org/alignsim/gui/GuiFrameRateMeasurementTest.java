package org.alignsim.gui;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.TestScenarios;
import org.alignsim.model.World;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sim.display.Console;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measurement, not a timed test: how long the map takes to appear, how long one full repaint
 * of it takes, and how many frames a run at the Console's default speed (no delay) shows. The
 * figures are printed; the asserts only check that there was something to measure.
 */
@Tag("system")
class GuiFrameRateMeasurementTest {

    @Test
    void printsFirstFrameTimePaintTimeAndFrameRate() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "needs an X display: scripts/test.sh starts Xvfb and sets DISPLAY");
        AlignmentModel model = new AlignmentModel(new World(TestScenarios.project("indo-pacific-2024.yaml")), 42);
        Robot robot = new Robot();
        long t0 = System.nanoTime();   // from here on, what the GUI adds to a model
        Console console = GuiWindows.open(model);
        AlignSimGui gui = (AlignSimGui) console.getSimulation();
        try {
            StateView japan = gui.map.state("JPN");
            Point hokkaido = Screen.onScreen(gui, 43.4, 142.8);   // Hokkaido, inland
            Color want = StatePortrayal.fill(japan.getAlignment());
            long firstFrame = -1;
            while (System.nanoTime() - t0 < 20_000_000_000L) {
                if (Screen.close(robot.getPixelColor(hokkaido.x, hokkaido.y), want)) {
                    firstFrame = System.nanoTime() - t0;
                    break;
                }
                Thread.sleep(2);
            }
            assertTrue(firstFrame > 0, "the map appeared");

            Screen.settle();
            int repaints = 30;
            // Wall time, and Swing's own CPU time, which other work on a shared machine does not inflate.
            long[] paint = Screen.onSwing(() -> {
                var inside = gui.display.insideDisplay;
                inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());  // warm-up
                ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                long s = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
                for (int k = 0; k < repaints; k++) inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
                return new long[]{System.nanoTime() - s, cpu.getCurrentThreadCpuTime() - c};
            });

            AtomicInteger frames = new AtomicInteger();
            Screen.onSwing(() -> {
                gui.display.attach(new FieldPortrayal2D() {
                    @Override
                    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
                        if (g != null) frames.incrementAndGet();
                    }
                }, "frame counter");
                return null;
            });
            long r0 = System.nanoTime();
            Screen.onSwing(() -> {
                console.pressPlay();
                return null;
            });
            while (Screen.onSwing(console::getPlayState) != Console.PS_STOPPED && System.nanoTime() - r0 < 60_000_000_000L) Thread.sleep(1);
            double run = (System.nanoTime() - r0) / 1e9;
            assertEquals(model.world.scenario.time().steps(), model.step(), "the run went to its horizon");
            System.out.printf(Locale.ROOT, "GUI measurement: first frame %.0f ms; one full repaint of the map %.1f ms (%.1f ms CPU; %.0f frames/s at most); "
                            + "a run at the default speed: %d steps in %.2f s, %d frames shown (%.0f frames/s)%n",
                    firstFrame / 1e6, paint[0] / 1e6 / repaints, paint[1] / 1e6 / repaints, repaints * 1e9 / paint[0], model.step(), run, frames.get(), frames.get() / run);
        } finally {
            GuiWindows.close(console);
        }
    }
}
