package org.alignsim.report;

import org.alignsim.results.Sample;

import org.alignsim.base.UserError;
import org.alignsim.chart.AlignmentChart;
import org.alignsim.chart.AlignmentChart.StateValue;
import org.alignsim.chart.Band;
import org.alignsim.chart.BandChart;
import org.alignsim.chart.BlocColors;
import org.alignsim.chart.BlocColors.Bloc;
import org.alignsim.chart.ColourScale;
import org.alignsim.chart.PhaseDiagram;
import org.alignsim.chart.StanceMap;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns results into charts. The chart package knows nothing of result folders; this class
 * picks what to draw: bloc shares over time, final alignment per state, and an outcome over the
 * sweep's factors.
 */
final class ReportCharts {
    private ReportCharts() {}

    static final Range SHARE = new Range(0, 1);
    static final int WIDTH = 1000;

    /** The bloc share outcomes of a measure ("gdp", "count" or "pop") in bloc order US, hedging, China. */
    static Map<Bloc, String> blocOutcomes(String measure) {
        Map<Bloc, String> m = new LinkedHashMap<>();
        m.put(Bloc.US, "share_us_" + measure);
        m.put(Bloc.HEDGING, "share_hedge_" + measure);
        m.put(Bloc.CHINA, "share_china_" + measure);
        return m;
    }

    static String measureLabel(String measure) {
        return switch (measure) {
            case "gdp" -> "GDP";
            case "count" -> "states";
            default -> "population";
        };
    }

    /** A chart subtitle, with the run count of a sweep that has not finished. */
    static String sub(Result r, String text) {
        if (!(r instanceof SweepResult s) || !s.partial()) return text;
        return text + " — PARTIAL: " + s.runs().size() + " of " + s.expectedRuns() + " runs";
    }

    // ---- time series ----------------------------------------------------------------------

    /** A run: bloc shares of GDP and of states over time, one panel each. */
    static Figure runBlocShares(RunFolder run) {
        List<String> titles = new ArrayList<>();
        List<List<Band>> panels = new ArrayList<>();
        for (String measure : List.of("gdp", "count")) {
            List<Band> bands = new ArrayList<>();
            blocOutcomes(measure).forEach((bloc, o) -> bands.add(Band.line(bloc.label, BlocColors.of(bloc), run.years(), run.series().get(o))));
            titles.add("share of " + measureLabel(measure));
            panels.add(bands);
        }
        JFreeChart c = BandChart.panels("Bloc shares over time: " + run.name(), "seed " + run.seed(),
                BandChart.XAxis.years("year"), "share (0–1)", titles, panels, SHARE);
        return new Figure("timeseries-blocs", c, WIDTH, 200 + 250 * panels.size(),
                "Shares of the deciding states (the two poles excluded) in each bloc, by GDP and by number of states, over the run.");
    }

    /** A sweep: bloc shares of GDP at a few contrasting design points, median and 5–95 % band across replications. */
    static Figure sweepBlocShares(SweepResult sweep) {
        Map<Integer, String> chosen = contrastingPoints(sweep, "share_us_gdp");
        Set<String> outcomes = new LinkedHashSet<>(blocOutcomes("gdp").values());
        Map<Integer, Map<String, SweepSeries.Series>> data = SweepSeries.of(sweep, chosen.keySet(), outcomes);
        List<String> titles = new ArrayList<>();
        List<List<Band>> panels = new ArrayList<>();
        for (Map.Entry<Integer, String> e : chosen.entrySet()) {
            Map<String, SweepSeries.Series> s = data.get(e.getKey());
            if (s == null) continue;   // a partial sweep may not have written this point's series yet
            List<Band> bands = new ArrayList<>();
            blocOutcomes("gdp").forEach((bloc, o) -> bands.add(band(bloc.label, BlocColors.of(bloc), s.get(o), false)));
            titles.add(e.getValue());
            panels.add(bands);
        }
        if (panels.isEmpty()) return null;
        JFreeChart c = BandChart.panels("Bloc shares of GDP over time: " + sweep.name(), sub(sweep, "median and 5–95 % band across replications"),
                BandChart.XAxis.years("year"), "share of GDP (0–1)", titles, panels, SHARE);
        return new Figure("timeseries-blocs", c, WIDTH, 200 + 230 * panels.size(),
                "Shares of GDP of the deciding states in each bloc at " + (panels.size() == 1 ? "the design point" :
                        "contrasting design points (lowest, middle and highest final US-aligned GDP share)")
                        + ": line = median, shaded = 5–95 % of the replications.");
    }

    /** Design points to show over time, with a panel title each: all if few, else lowest, median and highest mean final outcome. */
    static Map<Integer, String> contrastingPoints(SweepResult sweep, String outcome) {
        int reps = sweep.replications();
        List<Integer> done = sweep.pointsWithRuns().stream()
                .filter(p -> sweep.runs().stream().filter(r -> r.point() == p).count() == reps).toList();
        if (done.isEmpty()) done = sweep.pointsWithRuns();
        Map<Integer, String> out = new LinkedHashMap<>();
        if (done.size() <= 3) {
            for (int p : done) out.put(p, "point " + p + ": " + sweep.pointLabel(p));
            return out;
        }
        List<Integer> byMean = new ArrayList<>(done);
        byMean.sort(Comparator.comparingDouble(p -> Sample.of(sweep.finals(outcome, p)).mean()));
        String what = Outcomes.label(outcome);
        out.put(byMean.get(0), "lowest " + what + ": point " + byMean.get(0) + " (" + sweep.pointLabel(byMean.get(0)) + ")");
        int mid = byMean.get(byMean.size() / 2);
        out.put(mid, "middle: point " + mid + " (" + sweep.pointLabel(mid) + ")");
        int top = byMean.get(byMean.size() - 1);
        out.put(top, "highest: point " + top + " (" + sweep.pointLabel(top) + ")");
        return out;
    }

    static Band band(String label, Color colour, SweepSeries.Series s, boolean useMean) {
        if (useMean) return Band.line(label, colour, s.year(), s.mean());
        return new Band(label, colour, s.year(), s.p5(), s.p50(), s.p95());
    }

    /** One outcome over time (the `chart timeseries` command): a run's line, or chosen points of a sweep. */
    static Figure outcomeOverTime(Result r, String outcome, List<Integer> points) {
        String label = Outcomes.axisLabel(outcome);
        List<Band> bands = new ArrayList<>();
        String sub;
        if (r instanceof RunFolder run) {
            bands.add(Band.line(run.name(), BlocColors.series(0), run.years(), run.series().get(outcome)));
            sub = "seed " + run.seed();
        } else {
            SweepResult sweep = (SweepResult) r;
            Map<Integer, String> chosen = new LinkedHashMap<>();
            if (points == null || points.isEmpty()) chosen = contrastingPoints(sweep, outcome);
            else for (int p : points) chosen.put(checkPoint(sweep, p), "point " + p + ": " + sweep.pointLabel(p));
            Map<Integer, Map<String, SweepSeries.Series>> data = SweepSeries.of(sweep, chosen.keySet(), Set.of(outcome));
            int i = 0;
            for (Map.Entry<Integer, String> e : chosen.entrySet()) {
                Map<String, SweepSeries.Series> s = data.get(e.getKey());
                if (s == null || s.get(outcome) == null) continue;
                bands.add(band(e.getValue(), BlocColors.series(i++), s.get(outcome), Outcomes.isIndicator(outcome)));
            }
            if (bands.isEmpty()) throw new UserError(sweep.dir().resolve("timeseries.csv") + ": no series for the chosen design points yet");
            sub = sub(sweep, Outcomes.isIndicator(outcome) ? "share of replications" : "median and 5–95 % band across replications");
        }
        Range range = outcome.startsWith("share_") || Outcomes.isIndicator(outcome) ? SHARE : null;
        JFreeChart c = BandChart.create(Outcomes.label(outcome) + ": " + r.name(), sub, BandChart.XAxis.years("year"), label, bands, range);
        return new Figure("timeseries-" + outcome, c, WIDTH, 560, Outcomes.label(outcome) + " over time.");
    }

    static int checkPoint(SweepResult sweep, int p) {
        if (p < 0 || p >= sweep.design().size()) {
            throw new UserError("--point " + p + ": the sweep has design points 0-" + (sweep.design().size() - 1));
        }
        return p;
    }

    // ---- final alignment ------------------------------------------------------------------

    /** Final alignment per state, grouped by region; several results side by side. */
    static Figure alignment(List<Result> results, List<String> labels, String file, Integer point) {
        ScenarioInfo info = results.get(0).scenario();
        List<List<StateValue>> series = new ArrayList<>();
        for (Result r : results) series.add(values(r, info, point));
        List<StateValue> rows = order(info, series.get(0));
        List<List<StateValue>> ordered = new ArrayList<>();
        for (List<StateValue> s : series) {
            Map<String, StateValue> byCode = new LinkedHashMap<>();
            for (StateValue v : s) byCode.put(v.iso3(), v);
            ordered.add(rows.stream().map(v -> byCode.get(v.iso3())).toList());
        }
        boolean spread = results.stream().anyMatch(r -> r instanceof SweepResult);
        boolean pooled = point == null && results.stream().anyMatch(r -> r instanceof SweepResult s && s.design().size() > 1);
        String sub = !spread ? "final step of the run"
                : "dot: median; whisker: 5–95 % across " + (point != null ? "the replications of point " + point : "all runs");
        for (Result r : results) sub = sub(r, sub);
        String title = results.size() == 1 ? "Final alignment per state: " + results.get(0).name() : "Final alignment per state";
        JFreeChart c = AlignmentChart.create(title, sub, rows, labels, ordered, info.hedgingBand());
        String caption = "Final alignment of each deciding state (the poles " + info.west() + " and " + info.east()
                + " are fixed at +1 and −1 and left out), grouped by region; colour = bloc of the median, shaded band = hedging.";
        if (spread) caption += " Whiskers span 5–95 % of the runs" + (pooled ? ", pooled over all design points of a sweep." : ".");
        return new Figure(file, c, 900, AlignmentChart.heightFor(rows.size(), results.size()), caption);
    }

    private static List<StateValue> values(Result r, ScenarioInfo info, Integer point) {
        List<StateValue> out = new ArrayList<>();
        for (ScenarioInfo.State s : info.deciders()) {
            double[] xs = point != null && r instanceof SweepResult sw ? sw.finalAlignment(s.iso3(), point) : r.finalAlignment(s.iso3());
            Sample st = Sample.of(xs);
            out.add(new StateValue(s.iso3(), s.name(), s.region(), st.p5(), st.p50(), st.p95()));
        }
        return out;
    }

    /** Regions in the order the scenario lists them; states in a region by median alignment, most US-aligned first. */
    private static List<StateValue> order(ScenarioInfo info, List<StateValue> first) {
        List<String> regions = info.states().stream().map(ScenarioInfo.State::region).distinct().toList();
        List<StateValue> rows = new ArrayList<>(first);
        rows.sort(Comparator.<StateValue>comparingInt(v -> regions.indexOf(v.region()))
                .thenComparing(v -> Double.isNaN(v.mid()) ? 2 : -v.mid()));
        return rows;
    }

    // ---- outcome over the factors ---------------------------------------------------------

    /** The colour scale of an outcome: the bloc scale for alignment, 0–1 for shares of runs, else the data's range. */
    static ColourScale scaleFor(String outcome, double lo, double hi) {
        if (outcome.equals("mean_alignment")) return ColourScale.alignment();
        if (Outcomes.isIndicator(outcome)) return ColourScale.viridis(0, 1);
        return ColourScale.viridis(lo, hi);
    }

    /** Mean of the outcome over the runs in each cell of the first two factors' grid (averaging over any others). */
    static double[][] grid(SweepResult sweep, String outcome) {
        int nx = sweep.factors().get(0).levels().size(), ny = sweep.factors().get(1).levels().size();
        double[][] sum = new double[nx][ny];
        int[][] n = new int[nx][ny];
        int k = Outcomes.index(outcome);
        for (SweepResult.Run r : sweep.runs()) {
            if (!r.ok() || Double.isNaN(r.aggregates()[k])) continue;
            double[] d = sweep.design().get(r.point());
            sum[(int) d[0]][(int) d[1]] += r.aggregates()[k];
            n[(int) d[0]][(int) d[1]]++;
        }
        double[][] z = new double[nx][ny];
        for (int i = 0; i < nx; i++) for (int j = 0; j < ny; j++) z[i][j] = n[i][j] == 0 ? Double.NaN : sum[i][j] / n[i][j];
        return z;
    }

    /** An outcome over the sweep's factors: heat map, scatter or line with band; null with no factors. */
    static Figure overFactors(SweepResult sweep, String outcome, ColourScale shared) {
        List<SweepResult.Factor> f = sweep.factors();
        if (f.isEmpty()) return null;
        String what = Outcomes.isIndicator(outcome) ? Outcomes.label(outcome) + " (share of runs)" : Outcomes.label(outcome);
        String title = what + ": " + sweep.name();
        if (f.size() == 1) return factorLine(sweep, outcome, title);
        String rest = f.size() > 2 ? "; averaged over " + String.join(", ", f.subList(2, f.size()).stream().map(SweepResult.Factor::path).toList()) : "";
        String sub = sub(sweep, "mean over the runs of each design point" + rest);
        if (f.get(0).gridded() && f.get(1).gridded()) {
            double[][] z = grid(sweep, outcome);
            ColourScale scale = shared != null ? shared : scaleFor(outcome, min(z), max(z));
            JFreeChart c = PhaseDiagram.heatMap(title, sub, f.get(0).path(), f.get(0).levels().toArray(String[]::new),
                    f.get(1).path(), f.get(1).levels().toArray(String[]::new), z, Outcomes.axisLabel(outcome), scale);
            return new Figure("phase-" + outcome, c, 860, 640, "Phase diagram: " + what + " over " + f.get(0).path() + " × " + f.get(1).path()
                    + ", the mean over the replications in each cell" + rest + "; grey = no finished runs.");
        }
        List<Integer> pts = sweep.pointsWithRuns();
        double[] x = new double[pts.size()], y = new double[pts.size()], z = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            x[i] = sweep.design().get(pts.get(i))[0];
            y[i] = sweep.design().get(pts.get(i))[1];
            z[i] = Sample.of(sweep.finals(outcome, pts.get(i))).mean();
        }
        ColourScale scale = shared != null ? shared : scaleFor(outcome, min(new double[][]{z}), max(new double[][]{z}));
        JFreeChart c = PhaseDiagram.scatter(title, sub + " (" + sweep.designType() + " design)", f.get(0).path(), x, f.get(1).path(), y, z,
                Outcomes.axisLabel(outcome), scale);
        return new Figure("phase-" + outcome, c, 860, 640, what + " at each sampled design point (" + sweep.designType()
                + "), coloured by the mean over its replications" + rest + ".");
    }

    /** One factor: the outcome's median (mean for 0/1 outcomes) and 5–95 % band against the factor. */
    private static Figure factorLine(SweepResult sweep, String outcome, String title) {
        SweepResult.Factor f = sweep.factors().get(0);
        List<Integer> pts = new ArrayList<>(sweep.pointsWithRuns());
        pts.sort(Comparator.comparingDouble(p -> sweep.design().get(p)[0]));
        double[] x = new double[pts.size()], lo = new double[pts.size()], mid = new double[pts.size()], hi = new double[pts.size()];
        boolean indicator = Outcomes.isIndicator(outcome);
        for (int i = 0; i < pts.size(); i++) {
            Sample s = Sample.of(sweep.finals(outcome, pts.get(i)));
            x[i] = sweep.design().get(pts.get(i))[0];
            mid[i] = indicator ? s.mean() : s.p50();
            lo[i] = indicator ? s.mean() : s.p5();
            hi[i] = indicator ? s.mean() : s.p95();
        }
        BandChart.XAxis axis = f.gridded() ? BandChart.XAxis.levels(f.path(), f.levels().toArray(String[]::new)) : BandChart.XAxis.numbers(f.path());
        Range range = outcome.startsWith("share_") || indicator ? SHARE : null;
        JFreeChart c = BandChart.create(title, sub(sweep, indicator ? "share of replications" : "final value: median and 5–95 % band across replications"),
                axis, Outcomes.axisLabel(outcome), List.of(new Band(Outcomes.label(outcome), BlocColors.series(0), x, lo, mid, hi)), range);
        return new Figure("factor-" + outcome, c, WIDTH, 560, Outcomes.label(outcome) + " at the end of the runs against " + f.path()
                + (indicator ? " (share of replications)." : ": median and 5–95 % band across replications."));
    }

    static double min(double[][] z) {
        double m = Double.POSITIVE_INFINITY;
        for (double[] r : z) for (double v : r) if (!Double.isNaN(v)) m = Math.min(m, v);
        return m == Double.POSITIVE_INFINITY ? 0 : m;
    }

    static double max(double[][] z) {
        double m = Double.NEGATIVE_INFINITY;
        for (double[] r : z) for (double v : r) if (!Double.isNaN(v)) m = Math.max(m, v);
        return m == Double.NEGATIVE_INFINITY ? 1 : m;
    }

    // ---- maps -----------------------------------------------------------------------------

    /**
     * A world map of each state's final alignment, poles included: the median over the runs of a
     * sweep's design point (point), of all its runs (point null), or a run's own final value.
     */
    static Figure map(Result r, Integer point, String file, String title) {
        Map<String, Double> median = new LinkedHashMap<>();
        for (ScenarioInfo.State s : r.scenario().states()) {
            double[] xs = point != null && r instanceof SweepResult sw ? sw.finalAlignment(s.iso3(), point) : r.finalAlignment(s.iso3());
            median.put(s.iso3(), Sample.of(xs).p50());
        }
        String sub = r instanceof RunFolder run ? "final step of the run, seed " + run.seed()
                : "median final alignment over the runs of " + (point != null ? "point " + point : "all design points");
        StanceMap m = StanceMap.alignment(title, sub(r, sub), median);
        String caption = "Final alignment of every state on the map, on the same China–hedging–US colour scale as the other charts"
                + (r instanceof RunFolder ? "" : " (the median over the runs)") + "; countries the scenario does not model are grey.";
        return new Figure(file, m.chart(), m.width(), m.height(), caption);
    }

    /** A sweep's maps: one per design point the time-series chart shows (the same contrasting points). */
    static List<Figure> sweepMaps(SweepResult sweep) {
        List<Figure> out = new ArrayList<>();
        contrastingPoints(sweep, "share_us_gdp").forEach((p, panel) ->
                out.add(map(sweep, p, "map-point" + p, "Final alignment, " + panel)));
        return out;
    }

    // ---- comparison -----------------------------------------------------------------------

    /** Bloc shares of GDP over time, one panel per result, on shared axes. */
    static Figure compareBlocShares(List<Result> results, List<String> labels) {
        Set<String> outcomes = new LinkedHashSet<>(blocOutcomes("gdp").values());
        List<List<Band>> panels = new ArrayList<>();
        boolean anySweep = false;
        for (Result r : results) {
            List<Band> bands = new ArrayList<>();
            if (r instanceof RunFolder run) {
                blocOutcomes("gdp").forEach((bloc, o) -> bands.add(Band.line(bloc.label, BlocColors.of(bloc), run.years(), run.series().get(o))));
            } else {
                anySweep = true;
                SweepResult sweep = (SweepResult) r;
                Map<String, SweepSeries.Series> pooled = SweepSeries.pooled(sweep, outcomes);
                boolean single = sweep.design().size() == 1;
                blocOutcomes("gdp").forEach((bloc, o) -> {
                    SweepSeries.Series s = pooled.get(o);
                    if (s != null) bands.add(new Band(bloc.label, BlocColors.of(bloc), s.year(), s.p5(), s.mean(), s.p95()));
                });
                if (!single) labels = relabel(labels, results.indexOf(r), " (all design points)");
            }
            panels.add(bands);
        }
        JFreeChart c = BandChart.panels("Bloc shares of GDP over time", anySweep ? "line: mean over runs; shaded: 5–95 % band across replications" : null,
                BandChart.XAxis.years("year"), "share of GDP (0–1)", labels, panels, SHARE);
        return new Figure("compare-timeseries-blocs", c, WIDTH, 200 + 230 * panels.size(),
                "Shares of GDP of the deciding states in each bloc, one panel per result, on the same axes."
                        + (anySweep ? " For a sweep: the mean over all its runs; the band spans the 5–95 % bands of its design points." : ""));
    }

    private static List<String> relabel(List<String> labels, int i, String suffix) {
        List<String> out = new ArrayList<>(labels);
        out.set(i, labels.get(i) + suffix);
        return out;
    }
}
