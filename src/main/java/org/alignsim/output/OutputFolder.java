package org.alignsim.output;

import org.alignsim.results.ManifestFile;
import org.alignsim.base.FileBatch;
import org.alignsim.base.FileError;
import org.alignsim.base.NewFolders;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A result folder that appears whole or not at all: everything is written into a hidden
 * sibling folder and renamed into place at the end; a failure or an interrupt removes it, and
 * any parent folder made for it.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private final NewFolders parents;
    private final Thread cleanup;
    private boolean committed;

    /** Thrown when the target exists and overwriting was not asked for. */
    public static final class ExistsException extends UserError {
        public ExistsException(Path p) {
            super(Shown.path(p) + ": output folder already exists (use --force to replace it)");
        }
    }

    /** What fills the folder, given where to write. */
    public interface Body<T> {
        T write(Path dir);
    }

    /** A new folder under parent named by the current time, results/<name>/<yyyyMMdd-HHmmss>/ (sorts by time). */
    public static Path timestamped(Path parent) {
        return parent.resolve(java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    public OutputFolder(Path target, boolean force) {
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
        checkReplaceable(this.target, force);
        this.parents = NewFolders.create(this.target.getParent());
        try {
            // Not createTempDirectory: its mode 700 would stay with the folder when it is renamed into place.
            this.staging = Files.createDirectory(this.target.resolveSibling("." + this.target.getFileName() + ".partial-"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())));
        } catch (IOException e) {
            parents.undo();
            throw FileError.creating(this.target, e);
        }
        cleanup = new Thread(() -> { if (!committed) deleteTree(staging); });
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * May a command write its results to dir? Yes if it does not exist or is an empty folder;
     * with --force also if it holds AlignSim results (its manifest.json says so). Never a file,
     * and never a folder of something else, which --force would delete.
     */
    public static void checkReplaceable(Path dir, boolean force) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new UserError(Shown.path(dir) + ": exists and is not a folder (choose another --out)");
        if (isEmpty(dir)) return;
        if (!force) throw new ExistsException(dir);
        if (!ManifestFile.isAlignSim(dir)) {
            throw new UserError(Shown.path(dir) + ": not an AlignSim result folder (no manifest.json of alignsim), so --force will not delete it; "
                    + "choose another --out, or empty it yourself");
        }
    }

    static boolean isEmpty(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw FileError.reading(dir, e);
        }
    }

    /** Where to write. */
    public Path dir() { return staging; }

    public Path target() { return target; }

    /** Fills the folder and moves it into place; a file that cannot be written is named as it would have been in place. */
    public <T> T fill(Body<T> body) {
        T result;
        try {
            result = body.write(staging);
        } catch (FileError e) {
            throw e.movedTo(staging, target).withHint("nothing was kept");
        }
        commit();
        return result;
    }

    /** Moves the finished folder into place, replacing the old one only if forced. */
    public void commit() {
        if (Files.exists(target)) {
            checkReplaceable(target, force);
            deleteTree(target);
        }
        FileBatch.move(staging, target);
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
            parents.undo();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs anyway
        }
    }

    public static void deleteTree(Path p) {
        if (p == null || !Files.exists(p)) return;
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a leftover staging folder is hidden and named .partial
        }
    }
}
