package org.alignsim.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * manifest.json of a landscape folder. The scenario's fields are there only with a scenario, the
 * sizes file only with --sizes, the seed only for a search by restarts and the comparison's
 * fields only when the model was run; the order here is the order in the file.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandscapeManifest(String program, String version, String command, String name, String rule, String scenario,
                                Object scenarioFiles, Poles poles, String propensities, String sizes, int actors, String search,
                                long configurationsOrRestarts, Long seed, long localMinima, long localMinimaWritten,
                                double globalMinimumEnergy, Integer comparisonReplications, Long comparisonMasterSeed,
                                List<String> outputs, String java, String started, String ended) implements Manifest {
    public static final String COMMAND = "landscape";

    /** The scenario's two poles, whose sides the minima are read against. */
    public record Poles(String west, String east) {}
}
