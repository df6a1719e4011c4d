package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print performance figures: steps/s, runs/s on 1 and all threads, framework overhead, "
                + "sweep memory at 1,000 vs 10,000 runs, and cost per step against the number of states.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    Path scenario = Path.of("scenarios/indo-pacific-2024.yaml");

    @Option(names = "--runs", paramLabel = "N", description = "Runs per throughput measurement (default: ${DEFAULT-VALUE}).")
    int runs = 4000;

    @Mixin Options.Threads threads;

    @Option(names = "--no-memory", description = "Skip the 1,000 vs 10,000-run sweep memory comparison.")
    boolean noMemory;

    @Option(names = "--no-scaling", description = "Skip the cost-per-step scaling with synthetic worlds.")
    boolean noScaling;

    @Override
    public Integer call() throws Exception {
        if (runs < threads.get()) throw new UserError("--runs must be at least --threads");
        new Benchmark(scenario, runs, threads.get(), System.out).run(!noMemory, !noScaling);
        return 0;
    }
}
