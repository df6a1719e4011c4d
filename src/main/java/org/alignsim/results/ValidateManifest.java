package org.alignsim.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** manifest.json of a validate folder; the order here is the order in the file. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ValidateManifest(String program, String command, String name, String status, String version, FileRef validationFile,
                               String classesFile, List<Scenario> scenarios, List<FileRef> data, String seeds, boolean quick, long runs,
                               int threads, long failures, List<String> outputs, String java, String started, String ended) implements Manifest {
    public static final String COMMAND = "validate";

    /** A file read, by the path shown to the user and its SHA-256. */
    public record FileRef(String path, String sha256) {}

    /** A scenario scored: its file, name, whether it was scored as history or the present, and the files it was read from. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Scenario(String file, String name, String scoredAs, Object files) {}
}
