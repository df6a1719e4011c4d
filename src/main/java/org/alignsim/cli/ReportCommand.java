package org.alignsim.cli;

import org.alignsim.report.Headless;
import org.alignsim.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write report.html and charts/ (every chart as PNG and SVG) for a run or sweep result folder, "
                + "or report.html for a folder of 'alignsim calibrate' or 'alignsim landscape' (manifest.json says which). "
                + "The report opens offline in any browser.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "A result folder of 'alignsim run', 'sweep', 'calibrate' or 'landscape'.")
    Path dir;

    @Mixin Options.Out out;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Headless.ensure();
        Path html = Reports.write(dir, out.or(dir));
        if (!quiet.on) System.out.println("wrote " + html);
        return 0;
    }
}
