package org.alignsim.cli;

import org.alignsim.model.Outcome;
import org.alignsim.model.Scenario;
import org.alignsim.runtime.SingleRun;
import org.alignsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one simulation of a scenario and write timeseries.csv, states.csv, summary.json and manifest.json.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/indo-pacific-2024.yaml")
    Path scenarioFile;

    @Mixin Options.Seed seedOption;

    @Mixin Options.Out out;

    @Mixin Options.Force force;

    @Option(names = "--no-states", description = "Do not write the per-state states.csv.")
    boolean noStates;

    @Mixin Options.Quiet quiet;

    @Mixin Options.Data data;

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, java.util.Map.of(), data.get());
        Scenario s = loaded.scenario();
        long seed = seedOption.or(42);
        SingleRun.Result ran = SingleRun.run(loaded, seed, out.or(Path.of("results", s.name(), "seed-" + seed)), force.on, !noStates);
        Outcome outcome = ran.outcome();
        if (!quiet.on) {
            System.out.printf("%s, seed %d: %d steps to %.2f; Asian NATO %s; final shares US %.2f / hedging %.2f / China %.2f%n",
                    s.name(), seed, s.time().steps(), ran.year(),
                    outcome.asianNatoFormed() ? "formed in " + String.format("%.2f", outcome.asianNatoYear()) : "did not form",
                    outcome.last().usCount(), outcome.last().hedgeCount(), outcome.last().chinaCount());
            System.out.println("wrote " + ran.folder());
        }
        return 0;
    }
}
