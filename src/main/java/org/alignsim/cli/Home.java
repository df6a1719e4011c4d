package org.alignsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own files are when a command falls back on them (the default scenarios,
 * the validation file, the data): the current folder if it has them, else the folder of the
 * checkout the launcher runs from (it passes -Dalignsim.home), so the defaults work from anywhere.
 */
final class Home {
    private Home() {}

    static Path file(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here)) return here;
        String home = System.getProperty("alignsim.home");
        if (home != null && !home.isBlank()) {
            Path p = Path.of(home).resolve(relative);
            if (Files.exists(p)) return p;
        }
        return here;
    }
}
