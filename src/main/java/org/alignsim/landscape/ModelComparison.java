package org.alignsim.landscape;

import org.alignsim.runtime.Landscape;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Camp;
import org.alignsim.model.Outcome;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.alignsim.results.CsvOut;
import org.alignsim.runtime.Seeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The landscape rule's global minimum against the alignment model on the same scenario: which
 * side of the split each state is on (the coalition of the west pole or of the east pole), and
 * the bloc the model's runs end in (US-aligned, hedging, China-aligned by the hedging band, as
 * {@code alignsim run} counts them), over replications seeded as a sweep's runs are
 * ({@link Seeds#runSeed}).
 */
public final class ModelComparison {
    private ModelComparison() {}

    public enum Side { WEST, EAST }

    public enum Bloc { US, HEDGING, CHINA }

    /**
     * One state's row.
     *
     * @param side          its coalition in the landscape's global minimum; null when the minimum
     *                      puts both poles on one side, so sides are undefined
     * @param initial       its bloc at the start (the scenario's 2024 stance)
     * @param shares        share of replications ending in each bloc (US, hedging, China)
     * @param meanFinal     mean final alignment over the replications
     */
    public record Row(String code, boolean pole, Side side, Bloc initial, double[] shares, double meanFinal, Bloc observed) {
        public Bloc modal() {
            int best = 0;
            for (int k = 1; k < 3; k++) if (shares[k] > shares[best]) best = k;
            return Bloc.values()[best];
        }

        /** agree, hedges (the model hedges, the rule must pick a side) or disagree. */
        public String verdict() {
            if (side == null) return "undefined";
            Bloc b = modal();
            if (b == Bloc.HEDGING) return "hedges";
            return (b == Bloc.US) == (side == Side.WEST) ? "agree" : "disagree";
        }

        /** Whether the model's mean final stance leans to the same side (sign) as the landscape puts it. */
        public boolean leanAgrees() {
            return side != null && meanFinal != 0 && (meanFinal > 0) == (side == Side.WEST);
        }

        /** Against an observed class: agree, hedger (observed hedging) or disagree; null when none is given. */
        public String observedVerdict() {
            if (observed == null || side == null) return null;
            if (observed == Bloc.HEDGING) return "hedger";
            return (observed == Bloc.US) == (side == Side.WEST) ? "agree" : "disagree";
        }
    }

    public record Result(List<Row> rows, int replications, long seed, boolean polesSplit) {
        public long count(String verdict) {
            return rows.stream().filter(r -> !r.pole()).filter(r -> r.verdict().equals(verdict)).count();
        }

        public long leanAgreements() {
            return rows.stream().filter(r -> !r.pole()).filter(Row::leanAgrees).count();
        }

        public long actors() {
            return rows.stream().filter(r -> !r.pole()).count();
        }

        public long observedCount(String verdict) {
            return rows.stream().filter(r -> verdict.equals(r.observedVerdict())).count();
        }

        public boolean hasObserved() {
            return rows.stream().anyMatch(r -> r.observed() != null);
        }
    }

    /**
     * @param landscape a landscape whose actors are states of the scenario (any subset, any order)
     * @param observed  observed blocs by state code (e.g. a calibration file's 2024 classes), or an empty map
     */
    public static Result compare(Scenario s, Minima.Minimum global, Landscape landscape, int replications, long seed,
                                 java.util.Map<String, Bloc> observed) {
        World w = new World(s);
        double band = s.hedgingBand();
        int n = w.n;
        double[][] shares = new double[n][3];
        double[] mean = new double[n];
        for (int r = 0; r < replications; r++) {
            Outcome o = new AlignmentModel(w, Seeds.runSeed(seed, r)).runToEnd();
            for (int i = 0; i < n; i++) {
                double a = o.alignment(i);
                shares[i][bloc(a, band).ordinal()] += 1.0 / replications;
                mean[i] += a / replications;
            }
        }
        Integer west = index(landscape, w.codes[w.west]), east = index(landscape, w.codes[w.east]);
        boolean split = west != null && east != null && !global.together(west, east);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < landscape.n(); k++) {
            int i = w.index.get(landscape.code(k));
            Side side = null;
            if (split) side = global.together(k, west) ? Side.WEST : Side.EAST;
            rows.add(new Row(w.codes[i], w.isPole(i), side, bloc(w.alignment0[i], band), shares[i], mean[i], observed.get(w.codes[i])));
        }
        return new Result(rows, replications, seed, split);
    }

    private static Integer index(Landscape l, String code) {
        for (int i = 0; i < l.n(); i++) if (l.code(i).equals(code)) return i;
        return null;
    }

    /** The model's blocs (MODEL.md §7.14): US-aligned above the band, China-aligned below minus the band. */
    static Bloc bloc(double a, double band) {
        return switch (Camp.of(a, band)) {
            case Camp.US -> Bloc.US;
            case Camp.CHINA -> Bloc.CHINA;
            default -> Bloc.HEDGING;
        };
    }

    /** The comparison as a short Markdown report. */
    public static String markdown(Result c, Minima m, String scenario, String westCode, String eastCode) {
        StringBuilder b = new StringBuilder();
        Landscape l = m.landscape();
        Minima.Minimum g = m.global();
        b.append("# Landscape theory and the alignment model: ").append(scenario).append("\n\n");
        b.append(String.format(Locale.ROOT, "Landscape of %d actors; %s. Global minimum: energy %.6g%s.%n%n", l.n(),
                m.exhaustive() ? "exhaustive search of all " + m.starts() + " configurations"
                        : "heuristic: steepest descent from " + m.starts() + " random configurations (seed " + m.seed() + ")",
                g.energy(), m.exhaustive() ? ", basin " + g.basinSize() + " configurations"
                        : ", reached from " + g.basinSize() + " of the " + m.starts() + " restarts"));
        b.append(String.format(Locale.ROOT, "%d local minima%s.%n%n", m.found(), m.exhaustive() ? "" : " found"));
        if (!c.polesSplit()) {
            b.append("The global minimum puts ").append(westCode).append(" and ").append(eastCode)
                    .append(" in the same coalition, so it has no west and east side to compare with the model's blocs.\n\n");
        }
        b.append(String.format(Locale.ROOT, "Model: %d replications of the scenario (seeds as a sweep's runs, master seed %d), bloc at the end of the run.%n%n",
                c.replications(), c.seed()));
        long actors = c.actors();
        b.append(String.format(Locale.ROOT, "Of %d states (poles excluded): the landscape and the model's modal bloc **agree** for %d, "
                        + "**disagree** (opposite sides) for %d, and the model ends **hedging** for %d, where the landscape must pick a side. "
                        + "The model's mean final stance leans to the landscape's side for %d of %d.%n%n",
                actors, c.count("agree"), c.count("disagree"), c.count("hedges"), c.leanAgreements(), actors));
        boolean obs = c.hasObserved();
        if (obs) {
            long withClass = c.observedCount("agree") + c.observedCount("disagree");
            b.append(String.format(Locale.ROOT, "Against the observed 2024 classes: of the %d states observed on a side, the landscape puts %d on that side "
                            + "and %d on the other; it must put the %d observed hedgers on a side too.%n%n",
                    withClass, c.observedCount("agree"), c.observedCount("disagree"), c.observedCount("hedger")));
        }
        b.append("| state | landscape side | start bloc | model: US / hedging / China | mean final alignment | verdict |" + (obs ? " observed 2024 |" : "") + "\n");
        b.append("|---|---|---|---|---|---|" + (obs ? "---|" : "") + "\n");
        for (Row r : c.rows()) {
            b.append(String.format(Locale.ROOT, "| %s%s | %s | %s | %.2f / %.2f / %.2f | %+.2f | %s |", r.code(), r.pole() ? " (pole)" : "",
                    r.side() == null ? "-" : r.side() == Side.WEST ? "with " + westCode : "with " + eastCode,
                    name(r.initial()), r.shares()[0], r.shares()[1], r.shares()[2], r.meanFinal(), r.pole() ? "-" : r.verdict()));
            if (obs) b.append(' ').append(r.observed() == null ? "-" : name(r.observed()) + " (" + r.observedVerdict() + ")").append(" |");
            b.append('\n');
        }
        b.append('\n');
        return b.toString();
    }

    /**
     * comparison.csv: the comparison's table for programs (and the report): {@code state},
     * {@code pole} (1 for the two poles), {@code landscape_side} (the pole whose coalition the
     * global minimum puts the state in; empty when the minimum puts both poles on one side),
     * {@code start_bloc}, the shares of replications ending in each bloc ({@code share_us},
     * {@code share_hedging}, {@code share_china}), {@code mean_final_alignment}, {@code verdict}
     * (agree, hedges, disagree; empty for a pole, undefined without sides), {@code observed} and
     * {@code observed_verdict} (empty without an observed class). Blocs are us, hedging, china.
     */
    public static String csv(Result c, String westCode, String eastCode) {
        StringBuilder b = new StringBuilder("state,pole,landscape_side,start_bloc,share_us,share_hedging,share_china,mean_final_alignment,"
                + "verdict,observed,observed_verdict\n");
        for (Row r : c.rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.code(), r.pole() ? 1 : 0, r.side() == null ? "" : r.side() == Side.WEST ? westCode : eastCode,
                    key(r.initial())));
            for (double v : r.shares()) cells.add(v);
            cells.addAll(Arrays.asList(r.meanFinal(), r.pole() ? "" : r.verdict(), r.observed() == null ? "" : key(r.observed()), r.observedVerdict()));
            CsvOut.record(b, cells);
        }
        return b.toString();
    }

    /** A bloc in comparison.csv: us, hedging or china. */
    public static String key(Bloc b) {
        return switch (b) {
            case US -> "us";
            case HEDGING -> "hedging";
            case CHINA -> "china";
        };
    }

    static String name(Bloc b) {
        return switch (b) {
            case US -> "US-aligned";
            case HEDGING -> "hedging";
            case CHINA -> "China-aligned";
        };
    }
}
