package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;
import org.alignsim.results.Manifest;
import org.alignsim.results.ManifestFile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A result folder read whole and checked: a single run or a sweep. Everything a report shows
 * comes through here, so that bad input is refused before any file is written.
 */
sealed interface Result permits RunFolder, SweepResult {

    Path dir();

    /** The manifest as JSON, for the resolved scenario under "parameters" (whose shape is the model's). */
    JsonNode manifest();

    /** The manifest as its record: what was run, by whom, when. */
    Manifest typed();

    ScenarioInfo scenario();

    /** A short name for titles and legends: the scenario for a run, the sweep name for a sweep. */
    String name();

    /** Final values of an aggregate outcome over every successful run (one value for a run). */
    double[] finals(String outcome);

    /** Final alignment of a state over every successful run. */
    double[] finalAlignment(String iso3);

    /** 1 for each run in which the Asian NATO formed, else 0 (the mean is the share). */
    default double[] natoFormed() { return finals("asian_nato_formed"); }

    /** Reads and checks a folder written by `alignsim run` or `alignsim sweep`. */
    static Result load(Path dir) {
        return load(dir, manifestOf(dir));
    }

    static Result load(Path dir, JsonNode manifest) {
        String command = manifest.path("command").asText("");
        return switch (command) {
            case "run" -> RunFolder.load(dir, manifest);
            case "sweep" -> SweepResult.load(dir, manifest);
            case "calibrate", "landscape" -> throw new UserError(dir + ": a folder of 'alignsim " + command
                    + "'; this needs the result folder of 'alignsim run' or 'alignsim sweep'");
            default -> throw new UserError(dir.resolve("manifest.json") + ": \"command\" is '" + command
                    + "', expected 'run', 'sweep', 'calibrate' or 'landscape' (not an AlignSim result folder)");
        };
    }

    /** The manifest of a result folder of any kind, checked to be a JSON object. */
    static JsonNode manifestOf(Path dir) {
        if (!Files.isDirectory(dir)) throw new UserError(dir + ": no such folder");
        Path m = dir.resolve("manifest.json");
        if (!Files.isRegularFile(m)) {
            throw new UserError(dir + ": not an AlignSim result folder (no manifest.json; expected the output of "
                    + "'alignsim run', 'sweep', 'calibrate' or 'landscape')");
        }
        return readJson(m);
    }

    static JsonNode readJson(Path p) {
        return ManifestFile.read(p);
    }
}
