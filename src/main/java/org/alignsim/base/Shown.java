package org.alignsim.base;

import java.nio.file.Path;

/** How messages name a file: relative to the current folder when it lies below it, else absolute. */
public final class Shown {
    private Shown() {}

    public static String path(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
