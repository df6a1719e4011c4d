package org.alignsim.cli;

import org.alignsim.report.Charts;
import org.alignsim.report.Headless;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw one chart of a run or sweep result folder as PNG and/or SVG.",
                "KIND: timeseries (an outcome over time), alignment (final alignment per state), "
                        + "phase (an outcome over the sweep's factors: heat map, scatter or line)."})
public final class ChartCommand implements Callable<Integer> {

    /** The charts this command draws. */
    public enum Kind { timeseries, alignment, phase }

    @Parameters(index = "0", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "DIR", description = "A result folder of 'alignsim run' or 'alignsim sweep'.")
    Path dir;

    @Option(names = "--outcome", paramLabel = "NAME",
            description = "Outcome column, e.g. share_us_gdp, mean_alignment, asian_nato_formed (default: ${DEFAULT-VALUE}).")
    String outcome = "share_us_gdp";

    @Option(names = "--point", paramLabel = "N", split = ",",
            description = "Sweep design point(s) to draw (timeseries: default the lowest, middle and highest; alignment: default all runs pooled).")
    List<Integer> points;

    @Option(names = "--svg", description = "Write SVG (vector).")
    boolean svg;

    @Option(names = "--png", description = "Write PNG (the default when neither --svg nor --png is given).")
    boolean png;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file, with or without .png/.svg (default: DIR/charts/<kind>-<outcome>).")
    Path out;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Headless.ensure();
        boolean wantPng = png || !svg;
        List<Path> written = Charts.draw(kind.name(), dir, outcome, points, out, wantPng, svg);
        if (!quiet.on) for (Path p : written) System.out.println("wrote " + p);
        return 0;
    }
}
