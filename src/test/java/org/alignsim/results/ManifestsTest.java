package org.alignsim.results;

import org.alignsim.base.UserError;
import org.alignsim.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed manifests read what the commands write: merge and resume rebuild a sweep's manifest
 * from the one they read, so reading must lose nothing, and a manifest of the wrong kind or with a
 * field of the wrong type must be refused in one line naming it.
 */
class ManifestsTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ManifestsTest.class.getResource("/" + name).toURI());
    }

    private static Path sweep(Path out) throws Exception {
        Cli.Result r = Cli.run("sweep", resource("sweeps/mini-sweep.yaml").toString(), "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void aSweepManifestReadAndWrittenAgainIsTheSameFile(@TempDir Path tmp) throws Exception {
        Path dir = sweep(tmp.resolve("s"));
        SweepManifest m = SweepFolder.open(dir).manifest();
        assertEquals("complete", m.status());
        assertTrue(m.runs() > 0 && m.files() != null && m.parameters() != null, "the fields were read: " + m.runs());
        assertArrayEquals(Files.readAllBytes(dir.resolve("manifest.json")), Json.bytes(m));
    }

    @Test
    void anotherCommandsManifestIsNotASweeps(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        Cli.Result r = Cli.run("run", resource("scenarios/mini.yaml").toString(), "--out", run.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        UserError e = assertThrows(UserError.class, () -> SweepFolder.open(run));
        assertTrue(e.getMessage().contains("not a sweep result folder"), e.getMessage());
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByName(@TempDir Path tmp) throws Exception {
        Path dir = sweep(tmp.resolve("s"));
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"failed_runs\" : \\d+", "\"failed_runs\" : \"none\""));
        UserError e = assertThrows(UserError.class, () -> SweepManifest.read(dir));
        assertTrue(e.getMessage().contains("manifest.json") && e.getMessage().contains("\"failed_runs\" has the wrong type"), e.getMessage());
    }
}
