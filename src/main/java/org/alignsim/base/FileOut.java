package org.alignsim.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A UTF-8 text file written in place as work goes (a run's rows, a sweep's growing files). A
 * failure names the file ({@link FileError}); after one, nothing more is written, not even on
 * close, so a file that a full disk cut short ends in at most one torn row, which resuming cuts.
 */
public final class FileOut extends Writer {
    private final Path file;
    private final OutputStream raw;
    private final Writer out;
    private FileError failed;

    private FileOut(Path file, OutputStream raw) {
        this.file = file;
        this.raw = raw;
        this.out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A new file, or an old one emptied. */
    public static FileOut create(Path file) {
        return open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Appends to the file, creating it if need be. */
    public static FileOut append(Path file) {
        return open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static FileOut open(Path file, StandardOpenOption... options) {
        try {
            return new FileOut(file, Files.newOutputStream(file, options));
        } catch (IOException e) {
            throw FileError.writing(file, e);
        }
    }

    public Path file() { return file; }

    @Override
    public void write(char[] buf, int off, int len) {
        guarded(() -> out.write(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) {
        guarded(() -> out.write(s, off, len));
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
        write(new char[]{(char) c}, 0, 1);
    }

    @Override
    public FileOut append(CharSequence s) {
        String t = String.valueOf(s);
        write(t, 0, t.length());
        return this;
    }

    @Override
    public FileOut append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() {
        guarded(out::flush);
    }

    @Override
    public void close() {
        try {
            if (failed == null) out.close();
            else raw.close();
        } catch (IOException e) {
            if (failed == null) throw fail(e);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void guarded(Step step) {
        if (failed != null) throw failed;
        try {
            step.run();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    private FileError fail(IOException e) {
        failed = FileError.writing(file, e);
        try {
            raw.close();
        } catch (IOException ignored) {
            // already failing; the first cause is the one to tell
        }
        return failed;
    }
}
