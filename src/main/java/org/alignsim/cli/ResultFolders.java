package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.results.ManifestFile;
import org.alignsim.output.OutputFolder;
import org.alignsim.report.Reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where commands put results by default: results/<name>/<yyyyMMdd-HHmmss>/, the newest unfinished one for --resume. */
final class ResultFolders {
    private ResultFolders() {}

    static Path timestamped(Path parent) {
        return OutputFolder.timestamped(parent);
    }

    /**
     * The report that ends a command's work. If it cannot be written, the results themselves are
     * whole, and the message says so and how to write the report later.
     */
    static Path report(Path resultFolder) {
        try {
            return Reports.writeFor(resultFolder);
        } catch (FileError e) {
            throw e.withHint("the results themselves are complete; once that is fixed, alignsim report " + Shown.path(resultFolder) + " writes the report");
        }
    }

    /** The folder to resume under parent: the newest whose manifest.json does not say "complete". */
    static Path toResume(Path parent) throws IOException {
        Path latest = latestUnfinished(parent);
        if (latest == null) throw new UserError("nothing to resume under " + parent + " (give --out DIR)");
        return latest;
    }

    private static Path latestUnfinished(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) return null;
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> Files.exists(p.resolve(ManifestFile.NAME)))
                    .filter(p -> !"complete".equals(ManifestFile.read(p.resolve(ManifestFile.NAME)).path("status").asText()))
                    .max(Comparator.comparing(p -> p.getFileName().toString())).orElse(null);
        }
    }
}
