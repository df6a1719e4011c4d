package org.alignsim.calibration;

import org.alignsim.cli.Cli;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same seed gives the same path whatever the thread count; resuming an interrupted
 * calibration (a cut at any evaluation, a torn last line, a killed process) ends with the bytes of
 * an uninterrupted one; and the outputs work as promised.
 */
class DeterminismAndResumeTest {

    @TempDir
    Path tmp;

    static Path mini() {
        try {
            return Path.of(DeterminismAndResumeTest.class.getResource("/calibration/mini.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cli.Result calibrate(String dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", mini().toString(), "--out", tmp.resolve(dir).toString(), "-q"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreads() throws IOException {
        assertEquals(0, calibrate("t1", "--threads", "1").code());
        assertEquals(0, calibrate("t3", "--threads", "3").code());
        for (String f : List.of("loss.csv", "best.yaml", "fit.csv", "holdout.json")) {
            assertEquals(Files.readString(tmp.resolve("t1/" + f)), Files.readString(tmp.resolve("t3/" + f)), f);
        }
        assertEquals(41, Files.readAllLines(tmp.resolve("t1/loss.csv")).size(), "header and the budget of 40 evaluations");
        // Another seed takes another path.
        assertEquals(0, calibrate("s2", "--seed", "8").code());
        assertNotEquals(Files.readString(tmp.resolve("t1/loss.csv")), Files.readString(tmp.resolve("s2/loss.csv")));
    }

    @Test
    void resumingACutLogEndsWithTheBytesOfAnUninterruptedRun() throws IOException {
        assertEquals(0, calibrate("whole", "--budget", "40").code());
        String whole = Files.readString(tmp.resolve("whole/loss.csv"));
        // A run stopped in the middle of a generation (population 6: evaluation 23 is inside
        // generation 4), with half a line written when it died.
        assertEquals(0, calibrate("cut", "--budget", "23").code());
        Path loss = tmp.resolve("cut/loss.csv");
        List<String> lines = Files.readAllLines(loss);
        assertEquals(whole.lines().limit(24).toList(), lines, "a shorter budget is a prefix of the same path");
        Files.writeString(loss, String.join("\n", lines) + "\n24,4,0,0.12", StandardCharsets.UTF_8);
        Cli.Result r = calibrate("cut", "--budget", "40", "--resume");
        assertEquals(0, r.code(), r.err());
        assertEquals(whole, Files.readString(loss));
        assertEquals(Files.readString(tmp.resolve("whole/best.yaml")), Files.readString(tmp.resolve("cut/best.yaml")));
        assertTrue(Files.readString(tmp.resolve("cut/manifest.json")).contains("\"status\" : \"complete\""));
    }

    @Test
    void aKilledCalibrationResumesToTheSameBytes() throws Exception {
        assertEquals(0, calibrate("whole", "--budget", "400").code());
        String whole = Files.readString(tmp.resolve("whole/loss.csv"));
        Path dir = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.alignsim.cli.Main", "calibrate", mini().toString(),
                "--budget", "400", "--out", dir.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path loss = dir.resolve("loss.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(loss) && Files.size(loss) > 0 && Files.readAllLines(loss).size() > 30) break;
            Thread.sleep(2);
        }
        p.destroyForcibly().waitFor();
        Cli.Result r = Cli.run("calibrate", mini().toString(), "--budget", "400", "--out", dir.toString(), "--resume", "-q");
        assertEquals(0, r.code(), r.err() + Files.readString(tmp.resolve("child.log")));
        assertEquals(whole, Files.readString(loss));
    }

    @Test
    void resumeRefusesAFolderOfAnotherCalibrationOrSeed() throws IOException {
        assertEquals(0, calibrate("a", "--budget", "5").code());
        Cli.Result r = calibrate("a", "--budget", "10", "--resume", "--seed", "99");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("seed"), r.err());
        Cli.Result none = calibrate("nothing-here", "--resume");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("nothing to resume"), none.err());
        Cli.Result exists = calibrate("a");
        assertEquals(2, exists.code());
        assertTrue(exists.err().contains("already exists"), exists.err());
    }

    @Test
    void bestYamlIsAScenarioThatRunAccepts() throws IOException {
        assertEquals(0, calibrate("b", "--budget", "12").code());
        Path best = tmp.resolve("b/best.yaml");
        var loaded = ScenarioLoader.load(best);
        assertEquals("mini-calibrated", loaded.scenario().name());
        List<String> lines = Files.readAllLines(tmp.resolve("b/loss.csv"));
        double bestLoss = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[3])).min().orElseThrow();
        String bestRow = lines.stream().skip(1).filter(l -> Double.parseDouble(l.split(",")[3]) == bestLoss).findFirst().orElseThrow();
        String[] f = bestRow.split(",");
        assertEquals(Double.parseDouble(f[5]), loaded.scenario().weights().threat(), 0);
        assertEquals(Double.parseDouble(f[6]), loaded.scenario().weights().ideology(), 0);
        Cli.Result run = Cli.run("run", best.toString(), "--out", tmp.resolve("run").toString(), "-q");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(tmp.resolve("b/loss.png")));
    }

    @Test
    void stoppingRunsAtTheWindowsEndChangesNoNumber() {
        var loaded = ScenarioLoader.load(Path.of("scenarios", "indo-pacific-2024.yaml"));
        World full = new World(loaded.scenario());
        World cut = new World(loaded.with(Map.of("time.horizon_years", 10.0)));
        int[] idx = {full.index.get("IND"), full.index.get("JPN"), full.index.get("VNM")};
        for (long seed = 1; seed <= 3; seed++) {
            assertArrayEquals(Objective.windowMeans(full, seed, idx, 2029.5, 2034.5), Objective.windowMeans(cut, seed, idx, 2029.5, 2034.5));
        }
        assertEquals(81, countSteps(full));
        assertEquals(41, countSteps(cut));
    }

    private static int countSteps(World w) {
        int[] n = {0};
        AlignmentModel m = new AlignmentModel(w, 1);
        m.addObserver(x -> n[0]++);
        m.runToEnd();
        return n[0];
    }
}
