package org.alignsim.scenario;

import org.alignsim.model.TestScenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Helpers for tests of bad scenario input: write a scenario, load it, and check that the error is
 * one line of the form {@code <file>:<line>: <key.path>: <problem>}. Line numbers are found in
 * the test's own text, never taken from the code under test.
 */
final class ScenarioErrors {
    private ScenarioErrors() {}

    /** The text of the six-state test scenario. */
    static String mini() {
        try {
            return Files.readString(TestScenarios.resource("mini.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with {@code from} replaced by {@code to}; fails if {@code from} is not there exactly once. */
    static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("test text must contain exactly one \"" + from + "\"");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based number of the one line of {@code text} that contains {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                if (found >= 0) throw new IllegalArgumentException("\"" + needle + "\" is on more than one line");
                found = i + 1;
            }
        }
        if (found < 0) throw new IllegalArgumentException("\"" + needle + "\" is on no line");
        return found;
    }

    /** The 1-based number of the last line of {@code text} that contains {@code needle}. */
    static int lastLineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) if (lines[i].contains(needle)) return i + 1;
        throw new IllegalArgumentException("\"" + needle + "\" is on no line");
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How an error should name {@code file}: relative to the working directory when under it. */
    static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static ScenarioException loadFails(Path file) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file),
                () -> "loading " + file + " should fail");
    }

    /** Writes {@code text} to {@code dir/name}, loads it and checks the error (see {@link #assertError}). */
    static ScenarioException assertLoadFails(Path dir, String name, String text, int line, String keyPath, String... words) {
        Path file = write(dir, name, text);
        ScenarioException e = loadFails(file);
        assertError(e, file, line, keyPath, words);
        return e;
    }

    /**
     * The message is one line {@code <file>:<line>: <key.path>: <problem>} (no key path part when
     * {@code keyPath} is empty) and the problem mentions every one of {@code words} (any case).
     */
    static void assertError(ScenarioException e, Path file, int line, String keyPath, String... words) {
        String msg = e.getMessage();
        assertOneLine(msg);
        String prefix = shown(file) + ":" + line + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ");
        if (!msg.startsWith(prefix)) {
            fail("error message should start with\n  " + prefix + "\nbut was\n  " + msg);
        }
        String problem = msg.substring(prefix.length());
        assertFalse(problem.isBlank(), () -> "no problem text in: " + msg);
        for (String w : words) {
            assertTrue(problem.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)),
                    () -> "problem should mention \"" + w + "\": " + msg);
        }
        assertEquals(line, e.line(), () -> "line() of: " + msg);
        assertEquals(keyPath, e.path() == null ? "" : e.path(), () -> "path() of: " + msg);
    }

    /**
     * An {@code extends} cycle is reported at the {@code extends:} line of one of the files in the
     * cycle (which one is the loader's choice), with key path {@code extends}, naming the cycle.
     */
    static void assertCycleError(ScenarioException e, String cycle, Path... files) {
        assertTrue(e.getMessage().contains(cycle), () -> "should name the cycle " + cycle + ": " + e.getMessage());
        for (Path f : files) {
            if (e.getMessage().startsWith(shown(f) + ":")) {
                String text;
                try {
                    text = Files.readString(f);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                assertError(e, f, lineOf(text, "extends:"), "extends", "cycle");
                return;
            }
        }
        fail("should name one of the files of the cycle, with the line of its extends: " + e.getMessage());
    }

    static void assertOneLine(String msg) {
        assertTrue(msg != null && !msg.isEmpty(), "empty error message");
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "error message is not one line: " + msg);
    }
}
