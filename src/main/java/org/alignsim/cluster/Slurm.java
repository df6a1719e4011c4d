package org.alignsim.cluster;


import org.alignsim.base.UserError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Talks to Slurm through its ordinary commands (sbatch, sinfo), as a user would. */
public final class Slurm {
    private Slurm() {}

    /** The executable's path on PATH, or null. */
    public static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, command);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    public record Result(int code, String out, String err) {}

    public static Result exec(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path outF = Files.createTempFile("alignsim-slurm", ".out"), errF = Files.createTempFile("alignsim-slurm", ".err");
        pb.redirectOutput(outF.toFile()).redirectError(errF.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UserError(String.join(" ", command) + ": no answer from Slurm within 120 s");
            }
            return new Result(p.exitValue(), Files.readString(outF, StandardCharsets.UTF_8).trim(), Files.readString(errF, StandardCharsets.UTF_8).trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(outF);
            Files.deleteIfExists(errF);
        }
    }

    public static void checkPartition(String partition) throws IOException {
        Result r = exec(List.of("sinfo", "-h", "-p", partition, "-o", "%P"));
        if (r.code() != 0) throw new UserError("sinfo failed: " + firstLine(r.err()));
        if (r.out().isEmpty()) throw new UserError("--partition " + partition + ": no such partition on this cluster (see sinfo)");
    }

    /** Submits a script and returns the job id. */
    public static String submit(Path script, List<String> options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        Result r = exec(cmd);
        if (r.code() != 0) throw new UserError("sbatch refused " + script.getFileName() + ": " + firstLine(r.err()));
        String id = r.out().lines().reduce((a, b) -> b).orElse("");
        int semi = id.indexOf(';');
        return semi >= 0 ? id.substring(0, semi) : id;
    }

    static String firstLine(String s) {
        return s.lines().findFirst().orElse("(no message)");
    }
}
