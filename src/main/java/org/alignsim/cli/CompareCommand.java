package org.alignsim.cli;

import org.alignsim.report.Headless;
import org.alignsim.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Write a side-by-side report (report.html and charts/) of several run or sweep result folders: "
                + "the same charts on shared axes and the differences of the outcomes from the first folder.",
                "Given folders of 'alignsim validate', their scorecards side by side instead (report.html and scorecards.csv), and print "
                        + "each folder's failures and the metrics that differ from the first."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Result folders; the first is the baseline of the differences.")
    List<Path> dirs;

    @Mixin Options.Out out;

    @Mixin Options.Force force;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        Headless.ensure();
        Path target = out.or(ResultFolders.timestamped(Path.of("results", "compare")));
        if (Reports.validations(dirs)) {
            Reports.Compared c = Reports.compareValidations(dirs, target, force.on);
            if (!quiet.on) System.out.print(c.summary() + "wrote " + c.html() + System.lineSeparator());
            return 0;
        }
        Path html = Reports.compare(dirs, target, force.on);
        if (!quiet.on) System.out.println("wrote " + html);
        return 0;
    }
}
