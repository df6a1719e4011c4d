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
}
