package org.alignsim.model;

import org.alignsim.results.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class DeterminismTest {

    private static void run(Scenario s, long seed, Path dir) {
        AlignmentModel m = new AlignmentModel(new World(s), seed);
        try (RunWriter w = new RunWriter(dir, true)) {
            m.addObserver(w);
            m.runToEnd();
        }
    }

    @Test
    void sameSeedGivesIdenticalFiles(@TempDir Path tmp) throws IOException {
        Scenario s = TestScenarios.mini();
        Path a = Files.createDirectory(tmp.resolve("a")), b = Files.createDirectory(tmp.resolve("b"));
        run(s, 99, a);
        run(s, 99, b);
        for (String f : new String[]{"timeseries.csv", "states.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void differentSeedsTakeDifferentPaths(@TempDir Path tmp) throws IOException {
        Scenario s = TestScenarios.mini();
        Path a = Files.createDirectory(tmp.resolve("a")), b = Files.createDirectory(tmp.resolve("b"));
        run(s, 1, a);
        run(s, 2, b);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("states.csv")), Files.readAllBytes(b.resolve("states.csv"))));
    }

    @Test
    void aWorldIsReusableAcrossRunsAndRunsDoNotInterfere() {
        World w = new World(TestScenarios.mini());
        Outcome first = new AlignmentModel(w, 5).runToEnd();
        new AlignmentModel(w, 6).runToEnd();
        Outcome again = new AlignmentModel(w, 5).runToEnd();
        assertEquals(first.finalAlignment(), again.finalAlignment());
        assertEquals(first.last(), again.last());
    }
    @Test
    void aModelLeavingMasonsGeneratorAloneWritesTheSameFilesStartedAgainOrNot(@TempDir Path tmp) throws IOException {
        // Sweeps start one model again for run after run and skip seeding and priming SimState's own
        // generator, which the model never draws from: every run must be the one a fresh model makes.
        Scenario s = TestScenarios.mini();
        World w = new World(s);
        AlignmentModel lean = new AlignmentModel(w, 3);
        lean.setOwnStreamOnly(true);
        for (long seed : new long[]{3, 17, 3}) {
            Path fresh = Files.createDirectories(tmp.resolve("fresh-" + seed)), reused = Files.createDirectories(tmp.resolve("lean-" + seed));
            run(s, seed, fresh);
            lean.setSeed(seed);
            lean.clearObservers();
            try (RunWriter rw = new RunWriter(reused, true)) {
                lean.addObserver(rw);
                lean.runToEnd();
            }
            for (String f : new String[]{"timeseries.csv", "states.csv"}) {
                assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(reused.resolve(f)), f + ", seed " + seed);
            }
        }
    }
}
