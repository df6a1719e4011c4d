package org.alignsim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.alignsim.base.UserError;
import org.alignsim.output.OutputFolder;
import org.alignsim.sweep.SweepDesign;
import org.alignsim.sweep.SweepSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures a user feels: the {@code sweep} command run as its own process, as a user runs it
 * (same JVM options as this one), on a sweep file scaled to a number of runs by its
 * replications. Wall time, throughput, CPU per run and peak resident memory come from the whole
 * process, start-up and file output included.
 */
final class EndToEnd {
    static final double TARGET_RUNS_PER_SECOND = 5_000, TARGET_CPU_MS = 0.35, TARGET_SPEEDUP = 1.8, TARGET_RSS_MB = 300;

    private final Path sweepFile;
    private final PrintStream out;

    EndToEnd(Path sweepFile, PrintStream out) {
        this.sweepFile = sweepFile;
        this.out = out;
    }

    /** One process's figures. */
    record Figures(long runs, int threads, double seconds, double cpuSeconds, long peakRssKb, long liveHeapBytes, long outputBytes) {
        double runsPerSecond() { return runs / seconds; }
        double cpuMsPerRun() { return 1000 * cpuSeconds / runs; }
    }

    void run(long runs, int threads, boolean huge) throws IOException, InterruptedException {
        if (!Files.isRegularFile(sweepFile)) throw new UserError(sweepFile + ": no such sweep file");
        out.printf("end to end: `sweep %s` scaled to %,d runs, as its own process (JVM options as this one's)%n",
                sweepFile.getFileName(), runs);
        Path tmp = Files.createTempDirectory("alignsim-e2e");
        try {
            measure(tmp, Math.max(1_000, runs / 20), threads, "warm-up");   // file cache, class data; not reported
            Scale scale = scale(tmp, runs, threads);
            Scale million = null;
            if (huge) {
                out.printf("and scaled to 10^6 runs:%n");
                million = scale(tmp, 1_000_000, threads);
                out.printf("  10^6 runs: live heap %.0f MB, output %.0f MB%n",
                        million.many().liveHeapBytes() / 1048576.0, million.many().outputBytes() / 1048576.0);
            }
            verdicts(threads, scale, million);
        } finally {
            OutputFolder.deleteTree(tmp);
        }
    }

    /** One scale's figures: the sweep on one thread and on all. */
    record Scale(Figures one, Figures many) {
        double speedup() { return one.seconds() / many.seconds(); }
    }

    private Scale scale(Path tmp, long runs, int threads) throws IOException, InterruptedException {
        Scale s = new Scale(measure(tmp, runs, 1, null), measure(tmp, runs, threads, null));
        print(s.one());
        print(s.many());
        out.printf("  speed-up 1 -> %d threads: %.2fx%n", threads, s.speedup());
        return s;
    }

    /**
     * Each target beside the figure at each scale measured. The targets hold for a sweep of 40,000
     * runs or more; at 40,000 the JIT's compilers, a fixed 2-4 s of CPU, weigh more than at 10^6.
     */
    private void verdicts(int threads, Scale scale, Scale million) {
        String head = String.format("  %-34s %18s", "target", String.format("%,d runs", scale.many().runs()));
        out.println(million == null ? head : head + String.format(" %18s", String.format("%,d runs", million.many().runs())));
        verdict(String.format(">= %,.0f runs/s on %d threads", TARGET_RUNS_PER_SECOND, threads), scale, million,
                s -> String.format("%,.0f", s.many().runsPerSecond()), s -> s.many().runsPerSecond() >= TARGET_RUNS_PER_SECOND);
        verdict(String.format("<= %.2f ms CPU per run", TARGET_CPU_MS), scale, million,
                s -> String.format("%.3f", s.many().cpuMsPerRun()), s -> s.many().cpuMsPerRun() <= TARGET_CPU_MS);
        verdict(String.format(">= %.1fx speed-up 1 -> %d threads", TARGET_SPEEDUP, threads), scale, million,
                s -> String.format("%.2fx", s.speedup()), s -> s.speedup() >= TARGET_SPEEDUP);
        if (million != null) {
            out.printf("  %-34s %18s %18s%n", String.format("<= %.0f MB resident at 10^6 runs", TARGET_RSS_MB), "",
                    mark(String.format("%,.0f MB", million.many().peakRssKb() / 1024.0), million.many().peakRssKb() / 1024.0 <= TARGET_RSS_MB));
        } else {
            out.printf("  <= %.0f MB resident at 10^6 runs: --huge measures it%n", TARGET_RSS_MB);
        }
    }

    private void verdict(String target, Scale scale, Scale million, java.util.function.Function<Scale, String> figure,
                         java.util.function.Predicate<Scale> met) {
        String line = String.format("  %-34s %18s", target, mark(figure.apply(scale), met.test(scale)));
        if (million != null) line += String.format(" %18s", mark(figure.apply(million), met.test(million)));
        out.println(line);
    }

    private static String mark(String figure, boolean met) {
        return figure + (met ? " met" : " missed");
    }

    private void print(Figures f) {
        out.printf("  %,9d runs, %d thread%s: %6.1f s, %,6.0f runs/s, %.3f ms CPU per run, peak resident %,.0f MB, output %,.0f MB%n",
                f.runs(), f.threads(), f.threads() == 1 ? " " : "s", f.seconds(), f.runsPerSecond(), f.cpuMsPerRun(),
                f.peakRssKb() / 1024.0, f.outputBytes() / 1048576.0);
    }

    /** Runs the scaled sweep in a fresh JVM and reads back what the process cost. */
    Figures measure(Path tmp, long runs, int threads, String label) throws IOException, InterruptedException {
        Path sweep = scaled(tmp, runs);
        long actual = SweepDesign.of(SweepSpec.load(sweep), Long.MAX_VALUE).runs();
        Path results = tmp.resolve("out-" + threads + "-" + actual), figures = tmp.resolve("figures-" + threads + "-" + actual);
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-D" + ProcessFigures.PROPERTY + "=")) cmd.add(a);
        }
        cmd.add("-D" + ProcessFigures.PROPERTY + "=" + figures);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.alignsim.cli.Main",
                "sweep", sweep.toString(), "--out", results.toString(), "--threads", String.valueOf(threads), "--no-report", "-q"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        int rc = pb.start().waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (rc != 0) throw new IllegalStateException("the timed sweep exited with " + rc + (label == null ? "" : " (" + label + ")"));
        Map<String, Long> f = ProcessFigures.read(figures);
        long bytes;
        try (Stream<Path> files = Files.walk(results)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        OutputFolder.deleteTree(results);
        return new Figures(actual, threads, seconds, f.getOrDefault("cpu_ns", -1L) / 1e9,
                f.getOrDefault("peak_rss_kb", -1L), f.getOrDefault("live_heap_bytes", -1L), bytes);
    }

    /** The sweep file with replications raised to reach the runs wanted and its scenario made absolute. */
    private Path scaled(Path tmp, long runs) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode tree = (ObjectNode) yaml.readTree(sweepFile.toFile());
        Path dir = sweepFile.toAbsolutePath().getParent();
        tree.put("scenario", dir.resolve(tree.path("scenario").asText()).normalize().toString());
        tree.put("replications", 1);
        Path once = tmp.resolve("once.yaml");
        yaml.writeValue(once.toFile(), tree);
        long points = SweepDesign.of(SweepSpec.load(once), Long.MAX_VALUE).points();
        tree.put("replications", (runs + points - 1) / points);
        Path file = tmp.resolve("scaled-" + runs + ".yaml");
        yaml.writeValue(file.toFile(), tree);
        return file;
    }
}
