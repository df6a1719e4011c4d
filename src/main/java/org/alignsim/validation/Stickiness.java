package org.alignsim.validation;

import org.alignsim.data.YearPanel;
import org.alignsim.model.Camp;
import org.alignsim.model.World;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Metric 2, how sticky stances are. Each run's stances are averaged by calendar year (only years
 * with every step recorded); the rank correlation (Spearman) across states between year y and
 * year y + lag, averaged over y, is the run's stickiness at that lag, and the scorecard gives its
 * median over the runs. The reference is the same statistic computed from the UN General Assembly
 * ideal points of the same states (those with UN data), over the validation file's years, or over
 * the run's own years for a run inside the data's years. Class switches count how often a state's
 * class (US-aligned, hedging, China-aligned by the hedging band) changes from one step to the next,
 * per decade of run time.
 */
final class Stickiness {
    private Stickiness() {}

    static final String HEADER = "scenario,lag,model_median,model_p5,model_p95,un";
    static final String SWITCH_HEADER = "scenario,state,switches_per_decade";

    static void score(String scenario, Trajectories t, YearPanel un, ValidationSpec spec, boolean historical,
                      Scorecard card, CsvFile curve, CsvFile switches) {
        World w = t.world;
        int[] years = wholeYears(t, w.scenario.time().stepsPerYear());
        int refFrom = historical ? Math.max(years.length == 0 ? 0 : years[0], un.firstYear()) : spec.stickinessYears().from();
        int refTo = historical ? Math.min(years.length == 0 ? 0 : years[years.length - 1], un.lastYear()) : spec.stickinessYears().to();

        int[] states = statesWithData(w, un, refFrom, refTo);
        boolean withData = states.length >= 3;
        if (!withData) states = w.actors;
        int maxLag = Math.min(Math.max(10, Arrays.stream(spec.lags()).max().orElse(10)), years.length - 1);

        double[][][] yearly = new double[t.runs()][years.length][states.length];
        for (int r = 0; r < t.runs(); r++) {
            for (int k = 0; k < years.length; k++) {
                for (int s = 0; s < states.length; s++) yearly[r][k][s] = t.mean(r, states[s], years[k], years[k] + 1, false);
            }
        }
        double[] modelMedian = new double[maxLag + 1], unRef = new double[maxLag + 1];
        for (int lag = 1; lag <= maxLag; lag++) {
            double[] perRun = new double[t.runs()];
            for (int r = 0; r < t.runs(); r++) {
                double[] rho = new double[years.length - lag];
                for (int k = 0; k + lag < years.length; k++) rho[k] = present(yearly[r][k], yearly[r][k + lag]);
                perRun[r] = Ranks.mean(rho);
            }
            modelMedian[lag] = Ranks.median(perRun);
            unRef[lag] = withData ? unStickiness(w, states, un, refFrom, refTo, lag) : Double.NaN;
            curve.row(scenario, lag, modelMedian[lag], Ranks.quantile(perRun, 5), Ranks.quantile(perRun, 95), unRef[lag]);
        }
        String who = withData ? states.length + " states with UN data" : states.length + " states (no UN data: no reference)";
        for (int lag : spec.lags()) {
            if (lag > maxLag) {
                card.add(scenario, "stickiness.rank_lag" + lag, Double.NaN, Double.NaN, "the run has too few whole years for this lag",
                        "rank correlation of yearly mean stances " + lag + " years apart");
                continue;
            }
            card.add(scenario, "stickiness.rank_lag" + lag, modelMedian[lag], unRef[lag],
                    who + "; UN " + refFrom + "-" + refTo + "; median over " + t.runs() + " runs",
                    "rank correlation across states of yearly mean stances " + lag + (lag == 1 ? " year" : " years") + " apart (UN ideal points as reference)");
        }

        classSwitches(scenario, t, card, switches);
    }

    /** How often each state changes class (by the hedging band), per decade of run time. */
    private static void classSwitches(String scenario, Trajectories t, Scorecard card, CsvFile switches) {
        World w = t.world;
        double decades = (t.years[t.steps() - 1] - t.years[0]) / 10;
        double band = w.scenario.hedgingBand();
        double[] perState = new double[w.actors.length];
        for (int s = 0; s < w.actors.length; s++) {
            int i = w.actors[s];
            long n = 0, present = 0;
            for (int r = 0; r < t.runs(); r++) {
                for (int k = 1; k < t.steps(); k++) {
                    double now = t.alignment[r][k][i], before = t.alignment[r][k - 1][i];
                    if (Double.isNaN(now) || Double.isNaN(before)) continue;   // before the state entered
                    present++;
                    if (Camp.of(now, band) != Camp.of(before, band)) n++;
                }
            }
            // Per decade of the time the state was present.
            double presentDecades = present / (double) t.runs() / w.scenario.time().stepsPerYear() / 10;
            perState[s] = presentDecades > 0 ? n / (double) t.runs() / presentDecades : 0;
            switches.row(scenario, w.codes[i], perState[s]);
        }
        int worst = 0;
        for (int s = 1; s < perState.length; s++) if (perState[s] > perState[worst]) worst = s;
        card.add(scenario, "stickiness.switches_per_decade_median", Ranks.median(perState), Double.NaN,
                "over " + w.actors.length + " states, mean over runs", "class changes per state per decade of run time (median over states)");
        card.add(scenario, "stickiness.switches_per_decade_worst", perState.length == 0 ? Double.NaN : perState[worst], Double.NaN,
                perState.length == 0 ? "" : w.codes[w.actors[worst]], "the state that changes class most often");
    }

    /** Rank correlation over the states present (not NaN) in both years. */
    private static double present(double[] a, double[] b) {
        int m = 0;
        for (int s = 0; s < a.length; s++) if (!Double.isNaN(a[s]) && !Double.isNaN(b[s])) m++;
        if (m == a.length) return Ranks.spearman(a, b);
        double[] x = new double[m], y = new double[m];
        for (int s = 0, k = 0; s < a.length; s++) {
            if (!Double.isNaN(a[s]) && !Double.isNaN(b[s])) {
                x[k] = a[s];
                y[k++] = b[s];
            }
        }
        return Ranks.spearman(x, y);
    }

    /** The calendar years of a run with every step recorded. */
    private static int[] wholeYears(Trajectories t, int stepsPerYear) {
        int firstYear = (int) Math.ceil(t.years[0] - 1e-9);
        List<Integer> yearList = new ArrayList<>();
        for (int y = firstYear; y <= (int) Math.floor(t.years[t.steps() - 1]); y++) {
            int n = 0;
            for (double x : t.years) if (x >= y - 1e-9 && x < y + 1 - 1e-9) n++;
            if (n == stepsPerYear) yearList.add(y);
        }
        return yearList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Actors with at least one UN ideal point in [from, to]. */
    private static int[] statesWithData(World w, YearPanel un, int from, int to) {
        return Arrays.stream(w.actors).filter(i -> !Double.isNaN(un.mean(w.codes[i], from, to))).toArray();
    }

    /** Mean over y in [from, to - lag] of the rank correlation of the ideal points of years y and y + lag, over the states with both. */
    static double unStickiness(World w, int[] states, YearPanel un, int from, int to, int lag) {
        List<Double> rho = new ArrayList<>();
        for (int y = from; y + lag <= to; y++) {
            List<double[]> pairs = new ArrayList<>();
            for (int i : states) {
                double a = un.value(w.codes[i], y), b = un.value(w.codes[i], y + lag);
                if (!Double.isNaN(a) && !Double.isNaN(b)) pairs.add(new double[]{a, b});
            }
            double r = Ranks.spearman(pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
            if (!Double.isNaN(r)) rho.add(r);
        }
        return Ranks.mean(rho.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
