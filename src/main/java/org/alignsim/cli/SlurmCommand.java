package org.alignsim.cli;

import org.alignsim.cluster.SlurmSubmission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = "Run a sweep on a Slurm cluster: an array job with one task per shard and a merge job after it. "
                + "Writes the scripts into the result folder, submits them with sbatch and prints the job ids.")
public final class SlurmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep YAML file.")
    Path sweepFile;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks, one shard each (at most the number of design points).")
    int tasks;

    @Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition (default: the cluster's default).")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit per task (default: ${DEFAULT-VALUE}).")
    String time = "01:00:00";

    @Option(names = "--mem-per-cpu", paramLabel = "SIZE", description = "Memory per CPU, e.g. 1G (default: ${DEFAULT-VALUE}).")
    String memPerCpu = "1G";

    @Option(names = "--cpus-per-task", paramLabel = "N", description = "CPUs per task; the sweep uses them as threads (default: ${DEFAULT-VALUE}).")
    int cpusPerTask = 1;

    @Option(names = "--account", paramLabel = "NAME", description = "Slurm account to charge.")
    String account;

    @Mixin Options.Out out;

    @Option(names = "--jar", paramLabel = "FILE", description = "The alignsim jar the nodes run (default: this program's jar).")
    Path jar;

    @Option(names = "--java", paramLabel = "CMD", description = "Java command on the nodes (default: ${DEFAULT-VALUE}).")
    String java = "java";

    @Option(names = "--dry-run", description = "Write and print the scripts; submit nothing.")
    boolean dryRun;

    @Option(names = "--resume", description = "Resubmit only the shards that did not finish, and a new merge job.")
    boolean resume;

    @Option(names = "--allow-partial", description = "Let the merge job merge even if shards are missing.")
    boolean allowPartial;

    @Option(names = "--fail-task", hidden = true, paramLabel = "K", description = "Make shard K fail once (for testing the failure path).")
    Integer failTask;

    @Override
    public Integer call() throws IOException {
        System.out.print(SlurmSubmission.submit(new SlurmSubmission.Request(sweepFile, tasks, partition, time, memPerCpu, cpusPerTask, account,
                out.dir, jar, java, dryRun, resume, allowPartial, failTask)));
        return 0;
    }
}
