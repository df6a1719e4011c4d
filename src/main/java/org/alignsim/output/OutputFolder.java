package org.alignsim.output;


import org.alignsim.base.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A result folder that appears whole or not at all: everything is written into a hidden
 * sibling folder and renamed into place at the end; a failure or an interrupt removes it.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private final Thread cleanup;
    private boolean committed;

    /** Thrown when the target exists and overwriting was not asked for. */
    public static final class ExistsException extends UserError {
        public ExistsException(Path p) {
            super(p + ": output folder already exists (use --force to replace it)");
        }
    }

    public OutputFolder(Path target, boolean force) {
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
        if (Files.exists(this.target) && !force) throw new ExistsException(target);
        try {
            Path parent = this.target.getParent();
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cleanup = new Thread(() -> { if (!committed) deleteTree(staging); });
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** Where to write. */
    public Path dir() { return staging; }

    public Path target() { return target; }

    /** Moves the finished folder into place, replacing the old one only if forced. */
    public void commit() {
        try {
            if (Files.exists(target)) {
                if (!force) throw new ExistsException(target);
                deleteTree(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!committed) deleteTree(staging);
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
