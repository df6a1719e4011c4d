package org.alignsim.calibration;

import org.alignsim.scenario.ScenarioException;
import org.alignsim.runtime.Seeds;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fits the parameters with CMA-ES (Hansen and Ostermeier 2001; Commons Math's
 * {@link CMAESOptimizer}) within {@link SimpleBounds}.
 *
 * <p><b>Coordinates.</b> CMA-ES works on u in [0, 1]^k, x = lower + u (upper - lower), so one
 * step size (the file's {@code optimizer.sigma}, a fraction of each range) suits parameters of
 * different ranges. Commons Math repairs a candidate that leaves the box to the nearest point
 * inside and adds a penalty to what CMA-ES sees; the model is only ever run inside the bounds.
 *
 * <p><b>Determinism.</b> The optimizer's random generator is a Mersenne Twister seeded from the
 * calibration seed, and the loss is a deterministic function of the parameters (common random
 * numbers, see {@link Objective}), so a seed fixes the whole path: the same candidates, the same
 * losses, the same loss.csv bytes, whatever the number of threads.
 *
 * <p><b>Budget and restarts.</b> The budget is the number of evaluations. If CMA-ES stops on its
 * own criteria (the step size or the spread of the best losses has collapsed) before the budget is
 * spent, it restarts from the best point so far with twice the population, as IPOP-CMA-ES does
 * (Auger and Hansen 2005; IPOP restarts from random points, here from the best one, since the
 * budget is small), with a generator seeded for that restart.
 *
 * <p><b>Resume.</b> Because the path is deterministic, resuming needs no saved optimizer state:
 * the optimizer is started again from the beginning and the evaluations already in loss.csv are
 * replayed from the log (the same candidate must come back bit for bit, which is checked) instead
 * of being run; from the first evaluation not in the log on, the model runs and loss.csv grows.
 * The result is the loss.csv of an uninterrupted calibration. Resuming continues from the last
 * completed evaluation, so at most the one evaluation being computed is lost.
 */
public final class Calibrator {
    /** Restarts after which CMA-ES stops even with budget left (the population is then 2^9 times the first). */
    static final int MAX_RESTARTS = 9;

    private final CalibrationSpec spec;
    private final double[] lower, upper, start;
    private final Objective objective;
    private final int lambda0;

    /** How the calibration ended. */
    public record Result(long evaluations, long generations, int restarts, String stopReason, LossLog.Row best, LossLog.Row first) {}

    public Calibrator(CalibrationCheck.Checked checked, Objective objective) {
        this.spec = checked.spec();
        this.objective = objective;
        int k = spec.parameters().size();
        lower = new double[k];
        upper = new double[k];
        for (int i = 0; i < k; i++) {
            lower[i] = spec.parameters().get(i).lower();
            upper[i] = spec.parameters().get(i).upper();
        }
        start = checked.start().clone();
        lambda0 = spec.population() > 0 ? spec.population() : defaultPopulation(k);
    }

    /** CMA-ES's default population, 4 + floor(3 ln k) (Hansen 2016, "The CMA Evolution Strategy: A Tutorial"). */
    public static int defaultPopulation(int k) {
        return 4 + (int) Math.floor(3 * Math.log(k));
    }

    public int population() { return lambda0; }

    double[] toX(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = Math.min(upper[i], Math.max(lower[i], lower[i] + u[i] * (upper[i] - lower[i])));
        return x;
    }

    double[] toU(double[] x) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) u[i] = (x[i] - lower[i]) / (upper[i] - lower[i]);
        return u;
    }

    /**
     * @param replay   evaluations already logged (resume), replayed instead of run
     * @param log      where new evaluations are appended
     * @param progress told about every evaluation (replayed ones included)
     */
    public Result run(long budget, List<LossLog.Row> replay, LossLog log, Consumer<LossLog.Row> progress) {
        State st = new State(budget, replay, log, progress);
        String reason = "budget";
        double[] guess = toU(start);
        int restart = 0;
        for (; ; restart++) {
            int lambda = lambda0 << restart;
            st.beginRestart(restart, lambda);
            long remaining = budget - st.evaluations;
            if (remaining <= 0) break;
            CMAESOptimizer opt = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                    new MersenneTwister(Seeds.runSeed(spec.seed(), restart)), false, null);
            double[] sigma = new double[guess.length];
            Arrays.fill(sigma, spec.sigma());
            double[] zeros = new double[guess.length], ones = new double[guess.length];
            Arrays.fill(ones, 1);
            try {
                opt.optimize(new MaxEval((int) Math.min(Integer.MAX_VALUE, remaining)), new ObjectiveFunction(st::value), GoalType.MINIMIZE,
                        new InitialGuess(guess), new SimpleBounds(zeros, ones), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException e) {
                reason = "budget";
                break;
            }
            if (st.evaluations >= budget) break;
            if (restart == MAX_RESTARTS) {
                reason = "converged after " + MAX_RESTARTS + " restarts";
                break;
            }
            guess = toU(st.best.x());
        }
        if (st.evaluations >= budget) reason = "budget";
        return new Result(st.evaluations, st.generation + 1, restart, reason, st.best, st.first);
    }

    /** The objective as CMA-ES sees it, with the evaluation count, the log and the replay. */
    private final class State {
        final long budget;
        final List<LossLog.Row> replay;
        final LossLog log;
        final Consumer<LossLog.Row> progress;
        long evaluations, generation = -1, restartStart, generationBase;
        int restart, lambda;
        LossLog.Row best, first;

        State(long budget, List<LossLog.Row> replay, LossLog log, Consumer<LossLog.Row> progress) {
            this.budget = budget;
            this.replay = replay;
            this.log = log;
            this.progress = progress;
        }

        void beginRestart(int r, int lambda) {
            this.restart = r;
            this.lambda = lambda;
            this.restartStart = evaluations;
            this.generationBase = generation + 1;
        }

        double value(double[] u) {
            double[] x = toX(u);
            long e = ++evaluations;
            long local = e - restartStart;
            // CMA-ES evaluates its starting point first (a generation of its own), then one
            // population per generation; a restart continues the count.
            long gen = generationBase + (local == 1 ? 0 : (local - 2) / lambda + 1);
            LossLog.Row row;
            if (e <= replay.size()) {
                row = replay.get((int) e - 1);
                if (!Arrays.equals(row.x(), x) || row.generation() != gen || row.restart() != restart) {
                    throw new ScenarioException("loss.csv", (int) e + 1, "",
                            "does not replay: this calibration (file, seed or program) asks for other parameters at evaluation " + e
                                    + " than the log holds; resume only a folder of the same calibration, or start a new one");
                }
            } else {
                Objective.Evaluation ev = objective.loss(x);
                row = new LossLog.Row(e, gen, restart, ev.loss(), LossLog.components(spec, ev), x);
                log.append(row);
            }
            generation = gen;
            if (first == null) first = row;
            // Ties keep the earlier evaluation, so the best is well defined.
            if (best == null || row.loss() < best.loss()) best = row;
            progress.accept(row);
            return row.loss();
        }
    }
}
