package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/** The free-text description of a sweep, from its copy of the sweep file (the manifest does not carry it). */
final class SweepText {
    private SweepText() {}

    static String description(Path dir) {
        Path y = dir.resolve("sweep.yaml");
        if (!Files.isRegularFile(y)) return "";
        try {
            JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(y.toFile());
            return n == null ? "" : n.path("description").asText("");
        } catch (Exception e) {
            return "";   // only a description: a damaged copy must not stop the report
        }
    }
}
