package org.alignsim.analysis;

import org.alignsim.cli.Main;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.sweep.RunKernel;
import org.alignsim.sweep.Shard;
import org.alignsim.sweep.SweepDesign;
import org.alignsim.sweep.SweepRunner;
import org.alignsim.sweep.SweepSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a test kernel through the real sweep machinery into a folder, and the CLI on it. */
final class SweepFixture {
    private SweepFixture() {}

    static Path mini() {
        try {
            return Path.of(SweepFixture.class.getResource("/scenarios/mini.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a sweep file (name, design and factors as YAML lines after "design:"/"factors:"),
     * runs it with the kernel on two threads, returns the result folder.
     */
    static Path sweep(Path tmp, String name, int replications, String design, String factors, RunKernel kernel, Set<Long> failRuns) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nscenario: " + mini() + "\nseed: 5\nreplications: " + replications
                + "\ndesign: " + design + "\nfactors:\n" + factors);
        SweepSpec spec = SweepSpec.load(file);
        SweepDesign d = SweepDesign.of(spec, Long.MAX_VALUE);
        ScenarioLoader.Loaded base = ScenarioLoader.load(spec.scenarioFile());
        Path out = tmp.resolve(name);
        new SweepRunner(spec, base, d, new SweepRunner.Options(out, 2, false, false, Shard.ALL, true, failRuns), kernel).run();
        return out;
    }

    static Path sweep(Path tmp, String name, int replications, String design, String factors, RunKernel kernel) throws IOException {
        return sweep(tmp, name, replications, design, factors, kernel, Set.of());
    }

    /** "  x1: {min: a, max: b}" lines for factors x1..xk. */
    static String factors(double[] min, double[] max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < min.length; i++) b.append("  x").append(i + 1).append(": {min: ").append(min[i]).append(", max: ").append(max[i]).append("}\n");
        return b.toString();
    }

    record Exit(int code, String out, String err) {}

    /** Main.execute with stdout and stderr captured, exactly as a user runs ./alignsim. */
    static Exit cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Exit(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Exit ok(String... args) {
        Exit e = cli(args);
        if (e.code() != 0) throw new AssertionError("exit " + e.code() + ": " + e.err());
        return e;
    }

    /** A CSV written by the analysis, as rows of column name to text. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        // Read with Commons CSV as a user's tool would read it, not with AlignSim's own reader.
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord r : p) rows.add(new HashMap<>(r.toMap()));
            return rows;
        }
    }

    static double num(Map<String, String> row, String col) {
        return Double.parseDouble(row.get(col));
    }

    static Map<String, String> row(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().filter(r -> value.equals(r.get(key))).findFirst().orElseThrow(() -> new AssertionError("no row with " + key + " = " + value));
    }
}
