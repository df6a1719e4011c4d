package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report needs from the resolved scenario in manifest.json ("parameters"): the states
 * with their names and regions in the scenario's order, the two poles (their alignment is fixed,
 * so charts leave them out), the hedging band and the time grid.
 */
record ScenarioInfo(String name, List<State> states, String west, String east, double hedgingBand,
                    double startYear, int steps, double dt) {

    record State(String iso3, String name, String region) {}

    static ScenarioInfo of(JsonNode manifest, Path manifestFile) {
        JsonNode p = manifest.path("parameters");
        JsonNode st = p.path("states");
        if (!st.isArray() || st.isEmpty()) throw new UserError(manifestFile + ": no parameters.states (not written by this program version?)");
        List<State> states = new ArrayList<>();
        for (JsonNode s : st) {
            String iso = s.path("iso3").asText("");
            if (iso.isEmpty()) throw new UserError(manifestFile + ": a state in parameters.states has no iso3");
            states.add(new State(iso, s.path("name").asText(iso), s.path("region").asText("unknown")));
        }
        JsonNode t = p.path("time");
        int perYear = t.path("stepsPerYear").asInt(4);
        int steps = (int) Math.round(t.path("horizonYears").asDouble(0) * perYear);
        return new ScenarioInfo(p.path("name").asText(manifest.path("scenario").asText("scenario")), List.copyOf(states),
                p.path("poles").path("west").asText("USA"), p.path("poles").path("east").asText("CHN"),
                p.path("hedgingBand").asDouble(0.3), t.path("startYear").asDouble(0), steps, 1.0 / perYear);
    }

    /** The states that choose (everyone but the two poles). */
    List<State> deciders() {
        return states.stream().filter(s -> !s.iso3().equals(west) && !s.iso3().equals(east)).toList();
    }
}
