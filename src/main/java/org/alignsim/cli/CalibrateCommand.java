package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.calibration.CalibrationRun;
import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.calibration.FitTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit scenario parameters to observed patterns with CMA-ES: each state's 2024 stance class and/or the backcast's phase signs, "
                + "the other held out. Format: scenarios/calibration/README.md.",
                "Writes loss.csv, loss.png and loss.svg, best.yaml (a scenario overlay for 'alignsim run'), fit.csv, holdout.json, calibration.yaml, manifest.json and report.html."})
public final class CalibrateCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration YAML file, e.g. scenarios/calibration/alignments-2024.yaml")
    Path file;

    @Option(names = "--budget", paramLabel = "N", description = "Most evaluations (default: the file's budget).")
    Long budget;

    @Mixin Options.Threads threads;

    @Option(names = "--resume", description = "Continue an interrupted calibration from its last logged evaluation.")
    boolean resume;

    @Mixin Options.Out out;

    @Mixin Options.Seed seed;

    @Mixin Options.Force force;

    @Mixin Options.NoReport noReport;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() throws IOException {
        threads.get();
        if (budget != null && budget < 1) throw new UserError("--budget must be at least 1");
        if (resume && force.on) throw new UserError("--resume and --force contradict each other");
        CalibrationSpec spec = CalibrationSpec.load(file);
        if (seed.value != null) spec = spec.withSeed(seed.value);
        Path dir = out.dir != null ? out.dir : defaultFolder(spec);
        CalibrationRun.Outcome o = CalibrationRun.run(spec, new CalibrationRun.Options(dir, threads.get(), resume, force.on, budget != null ? budget : spec.budget(), quiet.on));
        if (!quiet.on) summary(spec, o);
        if (!noReport.on) {
            Path report = ResultFolders.report(o.dir());
            if (!quiet.on) System.out.println("report " + report);
        }
        return 0;
    }

    private static void summary(CalibrationSpec spec, CalibrationRun.Outcome o) {
        var r = o.result();
        System.out.printf(Locale.ROOT, "%s: %d evaluations (%d replayed from loss.csv), %d generations, %d restarts; stopped by %s%n",
                spec.name(), r.evaluations(), o.replayed(), r.generations(), r.restarts(), r.stopReason());
        System.out.printf(Locale.ROOT, "loss: start %.4f, best %.4f (evaluation %d)%n", r.first().loss(), r.best().loss(), r.best().evaluation());
        for (int k = 0; k < spec.parameters().size(); k++) {
            System.out.printf(Locale.ROOT, "  %-28s %10.4f  (start %.4f, bounds %s to %s)%n", spec.parameters().get(k).path(), r.best().x()[k],
                    o.startX()[k], org.alignsim.scenario.Fields.fmt(spec.parameters().get(k).lower()), org.alignsim.scenario.Fields.fmt(spec.parameters().get(k).upper()));
        }
        if (o.best().stances() != null) {
            System.out.printf(Locale.ROOT, "stances (%s): misclassification %.4f at best, %.4f at start; modal class right for %d of %d states%n",
                    spec.fit().stances() ? "fitted" : "held out", o.best().misclassification(), o.start().misclassification(),
                    FitTable.matches(o.best().stances()), o.best().stances().codes().size());
        }
        if (o.freshBest() != null) {
            System.out.printf(Locale.ROOT, "  with %d fresh seeds: misclassification %.4f at best, %.4f at start%n", o.freshBest().replications(),
                    org.alignsim.calibration.Objective.misclassificationOf(o.freshBest()), org.alignsim.calibration.Objective.misclassificationOf(o.freshStart()));
        }
        if (o.best().backcast() != null) {
            var b = o.best().backcast();
            var s = o.start().backcast();
            StringBuilder signs = new StringBuilder();
            for (int k = 0; k < spec.backcast().signs().length; k++) {
                double d = b.meanByPhase()[k + 1] - b.meanByPhase()[k];
                boolean ok = spec.backcast().signs()[k] > 0 ? d > 0 : d < 0;
                signs.append(String.format(Locale.ROOT, "%s phase %d->%d %s (%+.3f, right in %.0f%% of runs); ",
                        spec.backcast().signs()[k] > 0 ? "up" : "down", k, k + 1, ok ? "holds" : "FAILS", d, 100 * b.correctShares()[k]));
            }
            System.out.printf(Locale.ROOT, "backcast (%s): %swrong signs per run %.2f at best, %.2f at start%n",
                    spec.fit().backcast() ? "fitted" : "held out", signs, b.meanWrong(), s.meanWrong());
        }
        System.out.println("wrote " + o.dir());
    }

    private Path defaultFolder(CalibrationSpec spec) throws IOException {
        Path parent = Path.of("results", "calibration", spec.name());
        if (resume) {
            return ResultFolders.toResume(parent);
        }
        return ResultFolders.timestamped(parent);
    }
}
