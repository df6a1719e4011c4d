package org.alignsim.cli;

import org.alignsim.model.Camp;
import org.alignsim.model.Decomposition;
import org.alignsim.model.Mechanism;
import org.alignsim.model.Scenario;
import org.alignsim.model.VotingAlignment;
import org.alignsim.results.CsvOut;
import org.alignsim.runtime.Explanation;
import org.alignsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Take one moment of a run apart: why each state stands where it does. For each state, every mechanism's "
                + "part L x - C x^2 of its utility, where that mechanism alone would hold it (L/2C), the best stance of all "
                + "of them together, its preference shock, the stance it would take if it revised now, and the states "
                + "whose threat weighs most on it. The run is the one 'alignsim run' makes with the same seed.",
                "Prints a table, or tidy CSV with --csv (one row per state and term; threat sources have a source)."})
public final class ExplainCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/history-1946-2020.yaml")
    Path scenarioFile;

    @Option(names = "--year", paramLabel = "Y", required = true,
            description = "The moment: the first step at or after this year (within the scenario's run).")
    double year;

    @Option(names = "--state", paramLabel = "ISO3", split = ",",
            description = "States to explain (repeatable or comma-separated; default: every state present).")
    List<String> states = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "N", defaultValue = "5",
            description = "Threat sources listed per state in the table (default: ${DEFAULT-VALUE}; --csv lists all).")
    int sources;

    @Option(names = "--csv", description = "Tidy CSV on standard output instead of the table.")
    boolean csv;

    @Mixin Options.Seed seedOption;

    @Mixin Options.Data data;

    @Override
    public void run() {
        if (sources < 0) throw new org.alignsim.base.UserError("--sources " + sources + ": must be 0 or more");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(scenarioFile, java.util.Map.of(), data.get());
        Scenario s = loaded.scenario();
        long seed = seedOption.or(42);
        List<String> codes = states.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        List<Decomposition> ds = Explanation.at(s, seed, year, codes);
        if (csv) csv(System.out, s, seed, ds);
        else table(System.out, s, seed, ds, sources);
    }

    static final String CSV_HEADER = "scenario,seed,year,state,term,source,linear,curvature,slope,own_best,stance,shock,best_response,choice";

    static void csv(PrintStream out, Scenario s, long seed, List<Decomposition> ds) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Decomposition d : ds) {
            for (Mechanism m : Mechanism.ALL) {
                row(sb, s, seed, d, m.key, null, d.linear()[m.ordinal()], d.curvature()[m.ordinal()], d.slope(m), d.ownBest(m));
            }
            row(sb, s, seed, d, "all", null, d.totalLinear(), d.totalCurvature(), d.totalSlope(), d.unconstrainedBest());
            double[] t = d.threats();
            for (int j : order(t)) {
                if (t[j] != 0) row(sb, s, seed, d, Mechanism.THREAT.key, s.states().get(j).iso3(), t[j], 0.0, t[j], Double.NaN);
            }
        }
        out.print(sb);
    }

    private static void row(StringBuilder sb, Scenario s, long seed, Decomposition d, String term, String source,
                            double linear, double curvature, double slope, double ownBest) {
        CsvOut.record(sb, s.name(), seed, d.year(), d.state(), term, source, linear, curvature, slope, ownBest,
                d.stance(), d.shock(), d.bestResponse(), d.choice());
    }

    static void table(PrintStream out, Scenario s, long seed, List<Decomposition> ds, int sources) {
        double band = s.hedgingBand();
        out.printf(Locale.ROOT, "%s, seed %d, %s%n", s.name(), seed, ds.isEmpty() ? "no state present" : String.format(Locale.ROOT, "%.2f", ds.get(0).year()));
        for (Decomposition d : ds) {
            out.printf(Locale.ROOT, "%n%s  stance %+.2f (%s)%n", d.state(), d.stance(), camp(d.stance(), band));
            out.printf(Locale.ROOT, "  %-13s %8s %8s %9s %9s%n", "mechanism", "L", "C", "alone", "pull now");
            for (Mechanism m : Mechanism.ALL) {
                double own = d.ownBest(m);
                out.printf(Locale.ROOT, "  %-13s %+8.3f %8.3f %9s %+9.3f%n", m.key, d.linear()[m.ordinal()], d.curvature()[m.ordinal()],
                        Double.isNaN(own) ? "-" : String.format(Locale.ROOT, "%+.2f", own), d.slope(m));
            }
            out.printf(Locale.ROOT, "  %-13s %+8.3f %8.3f %+9.2f %+9.3f%n", "all", d.totalLinear(), d.totalCurvature(), d.unconstrainedBest(), d.totalSlope());
            out.printf(Locale.ROOT, "  shock %+.2f, inertia %.2f: if it revised now, %+.2f (%s); without the shock %+.2f%n",
                    d.shock(), d.inertia(), d.choice(), camp(d.choice(), band), d.bestResponse());
            List<String> top = new ArrayList<>();
            for (int j : order(d.threats())) {
                if (top.size() >= sources || d.threats()[j] == 0) break;
                top.add(String.format(Locale.ROOT, "%s %+.3f", s.states().get(j).iso3(), d.threats()[j]));
            }
            if (sources > 0) out.println("  threat from: " + (top.isEmpty() ? "none" : String.join(", ", top)));
            VotingAlignment.Parts v = d.vote();
            out.printf(Locale.ROOT, "  UN vote %+.2f = stance %+.2f, regime %+.2f, soft balancing %+.2f, development gap %+.2f, deference %+.2f%n",
                    v.total() + 0.0, v.stance() + 0.0, v.regime() + 0.0, v.softBalancing() + 0.0, v.development() + 0.0, v.deference() + 0.0);   // + 0.0: no "-0.00"
        }
    }

    /** The states by the size of their threat part, largest first (ties in file order). */
    private static int[] order(double[] t) {
        return IntStream.range(0, t.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -Math.abs(t[j])).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }

    private static String camp(double stance, double band) {
        return switch (Camp.of(stance, band)) {
            case Camp.US -> "US-aligned";
            case Camp.CHINA -> "east-aligned";
            default -> "hedging";
        };
    }
}
