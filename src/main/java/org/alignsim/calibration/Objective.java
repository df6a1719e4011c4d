package org.alignsim.calibration;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.alignsim.runtime.Seeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The loss of a parameter vector: the model run at those values, several replications each, and
 * compared with the observed patterns.
 *
 * <p><b>Stances.</b> Each listed state's simulated class is that of its mean alignment over the
 * window's steps, by the scenario's hedging band; the misclassification rate is the share of
 * (replication, state) pairs whose class differs from the observed one.
 * <b>Backcast.</b> The state's mean alignment over each phase; a sign is wrong when phase k+1's
 * mean is not above (up) or below (down) phase k's; the phase term is the mean number of wrong
 * signs per replication. The loss is w_mis * misclassification (if the stances are fitted) plus
 * phase_penalty * wrong signs (if the backcast is fitted).
 *
 * <p><b>Seeds and threads.</b> Replication r of the stances has seed {@link Seeds#runSeed}(seed, r)
 * and of the backcast runSeed(mix(seed + 1), r), for every candidate: common random numbers, so
 * two candidates differ only through their parameters (the model draws the same numbers whatever
 * the parameters, MODEL.md §4), and the loss is a deterministic function of the parameters. The
 * replications of one evaluation run in parallel on the pool and are combined in replication
 * order, so the result does not depend on the number of threads. CMA-ES asks for one candidate at
 * a time, so this is where the parallelism is.
 *
 * <p>Runs of the stance scenario stop at the window's end when it ends before the scenario's
 * horizon: the model is causal (nothing before a step depends on the horizon), so this changes no
 * number and saves the rest of the run.
 */
public final class Objective implements AutoCloseable {
    private final CalibrationCheck.Checked c;
    private final CalibrationSpec spec;
    private final ExecutorService pool;
    private final Map<String, Object> stanceExtra = new LinkedHashMap<>();

    /** What one evaluation found. Per-state and per-phase detail only when asked for. */
    public record Evaluation(double loss, double misclassification, double phaseWrong, StanceDetail stances, BackcastDetail backcast) {}

    /** Per state (in the order of the calibration file): class counts over replications, mean alignment in the window. */
    public record StanceDetail(List<String> codes, List<StanceClass> observed, int[][] counts, double[] meanAlignment, int replications) {}

    /**
     * @param meanByPhase   mean over replications of the state's phase means
     * @param correctShares share of replications with each sign right
     */
    public record BackcastDetail(double[] meanByPhase, double[] correctShares, double meanWrong, int replications) {}

    public Objective(CalibrationCheck.Checked checked, int threads) {
        this.c = checked;
        this.spec = checked.spec();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibration-worker");
            t.setDaemon(true);
            return t;
        });
        if (spec.stances() != null) {
            Scenario s = c.base().scenario();
            boolean timeFitted = spec.parameters().stream().anyMatch(p -> p.path().startsWith("time."));
            int need = (int) Math.ceil((spec.stances().to() - s.time().startYear()) * s.time().stepsPerYear() - 1e-9);
            if (!timeFitted && need >= 1 && need < s.time().steps()) {
                stanceExtra.put("time.horizon_years", need / (double) s.time().stepsPerYear());
            }
        }
    }

    public Map<String, Object> overrides(double[] x) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int k = 0; k < x.length; k++) o.put(spec.parameters().get(k).path(), x[k]);
        return o;
    }

    /** The loss as fitted: only the fitted targets are run. */
    public Evaluation loss(double[] x) {
        return evaluate(x, spec.fit().stances(), spec.fit().backcast(), false);
    }

    /**
     * @param stances  run the stance target (if the file has one)
     * @param backcast run the backcast target (if the file has one)
     * @param detail   keep per-state and per-phase detail
     */
    public Evaluation evaluate(double[] x, boolean stances, boolean backcast, boolean detail) {
        Map<String, Object> o = overrides(x);
        StanceDetail sd = stances && spec.stances() != null ? stances(o, spec.seed(), spec.replications()) : null;
        BackcastDetail bd = backcast && spec.backcast() != null ? backcast(o) : null;
        double mis = sd == null ? Double.NaN : misclassification(sd);
        double wrong = bd == null ? Double.NaN : bd.meanWrong();
        double loss = 0;
        if (spec.fit().stances() && sd != null) loss += spec.misclassificationWeight() * mis;
        if (spec.fit().backcast() && bd != null) loss += spec.phasePenalty() * wrong;
        return new Evaluation(loss, mis, wrong, detail ? sd : null, detail ? bd : null);
    }

    /**
     * The stances at x with other seeds than the fit's (master mix(seed + 2)): the fit chose x
     * for the fit's own seeds, so this tells how much of its loss is luck of the draw.
     */
    public StanceDetail freshStances(double[] x, int replications) {
        return spec.stances() == null ? null : stances(overrides(x), Seeds.mix(spec.seed() + 2), replications);
    }

    public static double misclassificationOf(StanceDetail d) {
        return misclassification(d);
    }

    static double misclassification(StanceDetail d) {
        long wrong = 0;
        for (int i = 0; i < d.codes().size(); i++) {
            for (StanceClass k : StanceClass.values()) if (k != d.observed().get(i)) wrong += d.counts()[i][k.ordinal()];
        }
        return wrong / (double) (d.codes().size() * (long) d.replications());
    }

    private StanceDetail stances(Map<String, Object> o, long master, int reps) {
        CalibrationSpec.Stances st = spec.stances();
        Map<String, Object> all = new LinkedHashMap<>(o);
        all.putAll(stanceExtra);
        Scenario s = c.base().with(all);
        World w = new World(s);
        int m = st.classes().size();
        int[] idx = new int[m];
        List<String> codes = new ArrayList<>();
        List<StanceClass> observed = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            idx[i] = w.index.get(st.classes().get(i).code());
            codes.add(st.classes().get(i).code());
            observed.add(st.classes().get(i).observed());
        }
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            long seed = Seeds.runSeed(master, r);
            tasks.add(() -> windowMeans(w, seed, idx, st.from(), st.to()));
        }
        List<double[]> res = all(tasks);
        double band = s.hedgingBand();
        int[][] counts = new int[m][3];
        double[] mean = new double[m];
        for (double[] r : res) {
            for (int i = 0; i < m; i++) {
                counts[i][StanceClass.of(r[i], band).ordinal()]++;
                mean[i] += r[i] / reps;
            }
        }
        return new StanceDetail(codes, observed, counts, mean, reps);
    }

    /** Mean alignment of the given states over the recorded steps whose year lies in [from, to]. */
    static double[] windowMeans(World w, long seed, int[] idx, double from, double to) {
        double[] sum = new double[idx.length];
        int[] count = {0};
        AlignmentModel model = org.alignsim.runtime.DecisionRules.model(w, seed);
        model.setRecordingPulls(false);
        model.setOwnStreamOnly(true);
        model.addObserver(mm -> {
            double y = mm.year();
            if (y >= from - 1e-9 && y <= to + 1e-9) {
                for (int i = 0; i < idx.length; i++) sum[i] += mm.alignment(idx[i]);
                count[0]++;
            }
        });
        model.runToEnd();
        for (int i = 0; i < idx.length; i++) sum[i] /= count[0];
        return sum;
    }

    private BackcastDetail backcast(Map<String, Object> o) {
        CalibrationSpec.Backcast b = spec.backcast();
        World w = new World(c.backcast().with(o));
        int state = w.index.get(b.state());
        long master = Seeds.mix(spec.seed() + 1);
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int r = 0; r < b.replications(); r++) {
            long seed = Seeds.runSeed(master, r);
            tasks.add(() -> phaseMeans(w, seed, state, b.phases()));
        }
        List<double[]> res = all(tasks);
        int p = b.phases().length;
        double[] mean = new double[p];
        int[] right = new int[b.signs().length];
        int wrongCount = 0;
        for (double[] r : res) {
            for (int k = 0; k < p; k++) mean[k] += r[k] / res.size();
            for (int k = 0; k < b.signs().length; k++) {
                double d = r[k + 1] - r[k];
                boolean ok = b.signs()[k] > 0 ? d > 0 : d < 0;
                if (ok) right[k]++;
                else wrongCount++;
            }
        }
        // Counts first, then one division, so that "all right" is exactly 1.
        double[] correct = new double[right.length];
        for (int k = 0; k < right.length; k++) correct[k] = right[k] / (double) res.size();
        double wrong = wrongCount / (double) res.size();
        return new BackcastDetail(mean, correct, wrong, res.size());
    }

    /** A state's mean alignment over each phase [from, to) of one run. */
    static double[] phaseMeans(World w, long seed, int state, double[][] phases) {
        double[] sum = new double[phases.length];
        int[] count = new int[phases.length];
        AlignmentModel model = org.alignsim.runtime.DecisionRules.model(w, seed);
        model.setRecordingPulls(false);
        model.setOwnStreamOnly(true);
        model.addObserver(mm -> {
            double y = mm.year();
            for (int p = 0; p < phases.length; p++) {
                if (y >= phases[p][0] - 1e-9 && y < phases[p][1] - 1e-9) {
                    sum[p] += mm.alignment(state);
                    count[p]++;
                }
            }
        });
        model.runToEnd();
        for (int p = 0; p < phases.length; p++) sum[p] /= count[p];
        return sum;
    }

    private List<double[]> all(List<Callable<double[]>> tasks) {
        try {
            List<double[]> out = new ArrayList<>();
            for (Future<double[]> f : pool.invokeAll(tasks)) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
