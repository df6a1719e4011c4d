package org.alignsim.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** sobol.csv, sobol2.csv, a chart per outcome, and the table on the screen. */
public final class SobolOutput {
    private SobolOutput() {}

    public static List<Path> write(SweepData data, SobolAnalysis.Result r) {
        List<Path> out = new ArrayList<>();
        try (AnalysisFiles.Out files = AnalysisFiles.open(data)) {
            List<AnalysisFiles.Row> rows = new ArrayList<>();
            for (SobolAnalysis.Outcome o : r.outcomes()) {
                for (SobolAnalysis.Index i : o.indices()) {
                    rows.add(new AnalysisFiles.Row().text(i.factor()).text(i.outcome()).num(i.s1()).num(i.s1Lo()).num(i.s1Hi())
                            .num(i.st()).num(i.stLo()).num(i.stHi()));
                }
            }
            out.add(files.write(AnalysisFiles.SOBOL, "factor,outcome,S1,S1_lo,S1_hi,ST,ST_lo,ST_hi", rows));
            if (r.secondOrder()) {
                List<AnalysisFiles.Row> pairs = new ArrayList<>();
                for (SobolAnalysis.Outcome o : r.outcomes()) {
                    for (SobolAnalysis.Pair p : o.pairs()) {
                        pairs.add(new AnalysisFiles.Row().text(p.factor1()).text(p.factor2()).text(p.outcome()).num(p.s2()).num(p.lo()).num(p.hi()));
                    }
                }
                out.add(files.write(AnalysisFiles.SOBOL2, "factor1,factor2,outcome,S2,S2_lo,S2_hi", pairs));
            }
            for (SobolAnalysis.Outcome o : r.outcomes()) {
                if (o.constant()) continue;
                out.addAll(files.chart(AnalysisFiles.sobolChart(o.outcome()), SobolChart.create(r, o), 900, SobolChart.height(data.k())));
            }
            files.commit();
        }
        return out;
    }

    public static String table(SweepData data, SobolAnalysis.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Sobol indices: saltelli design, N = %d base samples, %d factors, %d replication%s averaged per point;%n"
                        + "95 %% bootstrap percentile intervals from %d resamples (seed %d). S1: Saltelli 2010, ST: Jansen 1999%s.%n",
                r.baseSamples(), data.k(), data.replications, data.replications == 1 ? "" : "s", r.resamples(), r.seed(),
                r.secondOrder() ? ", S2: Saltelli 2002" : ""));
        int w = Math.max(6, data.factorPaths().stream().mapToInt(String::length).max().orElse(6));
        for (SobolAnalysis.Outcome o : r.outcomes()) {
            b.append('\n');
            if (o.constant()) {
                b.append(o.outcome()).append(": the same in every design point (variance 0), no indices\n");
                continue;
            }
            b.append(String.format(Locale.ROOT, "%s: variance %.4g%s%n", o.outcome(), o.variance(),
                    Double.isFinite(o.noiseShare()) ? String.format(Locale.ROOT, ", of which replication noise %.1f %%", 100 * o.noiseShare()) : ""));
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %7s  %-17s  %7s  %-17s%n", "factor", "S1", "[95 % interval]", "ST", "[95 % interval]"));
            List<SobolAnalysis.Index> sorted = new ArrayList<>(o.indices());
            sorted.sort(Comparator.comparingDouble(SobolAnalysis.Index::st).reversed());
            for (SobolAnalysis.Index i : sorted) {
                b.append(String.format(Locale.ROOT, "  %-" + w + "s  %7.3f  [%6.3f, %6.3f]  %7.3f  [%6.3f, %6.3f]%n",
                        i.factor(), i.s1(), i.s1Lo(), i.s1Hi(), i.st(), i.stLo(), i.stHi()));
            }
            if (Double.isFinite(o.noiseShare()) && o.noiseShare() > 0.01) {
                b.append(String.format(Locale.ROOT, "  replication noise raises every ST by about %.3f: an ST near that is no effect of the factor's own%n", o.noiseShare()));
            }
            double sum = o.indices().stream().mapToDouble(SobolAnalysis.Index::s1).sum();
            b.append(String.format(Locale.ROOT, "  sum of S1 %.3f: %s%n", sum,
                    sum > 0.9 ? "the factors act almost additively" : "the rest is interactions (and replication noise)"));
            if (r.secondOrder()) {
                List<SobolAnalysis.Pair> big = o.pairs().stream().filter(p -> p.lo() > 0).sorted(Comparator.comparingDouble(SobolAnalysis.Pair::s2).reversed()).toList();
                b.append("  pairs whose S2 interval excludes 0: ").append(big.isEmpty() ? "none" : "").append('\n');
                for (SobolAnalysis.Pair p : big) {
                    b.append(String.format(Locale.ROOT, "    %s x %s  %.3f  [%.3f, %.3f]%n", p.factor1(), p.factor2(), p.s2(), p.lo(), p.hi()));
                }
            }
        }
        return b.toString();
    }
}
