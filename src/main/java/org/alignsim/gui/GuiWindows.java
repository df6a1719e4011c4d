package org.alignsim.gui;

import org.alignsim.model.AlignmentModel;
import sim.display.Console;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.HashSet;
import java.util.Set;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Opens and closes the MASON Console with AlignSim in it, on Swing's thread. */
public final class GuiWindows {
    private GuiWindows() {}

    /** Builds the GUI and shows it: Console on the right, the map, charts and event log tiled beside it. */
    public static Console open(AlignmentModel model) {
        return onSwing(() -> {
            AlignSimGui gui = new AlignSimGui(model);
            CompletableFuture.runAsync(gui.map::warmUp);
            Console console = new Console(gui);
            withoutCheckpoints(console);
            console.setBounds(WindowLayout.CONSOLE);
            console.setVisible(true);
            Set<Window> own = new HashSet<>(gui.frames());
            own.add(console);
            WindowPlacer placer = new WindowPlacer(own);
            Toolkit.getDefaultToolkit().addAWTEventListener(placer, AWTEvent.WINDOW_EVENT_MASK);
            console.getRootPane().putClientProperty(WindowPlacer.class, placer);
            return console;
        });
    }

    /** The File menu items that save or load a checkpoint (MASON's names for them). */
    static final Set<String> CHECKPOINT_ITEMS = Set.of("Open...", "Save", "Save As...");

    /**
     * Takes checkpoint saving and loading out of the Console's File menu. A checkpoint serialises
     * the model, whose world and scenario records are not Serializable (saving fails with
     * NotSerializableException), and a loaded model would not reach this GUI's map and charts,
     * which hold the model they were made for. A run is repeated from its scenario and seed instead.
     */
    static void withoutCheckpoints(Console console) {
        JMenu file = console.getJMenuBar().getMenu(0);
        for (int k = file.getItemCount() - 1; k >= 0; k--) {
            JMenuItem item = file.getItem(k);
            if (item != null && CHECKPOINT_ITEMS.contains(item.getText())) file.remove(k);
        }
    }

    /**
     * Closes the Console and every window without quitting Java. MASON's own close (doClose)
     * calls System.exit when the last Console goes, which would end a test run.
     */
    public static void close(Console console) {
        onSwing(() -> {
            Object placer = console.getRootPane().getClientProperty(WindowPlacer.class);
            if (placer != null) Toolkit.getDefaultToolkit().removeAWTEventListener((WindowPlacer) placer);
            console.pressStop();
            console.getSimulation().quit();
            for (Object f : console.getAllFrames()) ((Window) f).dispose();
            Console.allControllers.remove(console);
            console.dispose();
            return null;
        });
    }

    static <T> T onSwing(java.util.function.Supplier<T> task) {
        if (SwingUtilities.isEventDispatchThread()) return task.get();
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(task.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the GUI", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return out.get();
    }
}
