package org.alignsim.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a calibration folder. While it runs (status "running") the result's fields
 * (evaluations to outputs) are left out and ended is null; backcast_replications is there only with a backcast. The order here
 * is the order in the file.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CalibrationManifest(String program, String version, String command, String name, String calibrationFile,
                                  String calibrationSha256, Object scenarioFiles, long seed, String seedRule, long budget, int threads,
                                  Map<String, Object> optimizer, List<Parameter> parameters, String fit, List<String> holdout,
                                  int replications, @JsonInclude(JsonInclude.Include.NON_NULL) Integer backcastReplications,
                                  String status, @JsonInclude(JsonInclude.Include.NON_NULL) Long evaluations,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Long generations,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer restarts,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String stopReason,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Long bestEvaluation,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Double bestLoss,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Double startLoss,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<String> outputs,
                                  String java, String started, String ended) implements Manifest {
    public static final String COMMAND = "calibrate";

    /** A fitted parameter: its key path, bounds, starting value and, once finished, the best value. */
    public record Parameter(String path, double lower, double upper, double start,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Double best) {}

    public static CalibrationManifest read(Path dir) {
        return ManifestFile.read(dir.resolve(ManifestFile.NAME), CalibrationManifest.class, COMMAND);
    }
}
