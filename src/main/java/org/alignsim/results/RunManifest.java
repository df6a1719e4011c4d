package org.alignsim.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** manifest.json of one run's folder (README, "What a run writes"); the order here is the order in the file. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunManifest(String program, String version, String command, String scenario, Object scenarioFiles, long seed,
                          List<String> outputs, String java, String started, String ended, Object parameters) implements Manifest {
    public static final String COMMAND = "run";
}
