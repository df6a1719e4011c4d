package org.alignsim.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading the JSON files of a result folder (manifest.json above all): a missing, empty, torn or
 * non-object file is refused in one line naming it, never passed on as a parser's exception.
 */
public final class ManifestFile {
    private ManifestFile() {}

    public static final String NAME = "manifest.json";

    /** A JSON object file of a result folder. */
    public static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) throw new UserError(Shown.path(file) + ": missing");
        try {
            JsonNode n = Json.MAPPER.readTree(file.toFile());
            if (n == null || !n.isObject()) throw new UserError(Shown.path(file) + ": not a JSON object (empty or truncated?)");
            return n;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new UserError(Shown.path(file) + (line > 0 ? ":" + line : "") + ": not valid JSON"
                    + (column > 0 ? " at column " + column : "") + " (damaged or cut short?)");
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
    }

    /**
     * A manifest as its typed record, refused in one line naming the file if it is not one of
     * that command's (command differs) or a field has the wrong type. Fields the record does not
     * know (from a newer AlignSim) are passed over.
     */
    public static <T> T read(Path file, Class<T> type, String command) {
        JsonNode n = read(file);
        if (!command.equals(n.path("command").asText())) {
            throw new UserError(Shown.path(file.getParent() == null ? file : file.getParent()) + ": not a " + command + " result folder");
        }
        try {
            return READER.treeToValue(n, type);
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(0).getFieldName() : null;
            throw new UserError(Shown.path(file) + ": " + (field != null ? "\"" + field + "\" has the wrong type" : "not a " + command + " manifest")
                    + " (damaged?)");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper READER = Json.MAPPER.copy()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest of a folder, or null if it has none. */
    public static JsonNode of(Path dir) {
        Path m = dir.resolve(NAME);
        return Files.isRegularFile(m) ? read(m) : null;
    }

    /** Whether a folder holds AlignSim's results: a manifest.json that says so. Damage is reported, not guessed past. */
    public static boolean isAlignSim(Path dir) {
        JsonNode m = of(dir);
        return m != null && "alignsim".equals(m.path("program").asText());
    }
}
