package org.alignsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --data DIR on run and sweep: the series are read from there instead of the scenario's own data folder. */
class DataOptionTest {
    private static final Path HISTORY = Path.of("scenarios/history-1946-2020.yaml");

    @TempDir
    Path tmp;

    private Path copyOfPanels() throws IOException {
        Path to = tmp.resolve("panels");
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of("data/history"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
        // The scenario joins the trade series to the present-day figure in ../trade.csv, seen from the panels.
        Files.copy(Path.of("data/trade.csv"), tmp.resolve("trade.csv"));
        return to;
    }

    @Test
    void theSamePanelsElsewhereGiveTheSameRun() throws IOException {
        Path panels = copyOfPanels();
        Cli.Result own = Cli.run("run", HISTORY.toString(), "--seed", "3", "--out", tmp.resolve("own").toString(), "-q");
        Cli.Result moved = Cli.run("run", HISTORY.toString(), "--seed", "3", "--out", tmp.resolve("moved").toString(), "-q", "--data", panels.toString());
        assertEquals(0, own.code(), own.err());
        assertEquals(0, moved.code(), moved.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("own/timeseries.csv")), Files.readAllBytes(tmp.resolve("moved/timeseries.csv")));
    }

    @Test
    void aPanelMissingFromTheFolderIsNamedThere() throws IOException {
        Path panels = copyOfPanels();
        Files.delete(panels.resolve("gdp.csv"));
        Cli.Result r = Cli.run("run", HISTORY.toString(), "--out", tmp.resolve("out").toString(), "--data", panels.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(panels.resolve("gdp.csv").toString()) || r.err().contains("gdp.csv"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void noSuchFolderIsAnInputError() {
        Cli.Result r = Cli.run("sweep", "scenarios/sweeps/asian-nato.yaml", "--out", tmp.resolve("s").toString(), "--data", tmp.resolve("nowhere").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--data") && r.err().contains("no such folder"), r.err());
        assertFalse(Files.exists(tmp.resolve("s")));
    }
}
