package org.alignsim.base;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Files that appear whole or not at all. Each is written under a hidden temporary name beside
 * its target ({@code .NAME.RANDOM.tmp}); {@link #commit()} renames them all into place, and
 * closing an uncommitted batch deletes the temporary files and any folder it had to create, so
 * a failure (a full disk, a bad value found late) leaves every target as it was.
 */
public final class FileBatch implements AutoCloseable {

    /** What goes into one file. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** The temporary names this class uses; a kill -9 can leave one behind, which a resume may remove. */
    public static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    private final List<Path[]> staged = new ArrayList<>();
    private final List<NewFolders> folders = new ArrayList<>();
    private boolean committed;

    /** Writes one file under its temporary name (creating its folder if need be); returns the target. */
    public Path write(Path target, Body body) {
        Path abs = target.toAbsolutePath().normalize();
        folders.add(NewFolders.create(abs.getParent()));
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        staged.add(new Path[]{tmp, target});
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            body.write(out);
        } catch (IOException e) {
            throw FileError.writing(target, e);
        }
        return target;
    }

    public Path writeString(Path target, CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return write(target, out -> out.write(bytes));
    }

    /** Renames every file into place, in the order written. */
    public void commit() {
        for (Path[] s : staged) move(s[0], s[1]);
        committed = true;
    }

    @Override
    public void close() {
        if (committed) return;
        for (Path[] s : staged) {
            try {
                Files.deleteIfExists(s[0]);
            } catch (IOException ignored) {
                // the failure being reported matters more; a hidden .tmp is all that is left
            }
        }
        for (int i = folders.size() - 1; i >= 0; i--) folders.get(i).undo();
    }

    /** One file written whole and renamed into place. */
    public static Path writeAtomically(Path target, Body body) {
        try (FileBatch b = new FileBatch()) {
            b.write(target, body);
            b.commit();
            return target;
        }
    }

    public static Path writeAtomically(Path target, CharSequence text) {
        try (FileBatch b = new FileBatch()) {
            b.writeString(target, text);
            b.commit();
            return target;
        }
    }

    /** A rename within one folder or file system: atomic where the file system allows it. */
    public static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw FileError.writing(to, e);
        }
    }
}
