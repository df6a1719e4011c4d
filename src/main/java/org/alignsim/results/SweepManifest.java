package org.alignsim.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a sweep folder, whether the whole sweep, one shard of it (shard "k/N") or the
 * merge of its shards (shard "0/1", with merged_from and, if shards were left out, missing):
 * what was run, from which files, with which seeds, and how far it got. README's "What a sweep
 * writes" describes the fields; the order here is the order in the file.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SweepManifest(String program, String version, String command, String sweep, String sweepFile, String sweepSha256,
                            Object scenarioFiles, long seed, String seedRule, Map<String, Object> design, String designSha256,
                            List<Factor> factors, String shard, List<Integer> points, List<String> keep, String settingsSha256,
                            String status, long runs, long failedRuns, List<String> outputs,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> files,
                            String java, int threads, String started, String ended, Object parameters,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String mergedFrom,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String missing) implements Manifest {

    public static final String COMMAND = "sweep";

    /** A factor as swept: its key path and its levels, or its range (min and max). */
    public record Factor(String path, @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> levels,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Double min, @JsonInclude(JsonInclude.Include.NON_NULL) Double max) {}

    public boolean complete() {
        return "complete".equals(status);
    }

    /** The manifest of a folder, refused in one line naming it if it is missing, damaged or not a sweep's. */
    public static SweepManifest read(Path dir) {
        return ManifestFile.read(dir.resolve(ManifestFile.NAME), SweepManifest.class, COMMAND);
    }

    /** The merged folder's manifest, from the first shard's. */
    public SweepManifest merged(String status, String missing, long runs, long failed, List<String> outputs, Map<String, Object> files,
                                String mergedFrom) {
        int all = ((Number) design.get("points")).intValue();
        return new SweepManifest(program, version, command, sweep, sweepFile, sweepSha256, scenarioFiles, seed, seedRule, design, designSha256,
                factors, "0/1", List.of(0, all), keep, settingsSha256, status, runs, failed, outputs, files, java, threads, started, ended,
                parameters, mergedFrom, missing);
    }
}
