package org.alignsim.runtime;

import org.alignsim.base.Version;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.World;
import org.alignsim.output.OutputFolder;
import org.alignsim.results.Json;
import org.alignsim.results.RunManifest;
import org.alignsim.results.RunWriter;
import org.alignsim.results.Summaries;
import org.alignsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What {@code alignsim run} does: one run of a scenario with one seed, its folder written whole or not at all. */
public final class SingleRun {
    private SingleRun() {}

    /** The run's end (its last year and outcome) and the folder it went to. */
    public record Result(double year, Outcome outcome, Path folder) {}

    public static Result run(ScenarioLoader.Loaded loaded, long seed, Path target, boolean force, boolean states) {
        Instant started = Instant.now();
        try (OutputFolder folder = new OutputFolder(target, force)) {
            return folder.fill(dir -> {
                AlignmentModel model = DecisionRules.model(new World(loaded.scenario()), seed);
                Outcome o;
                try (RunWriter writer = new RunWriter(dir, states)) {
                    model.addObserver(writer);
                    o = model.runToEnd();
                }
                Json.write(dir.resolve("summary.json"), Summaries.summary(loaded.scenario(), seed, o));
                Json.write(dir.resolve("manifest.json"), new RunManifest("alignsim", Version.get(), RunManifest.COMMAND, loaded.scenario().name(),
                        loaded.files(), seed, states ? List.of("timeseries.csv", "states.csv", "summary.json", "manifest.json")
                        : List.of("timeseries.csv", "summary.json", "manifest.json"),
                        System.getProperty("java.version"), started.toString(), Instant.now().toString(), loaded.scenario()));
                return new Result(model.year(), o, folder.target());
            });
        }
    }
}
