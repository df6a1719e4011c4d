package org.alignsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process with System.out and System.err captured (picocli's writers wrap them). */
public final class Cli {
    private Cli() {}

    public record Result(int code, String out, String err) {
        public List<String> errLines() { return err.lines().toList(); }
    }

    public static synchronized Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The CLI in a child process whose files may grow to at most kib KiB (bash's ulimit -f): a
     * write past it fails as on a full disk, with "File too large" (the JVM ignores SIGXFSZ).
     */
    public static Result limited(int kib, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kib + "; exec \"$0\" \"$@\"",
                // C1 and the serial collector: the child lives a second, so a quick start is what counts.
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("alignsim-child", ".out"), err = Files.createTempFile("alignsim-child", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Result(p.waitFor(), Files.readString(out), Files.readString(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
