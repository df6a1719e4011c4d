package org.alignsim.cli;

import org.alignsim.base.UserError;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The options several commands share, as picocli mixins, so that each is parsed and checked in one
 * place. What an option means can still differ by command (where --out goes by default, what -q
 * leaves out): those texts are in Options.properties, keyed by the command's name.
 */
final class Options {
    private Options() {}

    /** --out DIR: where the results go; each command has its own default. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out", description = "Result folder.")
        Path dir;

        Path or(Path fallback) {
            return dir != null ? dir : fallback;
        }
    }

    static final class Quiet {
        @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet", description = "Print nothing on success.")
        boolean on;
    }

    static final class Force {
        @Option(names = "--force", descriptionKey = "force",
                description = "Replace the output folder if it exists; only a folder of AlignSim results (or an empty one) is replaced.")
        boolean on;
    }

    static final class NoReport {
        @Option(names = "--no-report", descriptionKey = "no-report", description = "Do not write report.html and charts/ at the end.")
        boolean on;
    }

    /** --seed S by the one rule of {@link SeedConverter}; the default is the command's. */
    static final class Seed {
        @Option(names = "--seed", paramLabel = "S", converter = SeedConverter.class, descriptionKey = "seed", description = "Seed.")
        Long value;

        long or(long fallback) {
            return value != null ? value : fallback;
        }
    }

    static final class Threads {
        @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads",
                description = "Threads (default: all cores, ${DEFAULT-VALUE}); results do not depend on it.")
        int n = Runtime.getRuntime().availableProcessors();

        int get() {
            if (n < 1) throw new UserError("--threads must be at least 1");
            return n;
        }
    }

    /**
     * --data DIR: the folder of the data files a scenario's series read, in place of the
     * scenario's own {@code data} key (for a clone whose data live elsewhere).
     */
    static final class Data {
        @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data",
                description = "Folder of the data files the scenario's series read (default: the scenario's own data key).")
        Path dir;

        /** The folder, checked, or null for the scenario's own. */
        Path get() {
            if (dir != null && !java.nio.file.Files.isDirectory(dir)) throw new UserError("--data " + dir + ": no such folder");
            return dir;
        }
    }

    /** --outcome NAME, repeatable, for the analyses that take several outcomes (null: the analysis's defaults). */
    static final class Outcomes {
        @Option(names = "--outcome", paramLabel = "NAME", descriptionKey = "outcome",
                description = "An outcome column of runs.csv (repeatable; default: asian_nato_formed, share_us_gdp, share_us_count, mean_alignment).")
        List<String> names;
    }
}
