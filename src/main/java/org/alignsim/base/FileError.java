package org.alignsim.base;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file or folder the system would not let the program write, create or read: a full disk, a
 * folder without write permission, a read-only file system. Told as
 * {@code FILE: cannot ACTION: REASON[; HINT]}, naming the file as the user knows it; the CLI's
 * handler decides the exit code from the cause.
 */
public final class FileError extends RuntimeException {
    private final Path file;
    private final String action;
    private final String hint;

    private FileError(Path file, String action, IOException cause, String hint) {
        super(Shown.path(file) + ": cannot " + action + ": " + reason(file, action, cause) + (hint == null ? "" : "; " + hint), cause);
        this.file = file;
        this.action = action;
        this.hint = hint;
    }

    public static FileError writing(Path file, IOException cause) {
        return new FileError(file, "write", cause, null);
    }

    public static FileError creating(Path folder, IOException cause) {
        return new FileError(folder, "create the folder", cause, null);
    }

    public static FileError reading(Path file, IOException cause) {
        return new FileError(file, "read", cause, null);
    }

    public static FileError removing(Path file, IOException cause) {
        return new FileError(file, "remove", cause, null);
    }

    /** The same failure with advice on what to do next (e.g. that --resume continues). */
    public FileError withHint(String advice) {
        return new FileError(file, action, getCause(), advice);
    }

    /** The same failure naming the file at another place: where a staged file would have ended up. */
    public FileError movedTo(Path from, Path to) {
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(from) ? new FileError(to.resolve(from.relativize(f)), action, getCause(), hint) : this;
    }

    public Path file() { return file; }

    @Override
    public synchronized IOException getCause() { return (IOException) super.getCause(); }

    /** A folder or file that cannot be made although its parent exists: a place such as /proc that takes no new files. */
    private static String reason(Path file, String action, IOException e) {
        Path parent = file.toAbsolutePath().getParent();
        boolean making = action.equals("write") || action.equals("create the folder");
        if (making && e instanceof NoSuchFileException && parent != null && Files.isDirectory(parent)) return "this place takes no new files";
        return reason(e);
    }

    /** The system's reason in words, without the path Java puts in front of it. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileAlreadyExistsException) return "already exists";
        if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof CharacterCodingException) return "not UTF-8 text";
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (r == null || r.isBlank()) return "input/output error";
        return r.replaceAll("\\s+", " ").trim();
    }
}
