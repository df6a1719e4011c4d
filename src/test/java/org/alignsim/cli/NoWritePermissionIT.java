package org.alignsim.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A folder the user may not write to (mode 555), as an ordinary user: root writes anywhere, so
 * the commands run as nobody (setpriv; scripts/test.sh runs as root). Each must stop with one line
 * naming the place and "permission denied", exit code 2 (choose another --out), and write nothing.
 */
@Tag("system")
class NoWritePermissionIT {

    @TempDir
    Path tmp;

    static DiskFullIT.Out asNobody(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true", "-jar", DiskFullIT.JAR.toString()));
        cmd.addAll(List.of(args));
        return DiskFullIT.sh(cmd.toArray(new String[0]));
    }

    @Test
    void writingIntoAFolderWithoutPermissionIsBadInputInOneLine() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path run = tmp.resolve("run");
        assertEquals(0, DiskFullIT.alignsim("run", BadInputCorpusTest.resource("scenarios/mini.yaml").toString(), "--out", run.toString(), "-q").code());
        Path locked = Files.createDirectory(tmp.resolve("locked"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        String mini = BadInputCorpusTest.resource("scenarios/mini.yaml").toString(), sweep = BadInputCorpusTest.resource("sweeps/mini-sweep.yaml").toString();
        List<String[]> commands = List.of(
                new String[]{"run", mini, "--out", locked.resolve("o").toString(), "-q"},
                new String[]{"sweep", sweep, "--out", locked.resolve("o").toString(), "-q"},
                new String[]{"report", run.toString(), "--out", locked.resolve("o").toString()},
                new String[]{"chart", "timeseries", run.toString(), "--out", locked.resolve("o").toString()},
                new String[]{"landscape", mini, "--out", locked.resolve("o").toString(), "--replications", "0", "-q"});
        for (String[] c : commands) {
            DiskFullIT.Out r = asNobody(c);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), r.err());
            assertTrue(lines.get(0).startsWith("alignsim: error: " + locked + "/"), lines.get(0));
            assertTrue(lines.get(0).endsWith("permission denied"), lines.get(0));
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(List.of(), s.toList(), "nothing written by " + c[0]);
            }
        }
    }
}
