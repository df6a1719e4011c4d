package org.alignsim.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder made with whatever parents it lacked, remembering which ones this program made, so
 * that a command that fails can take them away again and leave no empty folders behind.
 */
public final class NewFolders {
    private final List<Path> made;

    private NewFolders(List<Path> made) {
        this.made = made;
    }

    /** Makes dir and its missing parents; refuses (one line) a path that crosses a file. */
    public static NewFolders create(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = abs; p != null && !Files.isDirectory(p); p = p.getParent()) {
            if (Files.exists(p)) throw new UserError(Shown.path(p) + ": exists and is not a folder");
            missing.add(0, p);
        }
        List<Path> made = new ArrayList<>();
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
                made.add(p);
            } catch (IOException e) {
                new NewFolders(made).undo();
                throw FileError.creating(p, e);
            }
        }
        return new NewFolders(made);
    }

    /** Whether dir itself was made here (it did not exist before). */
    public boolean madeAny() { return !made.isEmpty(); }

    /** Removes the folders made here, innermost first, as long as they are empty. */
    public void undo() {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException e) {
                return;   // not empty: it holds something that is not ours to remove
            }
        }
        made.clear();
    }
}
