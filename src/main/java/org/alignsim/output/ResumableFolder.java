package org.alignsim.output;

import org.alignsim.base.FileBatch;
import org.alignsim.base.FileError;
import org.alignsim.base.NewFolders;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A result folder filled as the work goes, so that work stopped part-way can be resumed (a sweep,
 * a calibration): one process at a time writes it (a lock on {@code .lock}, removed at the end).
 * If the work fails, a folder made for it that logged nothing goes again; one that did stays, and
 * a file error says that --resume continues.
 */
public final class ResumableFolder {
    private ResumableFolder() {}

    /** The work done in the folder. */
    public interface Work<T> {
        T run() throws IOException;
    }

    /**
     * @param what what writes the folder ("sweep", "calibration"), for the refusal
     * @param log  the file whose rows are the work kept so far
     * @param kept what the failure message says is kept
     */
    public static <T> T fill(Path dir, String what, Path log, String kept, Work<T> work) throws IOException {
        NewFolders made = NewFolders.create(dir);
        Path lockFile = dir.resolve(".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            made.undo();
            throw FileError.writing(lockFile, e);
        }
        try (channel) {
            FileLock lock = lock(channel, dir, what);
            try {
                removeTemporaries(dir);
                return work.run();
            } catch (RuntimeException e) {
                throw afterFailure(dir, made, log, kept, e);
            } finally {
                Files.deleteIfExists(lockFile);
                if (lock.isValid()) lock.release();
            }
        }
    }

    /** Refuses, before anything touches the folder (not even --force), if another process is writing it. */
    public static void refuseIfBusy(Path dir, String what) throws IOException {
        Path lockFile = dir.resolve(".lock");
        if (!Files.exists(lockFile)) return;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            lock(ch, dir, what).release();
        }
    }

    private static FileLock lock(FileChannel ch, Path dir, String what) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) throw new UserError(Shown.path(dir) + ": another " + what + " is writing to this folder");
        return lock;
    }

    private static RuntimeException afterFailure(Path dir, NewFolders made, Path log, String kept, RuntimeException e) {
        boolean logged = hasRows(log);
        if (made.madeAny() && !logged) {
            OutputFolder.deleteTree(dir);
            made.undo();
            return e;
        }
        if (e instanceof FileError f && logged) return f.withHint(kept + "; once that is fixed, the same command with --resume continues");
        return e;
    }

    /** A kill -9 can leave a file half-written under its temporary name; it was never part of the results. */
    private static void removeTemporaries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(p -> FileBatch.TEMPORARY.matcher(p.getFileName().toString()).matches()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Whether a log holds a row after its header. */
    static boolean hasRows(Path log) {
        if (!Files.isRegularFile(log)) return false;
        try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            return r.readLine() != null && r.readLine() != null;
        } catch (IOException e) {
            return true;   // unreadable: keep it rather than guess it away
        }
    }
}
