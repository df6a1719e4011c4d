package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.sweep.DryRun;
import org.alignsim.sweep.Shard;
import org.alignsim.sweep.SweepDesign;
import org.alignsim.sweep.SweepRunner;
import org.alignsim.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a parameter sweep: every design point of a sweep file, with replications, in parallel. "
                + "Writes design.csv, runs.csv, timeseries.csv, sweep.yaml and manifest.json (and states.csv with --keep states).")
public final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep YAML file, e.g. scenarios/sweeps/trade-vs-threat.yaml")
    Path sweepFile;

    @Mixin Options.Out out;

    @Mixin Options.Threads threads;

    @Option(names = "--resume", description = "Continue an interrupted sweep: run only what is missing.")
    boolean resume;

    @Mixin Options.Force force;

    @Option(names = "--dry-run", description = "Print the design, the run count and the estimated time; run nothing.")
    boolean dryRun;

    @Option(names = "--shard", paramLabel = "k/N", description = "Run only the k-th (from 0) of N slices of the design points.")
    String shard;

    @Option(names = "--max-runs", paramLabel = "N", description = "Refuse designs with more runs than this (default: ${DEFAULT-VALUE}).")
    long maxRuns = 10_000_000L;

    @Option(names = "--keep", paramLabel = "WHAT", description = "Also keep per-run outputs: 'states' writes every run's per-state trajectories to states.csv (large).")
    List<String> keep;

    @Option(names = "--design", paramLabel = "FILE.csv", description = "Run a stored design (e.g. another sweep's design.csv) exactly, instead of the sweep file's design.")
    Path designFile;

    @Mixin Options.NoReport noReport;

    @Mixin Options.Quiet quiet;

    @Mixin Options.Data data;

    @Option(names = "--fail-run", hidden = true, paramLabel = "RUN", description = "Make this run fail (for testing the failure path).")
    List<Long> failRuns;

    @Override
    public Integer call() throws IOException {
        threads.get();
        if (maxRuns < 1) throw new UserError("--max-runs must be at least 1");
        if (resume && force.on) throw new UserError("--resume and --force contradict each other");
        Shard sh;
        try {
            sh = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        SweepSpec spec = SweepSpec.load(sweepFile);
        ScenarioLoader.Loaded base = ScenarioLoader.load(spec.scenarioFile(), java.util.Map.of(), data.get());
        SweepDesign design = designFile != null ? SweepDesign.fromCsv(spec, designFile, maxRuns) : SweepDesign.of(spec, maxRuns);
        SweepDesign.validate(spec, base, design);
        if (sh.n() > design.points()) {
            throw new UserError("--shard " + sh + ": more shards than design points (" + design.points() + ")");
        }
        if (dryRun) {
            System.out.print(DryRun.describe(spec, base, design, sh, threads.get()));
            return 0;
        }
        Path dir = out.dir != null ? out.dir : defaultFolder(spec);
        Set<Long> fail = failRuns == null ? Set.of() : new HashSet<>(failRuns);
        boolean keepStates = false;
        for (String k : keep == null ? List.<String>of() : keep) {
            if (!k.equals("states")) throw new UserError("--keep takes 'states', found '" + k + "'");
            keepStates = true;
        }
        SweepRunner.Result r = new SweepRunner(spec, base, design,
                new SweepRunner.Options(dir, threads.get(), resume, force.on, sh, quiet.on, fail, keepStates)).run();
        if (!quiet.on) {
            System.out.printf("%s: %d runs (%d this time) in %.1f s%s%n", spec.name(), r.total(), r.runsWritten(), r.seconds(),
                    r.failed() > 0 ? "; " + r.failed() + " FAILED: see the status and error columns of runs.csv" : "");
            System.out.println("wrote " + r.dir());
        }
        // A shard's report would describe a slice; the merged folder gets the report instead.
        if (!noReport.on && sh.whole()) {
            Path report = ResultFolders.report(r.dir());
            if (!quiet.on) System.out.println("report " + report);
        }
        return 0;
    }

    private Path defaultFolder(SweepSpec spec) throws IOException {
        Path parent = Path.of("results", spec.name());
        if (resume) {
            return ResultFolders.toResume(parent);
        }
        return ResultFolders.timestamped(parent);
    }
}
