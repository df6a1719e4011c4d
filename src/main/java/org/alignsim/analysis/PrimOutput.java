package org.alignsim.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** prim_trajectory.csv, prim_limits.csv, prim_box.csv, the trade-off chart, and the table on the screen. */
public final class PrimOutput {
    private PrimOutput() {}

    public static List<Path> write(SweepData data, PrimAnalysis.Result r) {
        List<Path> out = new ArrayList<>();
        try (AnalysisFiles.Out files = AnalysisFiles.open(data)) {
            List<AnalysisFiles.Row> steps = new ArrayList<>(), limits = new ArrayList<>();
            double[] min = new double[data.k()], max = new double[data.k()];
            PrimPeeling.bounds(data.x, min, max);
            for (int s = 0; s < r.trajectory().size(); s++) {
                PrimAnalysis.Step st = r.trajectory().get(s);
                PrimBox b = st.box();
                steps.add(new AnalysisFiles.Row().integer(st.step()).text(st.kind()).integer(b.n()).num(b.mass()).num(b.coverage()).num(b.density())
                        .integer(b.restricted()).text(Boolean.toString(s == r.chosen())));
                for (int f = 0; f < data.k(); f++) {
                    boolean lo = b.restrictedLow(f, min), hi = b.restrictedHigh(f, max);
                    SweepData.Factor fac = data.factors.get(f);
                    limits.add(new AnalysisFiles.Row().integer(st.step()).text(fac.path()).num(lo ? b.lo()[f] : fac.min()).num(hi ? b.hi()[f] : fac.max())
                            .text(Boolean.toString(lo || hi)));
                }
            }
            out.add(files.write(AnalysisFiles.PRIM_TRAJECTORY, "step,kind,n,mass,coverage,density,restricted,chosen", steps));
            out.add(files.write(AnalysisFiles.PRIM_LIMITS, "step,factor,lower,upper,restricted", limits));
            List<AnalysisFiles.Row> box = new ArrayList<>();
            for (PrimAnalysis.Limit l : r.limits()) {
                box.add(new AnalysisFiles.Row().text(l.factor()).num(l.lower()).num(l.upper()).text(Boolean.toString(l.restricted())).num(l.min()).num(l.max()));
            }
            out.add(files.write(AnalysisFiles.PRIM_BOX, "factor,lower,upper,restricted,min,max", box));
            out.add(files.writeJson(AnalysisFiles.PRIM_SETTINGS, settings(data, r)));
            out.addAll(files.chart(AnalysisFiles.PRIM_CHART, PrimChart.create(r), 860, 620));
            files.commit();
        }
        return out;
    }

    /** What the CSV files do not say: which points were of interest, and how the box was chosen. */
    private static Map<String, Object> settings(SweepData data, PrimAnalysis.Result r) {
        PrimAnalysis.Options o = r.options();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", o.outcome());
        m.put("of_interest", o.above() ? ">=" : "<=");
        m.put("threshold", o.threshold());
        m.put("replications", data.replications);
        m.put("points", r.points());
        m.put("points_of_interest", r.hits());
        m.put("alpha", o.alpha());
        m.put("mass_min", o.massMin());
        m.put("min_density", o.minDensity());
        m.put("paste", o.paste());
        m.put("rule", r.rule());
        m.put("chosen_step", r.trajectory().get(r.chosen()).step());
        return m;
    }

    public static String table(SweepData data, PrimAnalysis.Result r) {
        PrimAnalysis.Options o = r.options();
        PrimBox c = r.box();
        long peels = r.trajectory().stream().filter(s -> s.kind().equals("peel")).count() - 1;
        long pastes = r.trajectory().size() - 1 - peels;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PRIM: of interest %s %s %s (mean of %d replication%s) in %d of %d design points (base rate %.3f)%n",
                o.outcome(), o.above() ? ">=" : "<=", PrimChart.fmt(o.threshold()), data.replications, data.replications == 1 ? "" : "s",
                r.hits(), r.points(), (double) r.hits() / r.points()));
        b.append(String.format(Locale.ROOT, "%d peeling steps (alpha %s, mass-min %s)%s; chosen box: step %d (%s)%n",
                peels, PrimChart.fmt(o.alpha()), PrimChart.fmt(o.massMin()), pastes > 0 ? ", " + pastes + " pasting steps" : "",
                r.trajectory().get(r.chosen()).step(), r.rule()));
        b.append(String.format(Locale.ROOT, "  coverage %.3f  density %.3f  mass %.3f  (%d points, %d of interest)%n",
                c.coverage(), c.density(), c.mass(), c.n(), c.hits()));
        int w = Math.max(6, data.factorPaths().stream().mapToInt(String::length).max().orElse(6));
        b.append(String.format(Locale.ROOT, "  %-" + w + "s  %12s  %12s   %s%n", "factor", "lower", "upper", "range swept"));
        List<String> free = new ArrayList<>();
        for (PrimAnalysis.Limit l : r.limits()) {
            if (!l.restricted()) {
                free.add(l.factor());
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %12s  %12s   [%s, %s]%n", l.factor(),
                    l.restrictedLow() ? g(l.lower()) : "-", l.restrictedHigh() ? g(l.upper()) : "-", g(l.min()), g(l.max())));
        }
        b.append("  unrestricted: ").append(free.isEmpty() ? "none" : String.join(", ", free)).append('\n');
        return b.toString();
    }

    private static String g(double v) { return String.format(Locale.ROOT, "%.4g", v); }
}
