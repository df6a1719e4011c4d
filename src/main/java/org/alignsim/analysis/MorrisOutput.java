package org.alignsim.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** morris.csv, a chart per outcome, and the table on the screen (factors by mu*, most important first). */
public final class MorrisOutput {
    private MorrisOutput() {}

    public static List<Path> write(SweepData data, MorrisAnalysis.Result r) {
        List<Path> out = new ArrayList<>();
        try (AnalysisFiles.Out files = AnalysisFiles.open(data)) {
            List<AnalysisFiles.Row> rows = new ArrayList<>();
            for (MorrisAnalysis.Outcome o : r.outcomes()) {
                for (MorrisAnalysis.Row x : o.rows()) {
                    rows.add(new AnalysisFiles.Row().text(x.factor()).text(x.outcome()).num(x.mu()).num(x.muStar()).num(x.sigma()));
                }
            }
            out.add(files.write(AnalysisFiles.MORRIS, "factor,outcome,mu,mu_star,sigma", rows));
            for (MorrisAnalysis.Outcome o : r.outcomes()) {
                out.addAll(files.chart(AnalysisFiles.morrisChart(o.outcome()), MorrisChart.create(r, o), 860, 620));
            }
            files.commit();
        }
        return out;
    }

    public static String table(SweepData data, MorrisAnalysis.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Morris elementary effects: %d trajectories, %d-level grid, %d factors, %d replication%s averaged per point;%n"
                        + "effects per full factor range (delta measured on the unit cube).%n",
                r.trajectories(), r.levels(), data.k(), data.replications, data.replications == 1 ? "" : "s"));
        int w = Math.max(6, data.factorPaths().stream().mapToInt(String::length).max().orElse(6));
        for (MorrisAnalysis.Outcome o : r.outcomes()) {
            b.append('\n').append(o.outcome());
            if (Double.isFinite(o.noiseShare())) b.append(String.format(Locale.ROOT, " (replication noise %.1f %% of the variance of point means)", 100 * o.noiseShare()));
            b.append(":\n");
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %9s  %9s  %9s%n", "factor", "mu*", "mu", "sigma"));
            List<MorrisAnalysis.Row> sorted = new ArrayList<>(o.rows());
            sorted.sort(Comparator.comparingDouble(MorrisAnalysis.Row::muStar).reversed());
            for (MorrisAnalysis.Row x : sorted) {
                b.append(String.format(Locale.ROOT, "  %-" + w + "s  %9.4f  %9.4f  %9.4f%n", x.factor(), x.muStar(), x.mu(), x.sigma()));
            }
        }
        return b.toString();
    }
}
