package org.alignsim.cli;

import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

@Command(name = "alignsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "AlignSim: an agent-based model of how states choose strategic alignment between a US-led coalition and China.",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, BenchCommand.class, SlurmCommand.class, GuiCommand.class, ReportCommand.class, ChartCommand.class, CompareCommand.class, AnalyzeCommand.class, CalibrateCommand.class, LandscapeCommand.class, ValidateCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input: a scenario, a flag or a folder the user must fix. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioException || ex instanceof OutputFolder.ExistsException || ex instanceof UserError || ex instanceof org.alignsim.data.DataException) {
                cmd.getErr().println("alignsim: error: " + ex.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("alignsim: internal error: " + ex);
            if (System.getenv("ALIGNSIM_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    public static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/alignsim.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"alignsim " + version()};
        }
    }

    /** A mistake in the command line or inputs, reported in one line with exit code 2. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) { super(message); }
    }
}
