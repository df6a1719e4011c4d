package org.alignsim.bench;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.sweep.Shard;
import org.alignsim.sweep.SweepDesign;
import org.alignsim.sweep.SweepRunner;
import org.alignsim.sweep.SweepSpec;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures what users feel: how fast one run steps, how many runs a second one thread and all
 * threads give, how much of a run is framework rather than the model's arithmetic, whether a
 * sweep's memory stays flat as it grows, and how the cost of a step grows with the number of
 * states. Prints figures; asserts nothing (targets live in the issue, not in a timed test).
 */
public final class Benchmark {
    private final Path scenarioFile;
    private final int runs;
    private final int threads;
    private final PrintStream out;

    public Benchmark(Path scenarioFile, int runs, int threads, PrintStream out) {
        this.scenarioFile = scenarioFile;
        this.runs = runs;
        this.threads = threads;
        this.out = out;
    }

    /** The sweep command end to end, each measurement a process of its own (see {@link EndToEnd}). */
    public void endToEnd(Path sweepFile, long sweepRuns, boolean huge) throws Exception {
        new EndToEnd(sweepFile, out).run(sweepRuns, threads, huge);
    }

    public void run(boolean memory, boolean scaling) throws Exception {
        Scenario s = ScenarioLoader.load(scenarioFile).scenario();
        World w = new World(s);
        int steps = s.time().steps();
        out.printf("baseline %s: %d states, %d steps per run (%.0f years, %d steps/year); %d threads available%n",
                s.name(), w.n, steps, s.time().horizonYears(), s.time().stepsPerYear(), Runtime.getRuntime().availableProcessors());

        warm(w);
        // One thread before and after the parallel figure, taking the better: the JIT keeps
        // improving the code for a while, which would otherwise flatter the parallel efficiency.
        double full1 = runsPerSecond(w, 1, false);
        double bare1 = runsPerSecond(w, 1, true);
        double fullN = runsPerSecond(w, threads, false);
        full1 = Math.max(full1, runsPerSecond(w, 1, false));
        bare1 = Math.max(bare1, runsPerSecond(w, 1, true));
        out.printf("one run:             %,.0f steps/s (%.3f ms per run)%n", full1 * steps, 1000 / full1);
        out.printf("runs/s, 1 thread:    %,.0f%n", full1);
        out.printf("runs/s, %d threads:   %,.0f  (parallel efficiency %.0f %%)%n", threads, fullN, 100 * fullN / (threads * full1));
        out.printf("bare arithmetic:     %,.0f runs/s on 1 thread; full run / bare arithmetic = %.2fx%n", bare1, bare1 / full1);
        out.printf("targets:             >= 2,000 runs/s on 2 threads, full run / bare arithmetic <= 1.2x%n");
        history();
        if (memory) memory();
        if (scaling) scaling(s);
    }

    /** One seed of the 40-state history (1946-2020), if the project's scenario is there: target under a second. */
    private void history() {
        Path file = (scenarioFile.getParent() == null ? Path.of(".") : scenarioFile.getParent()).resolve("history-1946-2020.yaml");
        if (!java.nio.file.Files.isRegularFile(file)) return;
        World h = new World(ScenarioLoader.load(file).scenario());
        // Warmed up as it is measured: the JIT has just compiled the baseline's paths, and the
        // history's (data series, year-by-year hostility) need as long to settle again.
        int seeds = 40;
        for (int k = 0; k < seeds; k++) historyRun(h, k);
        long t0 = System.nanoTime();
        for (int k = 0; k < seeds; k++) historyRun(h, 100 + k);
        double ms = (System.nanoTime() - t0) / 1e6 / seeds;
        out.printf("history 1946-2020:   %d states, %d steps: %.1f ms per seed on 1 thread (target: under 1,000 ms)%n", h.n, h.scenario.time().steps(), ms);
    }

    private static void historyRun(World h, long seed) {
        AlignmentModel m = new AlignmentModel(h, seed);
        m.setRecordingPulls(false);
        m.setOwnStreamOnly(true);
        m.runToEnd();
    }

    private void warm(World w) {
        for (int k = 0; k < 500; k++) {
            new AlignmentModel(w, k).runToEnd();
            new AlignmentModel(w, k).runBare();
        }
    }

    /** Runs `runs` runs on the given number of threads; each run in its own model, sharing the World. */
    private double runsPerSecond(World w, int nThreads, boolean bare) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(nThreads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            int per = runs / nThreads;
            for (int t = 0; t < nThreads; t++) {
                int base = t * per;
                fs.add(pool.submit(() -> {
                    for (int k = 0; k < per; k++) {
                        AlignmentModel m = new AlignmentModel(w, base + k);
                        m.setRecordingPulls(false);   // as a sweep runs it: stances and aggregates recorded, pulls only when needed
                        m.setOwnStreamOnly(true);
                        if (bare) m.runBare();
                        else m.runToEnd();
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
            return per * nThreads / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private void memory() throws IOException {
        long small = sweepHeap(1_000), large = sweepHeap(10_000);
        out.printf("sweep heap high-water (live after GC): 1,000 runs %.1f MiB, 10,000 runs %.1f MiB (ratio %.2f; flat means about 1)%n",
                small / 1048576.0, large / 1048576.0, (double) large / small);
    }

    /** Runs a real sweep of n runs into a temporary folder and returns the largest live heap seen after a GC. */
    private long sweepHeap(int n) throws IOException {
        Path tmp = Files.createTempDirectory("alignsim-bench");
        try {
            Path sweep = tmp.resolve("bench.yaml");
            Files.writeString(sweep, "name: bench\nscenario: " + scenarioFile.toAbsolutePath() + "\nseed: 1\nreplications: 10\n"
                    + "factors:\n  weights.trade: {min: 0, max: 4, steps: " + n / 10 + "}\n");
            SweepSpec spec = SweepSpec.load(sweep);
            ScenarioLoader.Loaded base = ScenarioLoader.load(spec.scenarioFile());
            SweepDesign design = SweepDesign.of(spec, Long.MAX_VALUE);
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
            new SweepRunner(spec, base, design, new SweepRunner.Options(tmp.resolve("out"), threads, false, false, Shard.ALL, true, Set.of())).run();
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null && p.getName().contains("Old")) {
                    peak = Math.max(peak, p.getCollectionUsage().getUsed());
                }
            }
            if (peak == 0) {
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
                }
            }
            return peak;
        } finally {
            OutputFolder.deleteTree(tmp);
        }
    }

    private void scaling(Scenario template) {
        int[] sizes = {50, 100, 200, 400, 800};
        SimpleRegression fit = new SimpleRegression();
        out.println("cost of one step by number of states (synthetic worlds):");
        for (int n : sizes) {
            World w = new World(SyntheticWorlds.of(template, n, 42));
            AlignmentModel m = new AlignmentModel(w, 1);
            m.start();
            int warm = 200, timed = Math.max(20, 400_000 / (n * n / 10 + 1));
            for (int k = 0; k < warm; k++) m.schedule.step(m);
            long t0 = System.nanoTime();
            for (int k = 0; k < timed; k++) m.schedule.step(m);
            double us = (System.nanoTime() - t0) / 1e3 / timed;
            fit.addData(Math.log(n), Math.log(us));
            out.printf("  %4d states: %,10.1f us per step%n", n, us);
        }
        out.printf("fitted growth exponent of cost per step: %.2f (pairwise terms make 2 the ceiling)%n", fit.getSlope());
    }
}
