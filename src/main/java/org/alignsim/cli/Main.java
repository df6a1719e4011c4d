package org.alignsim.cli;

import org.alignsim.base.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "alignsim", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, resourceBundle = "org.alignsim.cli.Options",
        description = "AlignSim: an agent-based model of how states choose strategic alignment between a US-led coalition and China.",
        subcommands = {RunCommand.class, ExplainCommand.class, SweepCommand.class, MergeCommand.class, BenchCommand.class, SlurmCommand.class, GuiCommand.class, ReportCommand.class, ChartCommand.class, CompareCommand.class, AnalyzeCommand.class, CalibrateCommand.class, LandscapeCommand.class, ValidateCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        org.alignsim.bench.ProcessFigures.installIfAsked();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(Failures::parameter);
        cl.setExecutionExceptionHandler(Failures::execution);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Errors pass picocli's handler by; they are told in one line all the same.
            return Failures.report(e, cl.getErr());
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"alignsim " + Version.get()};
        }
    }
}
