package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.gui.GuiWindows;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import sim.display.Console;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Watch a live run in MASON's GUI: a map of the states, live charts, inspectors and the model's weights.",
                "Needs a display (DISPLAY); `run` and `sweep` work headless."})
public final class GuiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/indo-pacific-2024.yaml")
    Path scenarioFile;

    @Mixin Options.Seed seed;

    @Mixin Options.Data data;

    @Override
    public Integer call() throws InterruptedException {
        // The scenario first, so a bad file gives the same one-line error as `run` and no window.
        Scenario s = ScenarioLoader.load(scenarioFile, java.util.Map.of(), data.get()).scenario();
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("a display is needed for the GUI (set DISPLAY); run and sweep work headless");
        }
        AlignmentModel model = org.alignsim.runtime.DecisionRules.model(new World(s), seed.or(42));
        Console console;
        try {
            console = GuiWindows.open(model);
        } catch (AWTError | HeadlessException e) {
            throw new UserError("cannot open the display " + System.getenv("DISPLAY") + " (" + e.getMessage()
                    + "); run and sweep work headless");
        }
        // MASON's Console quits Java itself (File > Quit, or closing the Console); until then
        // main must not return, since Main exits with the command's code.
        CountDownLatch closed = new CountDownLatch(1);
        console.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) { closed.countDown(); }
        });
        closed.await();
        return 0;
    }
}
