package org.alignsim.cli;

import org.alignsim.sweep.Merge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the result folders of a sharded sweep (--shard k/N) into the files a single-machine sweep writes.")
public final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard result folders (any order).")
    List<Path> shards;

    // Not Options.Out: merge has no default folder, so picocli itself asks for it.
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the merged result.")
    Path out;

    @Mixin Options.Force force;

    @Mixin Options.NoReport noReport;

    @Option(names = "--allow-partial", description = "Merge even if shards are missing or unfinished (the manifest says so).")
    boolean allowPartial;

    @Override
    public Integer call() throws IOException {
        Merge.Result r = Merge.merge(shards, out, force.on, allowPartial);
        System.out.printf("merged %d shards: %d runs%s%nwrote %s%n", r.shards(), r.runs(),
                r.failed() > 0 ? " (" + r.failed() + " failed)" : "", r.dir());
        if (!noReport.on) System.out.println("report " + ResultFolders.report(r.dir()));
        return 0;
    }
}
