package org.alignsim.cli;

import org.alignsim.base.FileError;
import org.alignsim.base.UserError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Failures tells what no command line of the corpus can provoke: wrapped causes, bugs, and control characters. */
class FailuresTest {

    @Test
    void aUserErrorDeepInACauseChainIsStillBadInput() {
        Failures.Told t = Failures.tell(new IllegalStateException(new ExecutionException(new UserError("f.yaml:3: x: wrong"))));
        assertEquals(new Failures.Told(2, "error: f.yaml:3: x: wrong", false), t);
    }

    @Test
    void aFullDiskIsExit1AndAPlaceWithoutPermissionExit2() {
        IOException full = new IOException("No space left on device");
        assertEquals(1, Failures.tell(FileError.writing(Path.of("/r/runs.csv"), full)).code());
        assertEquals(2, Failures.tell(FileError.writing(Path.of("/r/runs.csv"), new AccessDeniedException("/r/runs.csv"))).code());
        assertEquals(2, Failures.tell(FileError.creating(Path.of("/ro/x"), new FileSystemException("/ro/x", null, "Read-only file system"))).code());
        // An I/O failure that nobody named is still the machine's, never "internal error".
        assertEquals(new Failures.Told(1, "error: a file could not be read or written: No space left on device", false),
                Failures.tell(new UncheckedIOException(full)));
    }

    @Test
    void anythingElseIsABugAndSaysSo() {
        Failures.Told t = Failures.tell(new NullPointerException("x"));
        assertEquals(1, t.code());
        assertEquals(true, t.bug());
        assertEquals(true, t.line().startsWith("internal error: java.lang.NullPointerException: x"), t.line());
    }

    @Test
    void controlCharactersFromTheUsersInputAreShownNotObeyed() {
        assertEquals("--partition 'gpu\\n#SBATCH x\\u001b[31m'", Failures.oneLine("--partition 'gpu\n#SBATCH x\u001b[31m'"));
    }
}
