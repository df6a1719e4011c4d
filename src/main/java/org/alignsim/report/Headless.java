package org.alignsim.report;

/** Charts need no screen: the command-line tools draw off-screen even where a DISPLAY is set but unusable. */
public final class Headless {
    private Headless() {}

    /** Asks AWT for headless mode unless the caller chose otherwise (set before any AWT class loads). */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }
}
