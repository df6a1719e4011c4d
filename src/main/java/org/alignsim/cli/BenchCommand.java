package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print performance figures: the sweep command end to end (runs/s on 1 and all threads, CPU per run, "
                + "peak resident memory), steps/s and runs/s of the model alone, framework overhead, "
                + "sweep memory at 1,000 vs 10,000 runs, and cost per step against the number of states.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios/indo-pacific-2024.yaml");

    @Option(names = "--runs", paramLabel = "N", description = "Runs per throughput measurement (default: ${DEFAULT-VALUE}).")
    int runs = 4000;

    @Mixin Options.Threads threads;

    @Option(names = "--sweep", paramLabel = "FILE", description = "Sweep to time end to end, scaled by its replications (default: ${DEFAULT-VALUE}).")
    Path sweep = Path.of("scenarios/sweeps/asian-nato.yaml");

    @Option(names = "--sweep-runs", paramLabel = "N", description = "Runs of the end-to-end sweep (default: ${DEFAULT-VALUE}).")
    long sweepRuns = 40_000;

    @Option(names = "--no-end-to-end", description = "Skip the end-to-end sweep.")
    boolean noEndToEnd;

    @Option(names = "--huge", description = "Also run the end-to-end sweep at 10^6 runs on one and on all threads (about ten minutes on two cores): throughput, CPU per run, speed-up, resident memory, live heap, output size.")
    boolean huge;

    @Option(names = "--no-memory", description = "Skip the 1,000 vs 10,000-run sweep memory comparison.")
    boolean noMemory;

    @Option(names = "--no-scaling", description = "Skip the cost-per-step scaling with synthetic worlds.")
    boolean noScaling;

    @Override
    public Integer call() throws Exception {
        if (runs < threads.get()) throw new UserError("--runs must be at least --threads");
        if (sweepRuns < 1) throw new UserError("--sweep-runs must be at least 1");
        // Bad files are told before minutes of measuring, not after.
        org.alignsim.scenario.ScenarioLoader.load(scenario);
        if (!noEndToEnd) org.alignsim.sweep.SweepSpec.load(sweep);
        Benchmark b = new Benchmark(scenario, runs, threads.get(), System.out);
        if (!noEndToEnd) b.endToEnd(sweep, sweepRuns, huge);
        b.run(!noMemory, !noScaling);
        return 0;
    }
}
