package org.alignsim.cli;

import org.alignsim.base.Version;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.alignsim.results.Json;
import org.alignsim.results.RunManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.results.RunWriter;
import org.alignsim.results.Summaries;
import org.alignsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    @Override
    public Integer call() {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile);
        Scenario s = loaded.scenario();
        long seed = seedOption.or(42);
        Path target = out.or(Path.of("results", s.name(), "seed-" + seed));
        Instant started = Instant.now();
        try (OutputFolder folder = new OutputFolder(target, force.on)) {
            Ran ran = folder.fill(dir -> {
                AlignmentModel model = org.alignsim.runtime.DecisionRules.model(new World(s), seed);
                Outcome o;
                try (RunWriter writer = new RunWriter(dir, !noStates)) {
                    model.addObserver(writer);
                    o = model.runToEnd();
                }
                Json.write(dir.resolve("summary.json"), Summaries.summary(s, seed, o));
                Json.write(dir.resolve("manifest.json"), manifest(loaded, seed, started));
                return new Ran(model.year(), o);
            });
            Outcome outcome = ran.outcome();
            if (!quiet.on) {
                System.out.printf("%s, seed %d: %d steps to %.2f; Asian NATO %s; final shares US %.2f / hedging %.2f / China %.2f%n",
                        s.name(), seed, s.time().steps(), ran.year(),
                        outcome.asianNatoFormed() ? "formed in " + String.format("%.2f", outcome.asianNatoYear()) : "did not form",
                        outcome.last().usCount(), outcome.last().hedgeCount(), outcome.last().chinaCount());
                System.out.println("wrote " + folder.target());
            }
        }
        return 0;
    }

    private record Ran(double year, Outcome outcome) {}

    private RunManifest manifest(ScenarioLoader.Loaded loaded, long seed, Instant started) {
        return new RunManifest("alignsim", Version.get(), RunManifest.COMMAND, loaded.scenario().name(), loaded.files(), seed,
                noStates ? List.of("timeseries.csv", "summary.json", "manifest.json") : List.of("timeseries.csv", "states.csv", "summary.json", "manifest.json"),
                System.getProperty("java.version"), started.toString(), Instant.now().toString(), loaded.scenario());
    }
}
