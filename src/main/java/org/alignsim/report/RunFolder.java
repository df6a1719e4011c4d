package org.alignsim.report;

import org.alignsim.results.CsvTable;
import org.alignsim.results.ManifestFile;
import org.alignsim.results.RunManifest;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.UserError;
import org.alignsim.model.Aggregates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A folder from `alignsim run`: timeseries.csv, summary.json and manifest.json. */
record RunFolder(Path dir, JsonNode manifest, RunManifest typed, ScenarioInfo scenario, double[] years, Map<String, double[]> series,
                 JsonNode summary) implements Result {

    static RunFolder load(Path dir, JsonNode manifest) {
        ScenarioInfo info = ScenarioInfo.of(manifest, dir.resolve("manifest.json"));
        JsonNode summary = Result.readJson(dir.resolve("summary.json"));
        for (String key : new String[]{"final", "final_alignment"}) {
            if (!summary.path(key).isObject()) throw new UserError(dir.resolve("summary.json") + ": no \"" + key + "\" object");
        }
        List<double[]> rows = new ArrayList<>();
        int yearCol;
        int[] cols = new int[Aggregates.COLUMNS.length];
        try (CsvTable r = CsvTable.open(dir.resolve("timeseries.csv"), false)) {
            yearCol = r.require("year");
            for (int k = 0; k < cols.length; k++) cols[k] = r.require(Aggregates.COLUMNS[k]);
            for (String[] row = r.next(); row != null; row = r.next()) {
                double[] v = new double[cols.length + 1];
                v[0] = r.number(row, yearCol);
                for (int k = 0; k < cols.length; k++) v[k + 1] = r.number(row, cols[k]);
                rows.add(v);
            }
        }
        if (rows.isEmpty()) throw new UserError(dir.resolve("timeseries.csv") + ": no data rows (truncated?)");
        double[] years = new double[rows.size()];
        Map<String, double[]> series = new HashMap<>();
        for (String c : Aggregates.COLUMNS) series.put(c, new double[rows.size()]);
        for (int i = 0; i < rows.size(); i++) {
            years[i] = rows.get(i)[0];
            for (int k = 0; k < cols.length; k++) series.get(Aggregates.COLUMNS[k])[i] = rows.get(i)[k + 1];
        }
        RunManifest typed = ManifestFile.read(dir.resolve(ManifestFile.NAME), RunManifest.class, RunManifest.COMMAND);
        return new RunFolder(dir, manifest, typed, info, years, series, summary);
    }

    @Override
    public String name() { return scenario.name(); }

    public long seed() { return typed.seed(); }

    @Override
    public double[] finals(String outcome) {
        JsonNode v = summary.path("final").path(outcome);
        if (v.isNumber()) return new double[]{v.asDouble()};
        double[] s = series.get(outcome);
        return s == null ? new double[0] : new double[]{s[s.length - 1]};
    }

    @Override
    public double[] finalAlignment(String iso3) {
        JsonNode v = summary.path("final_alignment").path(iso3);
        return v.isNumber() ? new double[]{v.asDouble()} : new double[0];
    }
}
