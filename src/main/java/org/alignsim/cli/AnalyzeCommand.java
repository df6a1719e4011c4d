package org.alignsim.cli;

import org.alignsim.analysis.MorrisAnalysis;
import org.alignsim.analysis.MorrisOutput;
import org.alignsim.analysis.PrimAnalysis;
import org.alignsim.analysis.PrimOutput;
import org.alignsim.analysis.SobolAnalysis;
import org.alignsim.analysis.SobolOutput;
import org.alignsim.analysis.SweepData;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.report.Headless;
import org.alignsim.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code alignsim analyze sobol|morris|prim DIR}: sensitivity analysis and scenario discovery on a
 * finished sweep's result folder. Results go to DIR/analysis/ (tidy CSV, PNG and SVG charts); a
 * short table goes to the screen, and DIR/report.html, if there is one, is written again to include
 * them. All the work is in org.alignsim.analysis; this only parses flags.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Global sensitivity analysis (Sobol, Morris) and scenario discovery (PRIM) of a sweep's result folder; writes DIR/analysis/ "
                + "and, if DIR/report.html exists, writes the report again with a section on the analyses.",
        subcommands = {AnalyzeCommand.Sobol.class, AnalyzeCommand.Morris.class, AnalyzeCommand.Prim.class})
public final class AnalyzeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UserError("analyze needs a method: sobol, morris or prim (see ./alignsim analyze --help)");
    }

    /** What every analysis does: read the sweep, analyse it, write its files, print its table, refresh the report. */
    static <R> int analyse(Path dir, Function<SweepData, R> method, BiFunction<SweepData, R, List<Path>> write, BiFunction<SweepData, R, String> table) {
        Headless.ensure();
        SweepData data = SweepData.read(dir);
        R r = method.apply(data);
        List<Path> written = write.apply(data, r);
        print(table.apply(data, r), written);
        refreshReport(dir);
        return 0;
    }

    static void print(String table, List<Path> written) {
        System.out.print(table);
        System.out.println();
        System.out.println("wrote " + (written.isEmpty() ? "nothing" : written.get(0).getParent()) + ": "
                + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()));
    }

    /**
     * If the sweep folder has a report (sweep writes one unless --no-report), writes it again so
     * that it shows the analyses next to the sweep's own charts: sweep, then analyze, gives one report.
     */
    static void refreshReport(Path dir) {
        if (!Files.isRegularFile(dir.resolve("report.html"))) return;
        Path html;
        try {
            html = Reports.writeFor(dir);
        } catch (UserError e) {
            throw new UserError("the analysis is written, but report.html could not be refreshed: " + e.getMessage());
        } catch (FileError e) {
            throw e.withHint("the analysis is written; once that is fixed, alignsim report " + Shown.path(dir) + " writes the report again");
        }
        System.out.println("report " + html);
    }

    @Command(name = "sobol", mixinStandardHelpOptions = true,
            description = "Sobol first- and total-order indices (and second order with --second-order) with bootstrap intervals, "
                    + "from a sweep with design type saltelli. Writes analysis/sobol.csv (sobol2.csv) and a bar chart per outcome.")
    static final class Sobol implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A finished sweep's result folder.")
        Path dir;

        @Mixin Options.Outcomes outcomes;

        @Option(names = "--second-order", description = "Also second-order indices (needs design.second_order: true).")
        boolean secondOrder;

        @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples of the base samples (default: ${DEFAULT-VALUE}).")
        int bootstrap = 1000;

        @Mixin Options.Seed seed;

        @Override
        public Integer call() {
            return analyse(dir, data -> SobolAnalysis.analyse(data, outcomes.names, secondOrder, bootstrap, seed.or(1)), SobolOutput::write,
                    SobolOutput::table);
        }
    }

    @Command(name = "morris", mixinStandardHelpOptions = true,
            description = "Morris elementary effects (mu, mu*, sigma per factor) from a sweep with design type morris. "
                    + "Writes analysis/morris.csv and a mu*-sigma chart per outcome.")
    static final class Morris implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A finished sweep's result folder.")
        Path dir;

        @Mixin Options.Outcomes outcomes;

        @Override
        public Integer call() {
            return analyse(dir, data -> MorrisAnalysis.analyse(data, outcomes.names), MorrisOutput::write, MorrisOutput::table);
        }
    }

    @Command(name = "prim", mixinStandardHelpOptions = true,
            description = "Scenario discovery: PRIM peeling (Friedman and Fisher 1999) for the design points where an outcome, "
                    + "averaged over replications, is at least (--above) or at most (--below) a threshold. "
                    + "Writes analysis/prim_trajectory.csv, prim_limits.csv, prim_box.csv, prim.json (the settings) and a coverage-density chart.")
    static final class Prim implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "A finished sweep's result folder (any design with numeric factors).")
        Path dir;

        @Option(names = "--outcome", paramLabel = "NAME", required = true, description = "The outcome column of runs.csv, e.g. asian_nato_formed.")
        String outcome;

        @Option(names = "--threshold", paramLabel = "T", required = true, description = "A design point is of interest if its mean outcome is >= T (--above) or <= T (--below).")
        double threshold;

        @Option(names = "--above", description = "Of interest: mean outcome >= threshold (the default).")
        boolean above;

        @Option(names = "--below", description = "Of interest: mean outcome <= threshold.")
        boolean below;

        @Option(names = "--alpha", paramLabel = "A", description = "Share of the box's points peeled per step (default: ${DEFAULT-VALUE}).")
        double alpha = 0.05;

        @Option(names = "--mass-min", paramLabel = "M", description = "Stop peeling before the box holds less than this share of all points (default: ${DEFAULT-VALUE}).")
        double massMin = 0.05;

        @Option(names = "--min-density", paramLabel = "D", description = "Choose the box of highest coverage with density >= D (default: the knee of the coverage-density curve).")
        Double minDensity;

        @Option(names = "--paste", description = "After choosing, widen the box by pasting while its density does not fall.")
        boolean paste;

        @Override
        public Integer call() {
            if (above && below) throw new UserError("--above and --below contradict each other");
            return analyse(dir, data -> PrimAnalysis.analyse(data, new PrimAnalysis.Options(outcome, threshold, !below, alpha, massMin, minDensity, paste)),
                    PrimOutput::write, PrimOutput::table);
        }
    }
}
