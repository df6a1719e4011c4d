package org.alignsim.sweep;

import org.alignsim.runtime.Seeds;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.alignsim.base.FileBatch;
import org.alignsim.base.FileOut;
import org.alignsim.results.Csv;
import org.alignsim.results.CsvOut;
import org.alignsim.results.Sample;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.FileSums;
import org.alignsim.results.Json;
import org.alignsim.output.OutputFolder;
import org.alignsim.output.ResumableFolder;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a sweep: every replication of every design point of its shard, in parallel, each run in its
 * own model instance. Results are written in run order (a reorder buffer holds the few that finish
 * early), so runs.csv and timeseries.csv are always a sorted prefix of the final files: an
 * interrupted sweep resumes from where its files end and produces the same bytes.
 */
public final class SweepRunner {

    public record Options(Path out, int threads, boolean resume, boolean force, Shard shard, boolean quiet,
                          Set<Long> failRuns, boolean keepStates) {
        public Options(Path out, int threads, boolean resume, boolean force, Shard shard, boolean quiet, Set<Long> failRuns) {
            this(out, threads, resume, force, shard, quiet, failRuns, false);
        }
    }

    public record Result(Path dir, long runsWritten, long failed, long total, double seconds) {}

    private static final String[] TIMESERIES_HEADER = SweepFolder.TIMESERIES_HEADER;
    private static final String STATES_HEADER = SweepFolder.STATES_HEADER;

    private final SweepSpec spec;
    private final ScenarioLoader.Loaded base;
    private final SweepDesign design;
    private final Options opt;
    private final RunKernel kernel;
    private final String[] codes;
    private final int steps;
    private final double startYear, dt;
    private final int seriesWidth;
    private final Map<Integer, Object> prepared = new ConcurrentHashMap<>();
    /** Each unfinished point's factor values as runs.csv writes them (exact decimals cost a BigDecimal each). */
    private final Map<Integer, String[]> factorText = new ConcurrentHashMap<>();

    public SweepRunner(SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design, Options opt) {
        this(spec, base, design, opt, new ModelKernel(base));
    }

    /** A sweep of any kernel; base is only recorded in the manifest. */
    public SweepRunner(SweepSpec spec, ScenarioLoader.Loaded base, SweepDesign design, Options opt, RunKernel kernel) {
        this.spec = spec;
        this.base = base;
        this.design = design;
        this.opt = opt;
        this.kernel = kernel;
        this.codes = kernel.stateCodes().toArray(new String[0]);
        this.steps = kernel.steps();
        this.startYear = kernel.startYear();
        this.dt = kernel.dt();
        this.seriesWidth = kernel.seriesOutcomes().size();
    }

    public Result run() throws IOException {
        Path dir = opt.out().toAbsolutePath().normalize();
        ResumableFolder.refuseIfBusy(dir, "sweep");
        Manifest.Identity id = identity();
        Manifest.prepare(dir, spec, design, opt, id);
        return ResumableFolder.fill(dir, "sweep", dir.resolve("runs.csv"), "the runs finished so far are kept", () -> runLocked(dir, id));
    }

    /** What a resume must find the same (see {@link Manifest.Identity}). */
    private Manifest.Identity identity() {
        MessageDigest d = sha256();
        try (Writer w = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), d), StandardCharsets.UTF_8)) {
            writeDesign(w);
        } catch (IOException e) {
            throw new IllegalStateException(e);   // no file behind it
        }
        String designSha = HexFormat.of().formatHex(d.digest());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("parameters", base.scenario());
        settings.put("runs_header", runsHeader());
        settings.put("keep_states", opt.keepStates());
        if (opt.failRuns() != null && !opt.failRuns().isEmpty()) settings.put("fail_runs", new java.util.TreeSet<>(opt.failRuns()));
        String settingsSha = HexFormat.of().formatHex(sha256().digest(Json.bytes(settings)));
        return new Manifest.Identity(designSha, settingsSha, opt.keepStates() ? List.of("states") : List.of());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Result runLocked(Path dir, Manifest.Identity id) throws IOException {
        Instant started = Instant.now();
        FileBatch.writeAtomically(dir.resolve("design.csv"), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeDesign(w);
            w.flush();
        });
        FileBatch.writeAtomically(dir.resolve("sweep.yaml"), spec.fileText());
        Plan plan = plan(dir);
        Manifest.write(dir, spec, base, design, opt, id, started, null, "running", 0, 0, null);
        Tally t = runAll(dir, plan);
        Instant ended = Instant.now();
        long runs = plan.endRun() - plan.firstRun();
        Manifest.write(dir, spec, base, design, opt, id, started, ended, "complete", runs, t.failed, FileSums.describe(dir, Manifest.summed(opt)));
        return new Result(dir, t.written, t.failed, runs, Duration.between(started, ended).toMillis() / 1000.0);
    }

    /**
     * Where this (perhaps resumed) run of the sweep starts. Each file is a sorted prefix; rerunFrom
     * is the first run of the earliest point any of them still needs, and each file is written
     * from its own end on (runs before it are re-run silently, not re-written).
     */
    private record Plan(long firstRun, long endRun, long rerunFrom, long runsFrom, int tsFromPoint, long statesFrom) {}

    private Plan plan(Path dir) throws IOException {
        int reps = spec.replications();
        int pStart = opt.shard().firstPoint(design.points()), pEnd = opt.shard().endPoint(design.points());
        long firstRun = (long) pStart * reps, endRun = (long) pEnd * reps;
        Path tsPath = dir.resolve("timeseries.csv"), statesPath = dir.resolve("states.csv");
        long runsFrom = firstRun + Resume.completeRows(dir.resolve("runs.csv"), runsHeader(), firstRun, 0);
        int rowsPerPoint = (steps + 1) * seriesWidth;
        long tsRows = Resume.completeRows(tsPath, String.join(",", TIMESERIES_HEADER), 0, rowsPerPoint);
        int tsFromPoint = pStart + (int) (tsRows / rowsPerPoint);
        if ((long) tsFromPoint * reps > runsFrom) {
            // The time series got ahead of the runs (only if runs.csv was damaged): redo both.
            Resume.truncateToRows(tsPath, 0);
            tsFromPoint = pStart;
        }
        long statesFrom = endRun;
        if (opt.keepStates()) {
            int rowsPerRun = (steps + 1) * codes.length;
            statesFrom = firstRun + Resume.completeRows(statesPath, STATES_HEADER, 0, rowsPerRun) / rowsPerRun;
            if (statesFrom > runsFrom) {
                Resume.truncateToRows(statesPath, (runsFrom - firstRun) * rowsPerRun);
                statesFrom = runsFrom;
            }
        }
        long earliest = Math.min(Math.min((long) tsFromPoint * reps, runsFrom), statesFrom);
        return new Plan(firstRun, endRun, (earliest / reps) * reps, runsFrom, tsFromPoint, statesFrom);
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "alignsim-run");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs written this time and failed runs in runs.csv (those kept from before included). */
    private static final class Tally {
        long written, failed;
    }

    /**
     * Runs the plan's runs in parallel and writes them in run order: a few early finishers wait in
     * a reorder buffer, and a point's time series is written once all its replications are in.
     */
    private Tally runAll(Path dir, Plan plan) throws IOException {
        Path runsPath = dir.resolve("runs.csv");
        Tally tally = new Tally();
        tally.failed = Resume.countFailed(runsPath);
        int threads = Math.max(1, opt.threads());
        ExecutorService pool = pool(threads);
        try (Writer runs = append(runsPath, runsHeader());
             Writer ts = append(dir.resolve("timeseries.csv"), String.join(",", TIMESERIES_HEADER));
             Writer states = opt.keepStates() ? append(dir.resolve("states.csv"), STATES_HEADER) : Writer.nullWriter();
             ProgressBar bar = progress(plan.endRun() - plan.runsFrom())) {
            CompletionService<RunResult> cs = new ExecutorCompletionService<>(pool);
            int window = threads * 8 + spec.replications();
            long next = plan.rerunFrom(), expected = plan.rerunFrom();
            int inFlight = 0;
            TreeMap<Long, RunResult> pending = new TreeMap<>();
            int pointRuns = 0;
            String pointSeries = null;
            long lastFlush = System.nanoTime();
            while (expected < plan.endRun()) {
                while (inFlight < window && next < plan.endRun()) {
                    long run = next++;
                    cs.submit(() -> execute(run));
                    inFlight++;
                }
                RunResult r = take(cs);
                inFlight--;
                pending.put(r.run(), r);
                while (!pending.isEmpty() && pending.firstKey() == expected) {
                    RunResult done = pending.pollFirstEntry().getValue();
                    expected++;
                    if (done.run() >= plan.runsFrom()) {
                        runs.write(done.row());
                        tally.written++;
                        if (!done.ok()) tally.failed++;
                        if (bar != null) bar.step();
                    }
                    if (done.run() >= plan.statesFrom()) states.write(done.states());
                    if (done.timeseries() != null) pointSeries = done.timeseries();
                    if (++pointRuns == spec.replications()) {
                        if (done.point() >= plan.tsFromPoint()) ts.write(pointSeries);
                        pointRuns = 0;
                        pointSeries = null;
                        prepared.remove(done.point());
                        factorText.remove(done.point());
                        runs.flush();
                        ts.flush();
                        states.flush();
                        lastFlush = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastFlush > 1_000_000_000L) {
                    runs.flush();
                    lastFlush = System.nanoTime();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }

    private static RunResult take(CompletionService<RunResult> cs) {
        try {
            return cs.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private ProgressBar progress(long total) {
        if (opt.quiet() || System.console() == null || total <= 0) return null;
        return new ProgressBarBuilder().setTaskName("runs").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .showSpeed().setUnit(" runs", 1).setUpdateIntervalMillis(500).build();
    }

    /** What a design point's runs share (its World), built once by whichever thread needs it first. */
    private Object prepared(int point) {
        Object w = prepared.computeIfAbsent(point, p -> {
            try {
                return kernel.prepare(design.overrides(p));
            } catch (RuntimeException e) {
                return new Failed(e);
            }
        });
        if (w instanceof Failed f) throw f.e();
        return w;
    }

    private record Failed(RuntimeException e) {}

    /**
     * The time series of each unfinished point's replications as they finish, on whichever threads
     * run them; the one that finishes the last summarises them, so summaries are made in parallel too.
     */
    private final Map<Integer, ReplicationSeries> pointSeries = new ConcurrentHashMap<>();

    RunResult execute(long run) {
        int reps = spec.replications();
        int point = (int) (run / reps), rep = (int) (run % reps);
        long seed = Seeds.runSeed(spec.seed(), spec.commonRandomNumbers() ? rep : run);
        RunKernel.Run r = null;
        String error = null;
        try {
            r = kernel.run(prepared(point), seed, opt.keepStates());
            if (opt.failRuns() != null && opt.failRuns().contains(run)) throw new IllegalStateException("injected failure for testing (--fail-run " + run + ")");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            int nl = msg.indexOf('\n');
            error = nl >= 0 ? msg.substring(0, nl) : msg;
            r = null;
        }
        ReplicationSeries ps = pointSeries.computeIfAbsent(point, p -> new ReplicationSeries(reps, (steps + 1) * seriesWidth));
        String timeseries = null;
        if (ps.put(rep, r == null ? null : r.series())) {
            pointSeries.remove(point);
            try (ps) {
                timeseries = pointRows(point, ps);
            }
        }
        return new RunResult(run, point, error == null, runRow(run, point, rep, seed, r, error),
                opt.keepStates() ? stateRows(run, point, rep, r) : "", timeseries);
    }

    String runsHeader() {
        List<String> rest = new ArrayList<>();
        for (SweepSpec.Factor f : design.factors) rest.add(f.path());
        rest.addAll(kernel.outcomes());
        String h = CsvOut.header(List.of("run", "point", "replication", "seed", "status", "error"), rest);
        return h.substring(0, h.length() - 1);
    }

    private String runRow(long run, int point, int rep, long seed, RunKernel.Run r, String error) {
        StringBuilder b = new StringBuilder(512);
        CsvOut.Records out = CsvOut.records(b);
        out.whole(run).whole(point).whole(rep).whole(seed).text(r != null ? "ok" : "failed").text(r != null ? "" : error);
        for (String v : factorText.computeIfAbsent(point, this::factorText)) out.text(v);
        int outcomes = kernel.outcomes().size();
        for (int c = 0; c < outcomes; c++) {
            if (r != null) out.num(r.outcomes()[c]);
            else out.text("");
        }
        out.end();
        return b.toString();
    }

    private String[] factorText(int point) {
        String[] text = new String[design.factors.size()];
        for (int f = 0; f < text.length; f++) text[f] = String.valueOf(value(design.value(point, f)));
        return text;
    }

    private static String record(List<Object> cells) {
        StringBuilder b = new StringBuilder(512);
        CsvOut.record(b, cells);
        return b.toString();
    }

    /** A factor's value: a number exactly, so that design.csv reads back to the values run; a word or a truth value as it is. */
    static Object value(Object v) {
        return v instanceof Double d ? Csv.exact(d) : String.valueOf(v);
    }

    /**
     * Per-state trajectory rows of one run (only with --keep states). A failed run gets rows with
     * empty values, so every run has the same number of rows and resuming can count whole runs.
     */
    private String stateRows(long run, int point, int rep, RunKernel.Run r) {
        StringBuilder b = new StringBuilder(40 * (steps + 1) * codes.length);
        CsvOut.Records out = CsvOut.records(b);
        for (int s = 0; s <= steps; s++) {
            for (int i = 0; i < codes.length; i++) {
                out.whole(run).whole(point).whole(rep).whole(s).num(startYear + s * dt).text(codes[i]);
                if (r != null) out.num(r.stance()[s][3 * i]).num(r.stance()[s][3 * i + 1]).whole((int) r.stance()[s][3 * i + 2]);
                else out.text("").text("").text("");
                out.end();
            }
        }
        return b.toString();
    }

    /** Mean and 5/50/95 % quantiles across the point's successful replications, per step and outcome. */
    private String pointRows(int point, ReplicationSeries series) {
        int n = series.okCount();
        StringBuilder b = new StringBuilder(64 * (steps + 1) * seriesWidth);
        CsvOut.Records out = CsvOut.records(b);
        List<String> names = kernel.seriesOutcomes();
        series.forEachCell((cell, xs) -> summaryRow(out, point, cell / seriesWidth, names.get(cell % seriesWidth), n, xs));
        return b.toString();
    }

    // A method of its own: the JIT compiles this small body once and well, where a long loop nest
    // in one method is compiled on the stack, again and again, at a cost of seconds per sweep.
    private void summaryRow(CsvOut.Records out, int point, int s, String name, int n, double[] xs) {
        Sample st = Sample.of(xs);
        out.whole(point).whole(s).num(startYear + s * dt).text(name).whole(n).num(st.mean()).num(st.p5()).num(st.p50()).num(st.p95()).end();
    }

    /** design.csv: a header, then one row per point with every factor's value written exactly. */
    private void writeDesign(Writer w) throws IOException {
        List<String> paths = new ArrayList<>();
        for (SweepSpec.Factor f : design.factors) paths.add(f.path());
        w.write(CsvOut.header(List.of("point"), paths));
        for (int p0 = 0; p0 < design.points(); p0++) {
            List<Object> cells = new ArrayList<>(List.of(p0));
            for (int f = 0; f < design.factors.size(); f++) cells.add(value(design.value(p0, f)));
            w.write(record(cells));
        }
    }

    private static FileOut append(Path p, String header) throws IOException {
        boolean fresh = !Files.exists(p) || Files.size(p) == 0;
        FileOut w = FileOut.append(p);
        if (fresh) {
            w.write(header);
            w.write('\n');
            w.flush();
        }
        return w;
    }

    /** For the manifest and dry runs. */
    static Map<String, Object> describe(SweepDesign d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.spec.design().type().key);
        if (d.source != null) m.put("stored_design", d.source);
        m.put("points", d.points());
        m.put("replications", d.spec.replications());
        m.put("runs", d.runs());
        return m;
    }

    /** For tests: deletes the folder tree. */
    static void delete(Path p) { OutputFolder.deleteTree(p); }
}
