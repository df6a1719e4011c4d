package org.alignsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;

@Command(name = "alignsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "AlignSim: an agent-based model of how states choose strategic alignment between a US-led coalition and China.",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, BenchCommand.class, SlurmCommand.class, GuiCommand.class, ReportCommand.class, ChartCommand.class, CompareCommand.class, AnalyzeCommand.class, CalibrateCommand.class, LandscapeCommand.class, CommandLine.HelpCommand.class})
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
            if (ex instanceof UserError) {
                cmd.getErr().println("alignsim: error: " + ex.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("alignsim: internal error: " + ex);
            if (System.getenv("ALIGNSIM_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"alignsim " + Version.get()};
        }
    }
}
