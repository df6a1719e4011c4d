package org.alignsim.calibration;

import org.alignsim.base.FileBatch;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.chart.ChartFiles;
import org.alignsim.base.Version;
import org.alignsim.results.Json;
import org.alignsim.results.CalibrationManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.output.ResumableFolder;
import org.alignsim.scenario.ScenarioLoader;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One calibration from start (or resume) to its outputs, in a result folder that is written as
 * the calibration goes (so that it can be resumed): loss.csv grows, manifest.json says
 * {@code running} until the end, when it says {@code complete} and best.yaml, fit.csv,
 * holdout.json and loss.png (and loss.svg) are written. A lock on {@code .lock} keeps two processes out of one
 * folder.
 */
public final class CalibrationRun {
    private CalibrationRun() {}

    /** The fresh-seed check of the stances runs this many times the fit's replications. */
    static final int FRESH_FACTOR = 3;

    public record Options(Path dir, int threads, boolean resume, boolean force, long budget, boolean quiet) {}

    public record Outcome(Path dir, Calibrator.Result result, Objective.Evaluation best, Objective.Evaluation start,
                          double[] startX, long replayed, Objective.StanceDetail freshBest, Objective.StanceDetail freshStart) {}

    public static Outcome run(CalibrationSpec spec, Options opt) {
        CalibrationCheck.Checked checked = CalibrationCheck.check(spec);
        Path dir = opt.dir().toAbsolutePath().normalize();
        try {
            ResumableFolder.refuseIfBusy(dir, "calibration");
            prepare(dir, spec, checked, opt);
            return ResumableFolder.fill(dir, "calibration", dir.resolve("loss.csv"), "the evaluations so far are kept in loss.csv",
                    () -> runLocked(dir, spec, checked, opt));
        } catch (IOException e) {
            throw FileError.writing(dir.resolve(".lock"), e);
        }
    }

    private static Outcome runLocked(Path dir, CalibrationSpec spec, CalibrationCheck.Checked checked, Options opt) {
        Instant started = Instant.now();
        Path lossFile = dir.resolve("loss.csv");
        List<LossLog.Row> replay = opt.resume() ? LossLog.read(lossFile, spec) : List.of();
        if (replay.size() > opt.budget()) {
            throw new UserError(ScenarioLoader.display(lossFile) + " already holds " + replay.size() + " evaluations, more than the budget of " + opt.budget());
        }
        FileBatch.writeAtomically(dir.resolve("calibration.yaml"), spec.text());
        Calibrator.Result result;
        try (Objective objective = new Objective(checked, opt.threads())) {
            Calibrator cal = new Calibrator(checked, objective);
            writeManifest(dir, spec, checked, opt, cal.population(), started, null, "running");
            try (LossLog log = new LossLog(lossFile, spec); ProgressBar bar = progress(opt, replay.size())) {
                double[] bestSoFar = {Double.POSITIVE_INFINITY};
                Consumer<LossLog.Row> tick = row -> {
                    bestSoFar[0] = Math.min(bestSoFar[0], row.loss());
                    if (bar != null) {
                        bar.stepTo(row.evaluation());
                        bar.setExtraMessage(String.format(Locale.ROOT, " generation %d, best loss %.4f", row.generation(), bestSoFar[0]));
                    }
                };
                result = cal.run(opt.budget(), replay, log, tick);
            }
            Objective.Evaluation best = objective.evaluate(result.best().x(), true, true, true);
            Objective.Evaluation start = objective.evaluate(checked.start(), true, true, true);
            int fresh = FRESH_FACTOR * spec.replications();
            Objective.StanceDetail freshBest = objective.freshStances(result.best().x(), fresh);
            Objective.StanceDetail freshStart = objective.freshStances(checked.start(), fresh);
            writeOutputs(dir, spec, checked, result, best, start, freshBest, freshStart);
            writeManifest(dir, spec, checked, opt, cal.population(), started, result, "complete");
            return new Outcome(dir, result, best, start, checked.start(), replay.size(), freshBest, freshStart);
        }
    }

    private static ProgressBar progress(Options opt, long already) {
        if (opt.quiet() || System.console() == null) return null;
        ProgressBar bar = new ProgressBarBuilder().setTaskName("evaluations").setInitialMax(opt.budget()).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
        bar.stepTo(already);
        return bar;
    }

    /** Replaces or checks the folder before anything is written to it. */
    private static void prepare(Path dir, CalibrationSpec spec, CalibrationCheck.Checked checked, Options opt) {
        Path manifest = dir.resolve("manifest.json");
        if (opt.resume()) {
            if (!Files.isRegularFile(manifest)) throw new UserError(Shown.path(dir) + ": nothing to resume here (no manifest.json)");
            CalibrationManifest m = CalibrationManifest.read(dir);
            if (!spec.sha256().equals(m.calibrationSha256())) {
                throw new UserError(Shown.path(dir) + ": this folder holds a calibration of another file (its calibration_sha256 differs)");
            }
            if (m.seed() != spec.seed()) {
                throw new UserError(Shown.path(dir) + ": this folder's calibration used seed " + m.seed() + ", not " + spec.seed());
            }
            if (!Json.tree(scenarioFiles(checked)).equals(Json.tree(m.scenarioFiles()))) {
                throw new UserError(Shown.path(dir) + ": a scenario file changed since this calibration started (see scenario_files in manifest.json)");
            }
            return;
        }
        OutputFolder.checkReplaceable(dir, opt.force());
        if (opt.force()) OutputFolder.deleteTree(dir);
    }

    private static List<ScenarioLoader.SourceFile> scenarioFiles(CalibrationCheck.Checked c) {
        List<ScenarioLoader.SourceFile> f = new ArrayList<>(c.base().files());
        if (c.backcast() != null) f.addAll(c.backcast().files());
        return f;
    }

    private static void writeOutputs(Path dir, CalibrationSpec spec, CalibrationCheck.Checked checked, Calibrator.Result r,
                                     Objective.Evaluation best, Objective.Evaluation start,
                                     Objective.StanceDetail freshBest, Objective.StanceDetail freshStart) {
        List<String> paths = spec.parameters().stream().map(CalibrationSpec.Parameter::path).toList();
        double[] x = r.best().x();
        List<String> comments = List.of(
                "Calibrated by: alignsim calibrate " + spec.shown() + " (seed " + spec.seed() + ")",
                String.format(Locale.ROOT, "Best of %d evaluations: evaluation %d, loss %s (fit: %s). See loss.csv, fit.csv, holdout.json.",
                        r.evaluations(), r.best().evaluation(), fmt(r.best().loss()), spec.fit().key),
                "Run it with: alignsim run " + "<this file>");
        String base = checked.base().scenario().name();
        String bestYaml = Overlay.yaml(dir, spec.scenarioFile(), base + "-calibrated", paths, x, comments);
        String backcastYaml = spec.backcast() == null ? null : Overlay.yaml(dir, spec.backcast().scenarioFile(),
                checked.backcast().scenario().name() + "-calibrated", paths, x, comments);
        try (FileBatch batch = new FileBatch()) {
            batch.writeString(dir.resolve("best.yaml"), bestYaml);
            if (backcastYaml != null) batch.writeString(dir.resolve("best-backcast.yaml"), backcastYaml);
            if (best.stances() != null) batch.writeString(dir.resolve("fit.csv"), FitTable.csv(best.stances(), start.stances()));
            byte[] holdout = Json.bytes(Holdout.json(spec, best, start, r.best(), checked.start(), freshBest, freshStart));
            batch.write(dir.resolve("holdout.json"), out -> out.write(holdout));
            List<LossLog.Row> rows = LossLog.read(dir.resolve("loss.csv"), spec);
            ChartFiles.save(batch, LossChart.chart("Calibration " + spec.name() + ": loss by evaluation", rows), dir.resolve("loss"),
                    LossChart.WIDTH, LossChart.HEIGHT, true, true);
            batch.commit();
        }
    }

    private static void writeManifest(Path dir, CalibrationSpec spec, CalibrationCheck.Checked checked, Options opt, int lambda,
                                      Instant started, Calibrator.Result r, String status) {
        List<CalibrationManifest.Parameter> ps = new ArrayList<>();
        for (int k = 0; k < spec.parameters().size(); k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            ps.add(new CalibrationManifest.Parameter(p.path(), p.lower(), p.upper(), checked.start()[k], r == null ? null : r.best().x()[k]));
        }
        boolean done = r != null;
        Json.write(dir.resolve("manifest.json"), new CalibrationManifest("alignsim", Version.get(), CalibrationManifest.COMMAND, spec.name(),
                spec.shown(), spec.sha256(), scenarioFiles(checked), spec.seed(),
                "stance replication r: Seeds.runSeed(seed, r); backcast replication r: Seeds.runSeed(Seeds.mix(seed + 1), r); "
                        + "CMA-ES restart k: MersenneTwister(Seeds.runSeed(seed, k)); the same for every candidate (common random numbers)",
                opt.budget(), opt.threads(),
                Holdout.ordered("method", "CMA-ES (Commons Math 3.6.1 CMAESOptimizer, active CMA, SimpleBounds on [0,1]^k)", "population", lambda,
                        "sigma", spec.sigma(), "restarts", "from the best point with twice the population when CMA-ES stops before the budget"),
                ps, spec.fit().key, Holdout.holdoutTargets(spec), spec.replications(), spec.backcast() == null ? null : spec.backcast().replications(),
                status, done ? r.evaluations() : null, done ? r.generations() : null, done ? r.restarts() : null, done ? r.stopReason() : null,
                done ? r.best().evaluation() : null, done ? r.best().loss() : null, done ? r.first().loss() : null, done ? outputs(spec) : null,
                System.getProperty("java.version"), started.toString(), done ? Instant.now().toString() : null));
    }

    private static List<String> outputs(CalibrationSpec spec) {
        List<String> o = new ArrayList<>(List.of("calibration.yaml", "loss.csv", "loss.png", "loss.svg", "best.yaml"));
        if (spec.backcast() != null) o.add("best-backcast.yaml");
        if (spec.stances() != null) o.add("fit.csv");
        o.add("holdout.json");
        o.add("manifest.json");
        return o;
    }

    static String fmt(double v) {
        return org.alignsim.results.Csv.format(v);
    }
}
