package org.alignsim.gui;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.TestScenarios;
import org.alignsim.model.World;
import sim.display.Console;
import sim.portrayal.DrawInfo2D;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the GUI system tests share: Swing's thread, screenshots kept as artefacts, colour checks. */
final class Screen {
    private Screen() {}

    static final Path ARTEFACTS = Path.of("target", "test-artifacts");

    /** The GUI on the 2024 baseline, seed 42, on the X display the system tests run under. */
    static Console openBaseline() {
        assertFalse(GraphicsEnvironment.isHeadless(), "needs an X display: scripts/test.sh starts Xvfb and sets DISPLAY");
        return GuiWindows.open(new AlignmentModel(new World(TestScenarios.project("indo-pacific-2024.yaml")), 42));
    }

    /** Steps a stopped run: pause starts it paused, and each play press while paused is one step (MASON's step button). */
    static void step(Console console, int steps) throws Exception {
        onSwing(() -> {
            console.pressPause();
            for (int k = 0; k < steps; k++) console.pressPlay();
            return null;
        });
    }

    /** A screenshot of a window (or the whole screen), as the X server shows it, saved as an artefact. */
    static BufferedImage capture(Robot robot, Window w, String name) throws Exception {
        Files.createDirectories(ARTEFACTS);
        Rectangle r = w == null ? new Rectangle(0, 0, 1280, 1024) : onSwing(() -> new Rectangle(w.getLocationOnScreen(), w.getSize()));
        BufferedImage img = robot.createScreenCapture(r);
        ImageIO.write(img, "png", ARTEFACTS.resolve(name).toFile());
        return img;
    }

    /** The pixel of a screenshot of w at a point given in screen coordinates. */
    static Color pixel(BufferedImage shot, Point windowOrigin, Point onScreen) {
        return new Color(shot.getRGB(onScreen.x - windowOrigin.x, onScreen.y - windowOrigin.y));
    }

    /** A state's capital on the screen, from the display's own mapping of the field to pixels. */
    static Point capitalOnScreen(AlignSimGui gui, StateView s) throws Exception {
        return onSwing(() -> {
            DrawInfo2D info = gui.display.getDrawInfo2D(gui.map.statesLayer, new Rectangle2D.Double(0, 0, 1, 1));
            Point2D.Double p = gui.map.statesLayer.getObjectPosition(s, info);
            Point base = gui.display.insideDisplay.getLocationOnScreen();
            return new Point(base.x + (int) Math.round(p.x), base.y + (int) Math.round(p.y));
        });
    }

    /** A place on the map, on the screen, from the display's own mapping of the field to pixels. */
    static Point onScreen(AlignSimGui gui, double lat, double lon) throws Exception {
        return onSwing(() -> {
            DrawInfo2D info = gui.display.getDrawInfo2D(gui.map.countriesLayer, new Rectangle2D.Double(0, 0, 1, 1));
            MapProjection p = gui.map.projection;
            Point base = gui.display.insideDisplay.getLocationOnScreen();
            return new Point(base.x + (int) Math.round(info.draw.x + p.x(lon) * info.draw.width / p.width),
                    base.y + (int) Math.round(info.draw.y + p.y(lat) * info.draw.height / p.height));
        });
    }

    /** Double-clicks with the mouse, as a user opens an inspector. */
    static void doubleClick(Robot robot, Point p) {
        robot.mouseMove(p.x, p.y);
        robot.delay(100);
        for (int k = 0; k < 2; k++) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            robot.delay(40);
        }
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) <= 24;
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) c.add(img.getRGB(x, y));
        return c.size();
    }

    /** Lets queued Swing work (chart points, repaints) finish and the X server catch up. */
    static void settle() throws Exception {
        for (int k = 0; k < 3; k++) {
            SwingUtilities.invokeAndWait(() -> {});
            Toolkit.getDefaultToolkit().sync();
            Thread.sleep(250);
        }
    }

    static <T> T onSwing(Callable<T> task) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(task.call());
            } catch (Exception e) {
                err.set(e);
            }
        });
        if (err.get() != null) throw err.get();
        return out.get();
    }
}
