package org.alignsim.validation;

import org.alignsim.data.History;
import org.alignsim.data.UsDefencePacts;
import org.alignsim.data.YearPanel;
import org.alignsim.model.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Metric 3, the cross-section against UN voting: Spearman's ρ between the states' simulated UN
 * voting positions (docs/MODEL.md 7.16) and their UN General Assembly ideal points, per run (median over runs), beside two
 * naive predictors computed from the same data for the same states and years: V-Dem's electoral
 * democracy index, and "the US is obliged to defend it" (ATOP; share of the years) plus democracy.
 * A run inside the data's years is compared period by period (the validation file's five-year
 * periods); a run that starts after the data end is compared over its observation window (the
 * calibration window) with the last years of UN data. The poles are left out: their stances are
 * fixed by definition. The runs given are {@link Trajectories#votes()}.
 */
final class CrossSection {
    private CrossSection() {}

    static final String HEADER = "scenario,period,states,rho_model,rho_model_p5,rho_model_p95,rho_democracy,rho_pact_democracy";
    static final String STATES_HEADER = "scenario,period,state,model_voting,un_ideal_point,democracy,us_defence_pact";

    /** A comparison window: model years [modelFrom, modelTo] (closed) against data years [from, to]. */
    record Window(String label, double modelFrom, double modelTo, int from, int to) {}

    /** The excluded UN votes that fall in [from, to], for the reader of the scorecard. */
    static String leftOut(ValidationSpec spec, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (ValidationSpec.UnExcluded e : spec.unExcluded()) {
            if (e.to() < from || e.from() > to) continue;
            b.append(b.length() == 0 ? " (left out: " : ", ").append(e.state()).append(' ').append(Math.max(e.from(), from)).append('-').append(Math.min(e.to(), to));
        }
        return b.length() == 0 ? "" : b.append(')').toString();
    }

    static void score(String scenario, Trajectories t, History data, ValidationSpec spec, boolean historical, Scorecard card,
                      CsvFile periods, CsvFile states) {
        Tally all = tally(scenario, t, data, spec, historical, states, c -> true);
        for (int k = 0; k < all.windows.size(); k++) {
            Window win = all.windows.get(k);
            Result res = all.results.get(k);
            periods.row(scenario, win.label(), res.n, res.model, res.p5, res.p95, res.democracy, res.pact);
            if (historical) continue;
            double better = res.better();
            card.add(scenario, "un.rho", res.model, better == -2 ? Double.NaN : better,
                    String.format(Locale.ROOT, "%d states; model %s-%s vs UN %s%s; democracy %.3f, pact+democracy %.3f; median over %d runs%s",
                            res.n, ClassFit.fmtYear(win.modelFrom()), ClassFit.fmtYear(win.modelTo()), win.label(), leftOut(spec, win.from(), win.to()),
                            res.democracy, res.pact, t.runs(),
                            better != -2 && ValidationSpec.ties(res.model, better) ? "; a tie with the better predictor" : ""),
                    "Spearman correlation of simulated UN voting positions with UN ideal points; reference: the better naive predictor");
            card.add(scenario, "un.rho_democracy", res.democracy, Double.NaN, "V-Dem electoral democracy " + win.label(),
                    "naive predictor: Spearman correlation of democracy with UN ideal points, same states");
            card.add(scenario, "un.rho_pact_democracy", res.pact, Double.NaN, "ATOP US defence obligation + democracy " + win.label(),
                    "naive predictor: US defence pact (share of years) plus democracy, same states");
        }
        if (historical) {
            card.add(scenario, "un.periods_beating_naive", all.share(), Double.NaN,
                    all.judged() == 0 ? "no period with UN data in the run" : all.periods(),
                    "share of five-year periods in which the model's cross-sectional ρ beats both naive predictors");
            card.add(scenario, "un.rho_mean", all.rhoMean(), Double.NaN, "mean over periods of the median ρ over runs",
                    "average cross-sectional Spearman correlation with UN ideal points");
        }
    }

    /**
     * The same cross-section for the security stance instead of the voting position, as
     * information beside the judged figure: how much of the fit the voting position's own terms
     * (docs/MODEL.md 7.16) add. One row: the present-day ρ, or a history's mean ρ over its periods.
     */
    static void stance(String scenario, Trajectories t, History data, ValidationSpec spec, boolean historical, Scorecard card) {
        double rho = tally(scenario, t, data, spec, historical, null, c -> true).rhoMean();
        if (historical) {
            card.add(scenario, "un.rho_mean_stance", rho, Double.NaN, "the stance instead of the voting position; mean over periods of the median ρ over runs",
                    "average cross-sectional Spearman correlation of the security stance (not the voting position) with UN ideal points");
        } else {
            card.add(scenario, "un.rho_stance", rho, Double.NaN, "the stance instead of the voting position; median over runs",
                    "Spearman correlation of the security stance (not the voting position) with UN ideal points");
        }
    }

    /**
     * The out-of-sample split, as information: when the UN file scored against has states the
     * data folder's own file lacks ({@code heldOut}, e.g. the twelve the project's copy
     * withholds), the same cross-section over those states alone ({@code .held_out}) and over
     * the others ({@code .given}), each beside the better naive predictor on the same states.
     */
    static void split(String scenario, Trajectories t, History data, ValidationSpec spec, boolean historical, Scorecard card, Set<String> heldOut) {
        if (heldOut.isEmpty()) return;
        card.add(scenario, "un.held_out_states", heldOut.size(), Double.NaN, String.join(" ", heldOut),
                "deciding states of the scenario that the UN file scored against (--un) has and the data folder's own UN file lacks: the out-of-sample ones");
        for (boolean held : new boolean[]{true, false}) {
            String suffix = held ? ".held_out" : ".given", which = held ? "held out (out of sample)" : "given (in sample)";
            Tally part = tally(scenario, t, data, spec, historical, null, c -> heldOut.contains(c) == held);
            if (part.judged() == 0) continue;
            if (!historical) {
                Result res = part.results.get(0);
                double better = res.better();
                card.add(scenario, "un.rho" + suffix, res.model, better == -2 ? Double.NaN : better,
                        String.format(Locale.ROOT, "%d states%s; democracy %.3f, pact+democracy %.3f; median over %d runs", res.n,
                                held ? " held out of the data folder's UN file" : " in the data folder's UN file", res.democracy, res.pact, t.runs()),
                        "un.rho over the states " + which + "; reference: the better naive predictor on them");
            } else {
                card.add(scenario, "un.periods_beating_naive" + suffix, part.share(), Double.NaN, part.periods(), "un.periods_beating_naive over the states " + which);
                card.add(scenario, "un.rho_mean" + suffix, part.rhoMean(), Double.NaN, "mean over periods of the median ρ over runs",
                        "un.rho_mean over the states " + which);
            }
        }
    }

    /** The windows that had enough states, their comparisons, and those whose model ρ beats both naive predictors. */
    private record Tally(List<Window> windows, List<Result> results, int beating, List<String> losing) {
        int judged() { return results.size(); }

        double share() { return judged() == 0 ? Double.NaN : beating / (double) judged(); }

        double rhoMean() {
            double sum = 0;
            for (Result r : results) sum += r.model;
            return judged() == 0 ? Double.NaN : sum / judged();
        }

        String periods() { return beating + " of " + judged() + " periods" + (losing.isEmpty() ? "" : "; behind in " + String.join(" ", losing)); }
    }

    private static Tally tally(String scenario, Trajectories t, History data, ValidationSpec spec, boolean historical, CsvFile states, Predicate<String> include) {
        List<Window> windows = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        List<String> losing = new ArrayList<>();
        int beating = 0;
        for (Window win : windows(t, data.idealPoints(), spec, historical)) {
            Result res = compare(scenario, t, data, win, states, include);
            if (res == null) continue;
            windows.add(win);
            results.add(res);
            if (ValidationSpec.above(res.model, res.better())) beating++;
            else losing.add(win.label());
        }
        return new Tally(windows, results, beating, losing);
    }

    /** The comparison windows: the recent UN years for a present-day run, each five-year period with data for a history. */
    private static List<Window> windows(Trajectories t, YearPanel un, ValidationSpec spec, boolean historical) {
        List<Window> windows = new ArrayList<>();
        if (historical) {
            ValidationSpec.Periods p = spec.periods();
            for (int y = p.from(); y + p.years() - 1 <= p.to(); y += p.years()) {
                int to = y + p.years() - 1;
                if (to > un.lastYear() || !t.covers(y, to + 1)) continue;
                windows.add(new Window(y + "-" + to, y, to + 1 - 1e-6, y, to));
            }
        } else {
            ValidationSpec.Years u = spec.unRecent();
            var st = spec.classes();
            windows.add(new Window(u.from() + "-" + u.to(), st.from(), st.to(), u.from(), u.to()));
        }
        return windows;
    }

    private static double nanToMin(double v) { return Double.isNaN(v) ? -2 : v; }

    private record Result(int n, double model, double p5, double p95, double democracy, double pact) {
        /** The better naive predictor's ρ, -2 where neither is known. */
        double better() { return Math.max(nanToMin(democracy), nanToMin(pact)); }
    }

    /** One window's comparison over the states {@code include} accepts; each state's row goes to {@code out}, unless it is null. */
    private static Result compare(String scenario, Trajectories t, History data, Window win, CsvFile out, Predicate<String> include) {
        World w = t.world;
        YearPanel un = data.idealPoints();
        YearPanel dem = data.electoralDemocracy();
        UsDefencePacts pacts = data.usDefencePacts();
        List<Integer> idx = new ArrayList<>();
        for (int i : w.actors) {
            String c = w.codes[i];
            // The states with UN data and democracy in the window, present in the run then.
            if (include.test(c) && !Double.isNaN(un.mean(c, win.from(), win.to())) && !Double.isNaN(dem.mean(c, win.from(), win.to()))
                    && !Double.isNaN(t.mean(0, i, win.modelFrom(), win.modelTo(), true))) idx.add(i);
        }
        int n = idx.size();
        if (n < 3) return null;
        double[] ip = new double[n], d = new double[n], pd = new double[n], meanStance = new double[n];
        for (int s = 0; s < n; s++) {
            String c = w.codes[idx.get(s)];
            ip[s] = un.mean(c, win.from(), win.to());
            d[s] = dem.mean(c, win.from(), win.to());
            pd[s] = pacts.share(c, win.from(), win.to()) + d[s];
        }
        double[] perRun = new double[t.runs()];
        for (int r = 0; r < t.runs(); r++) {
            double[] m = new double[n];
            for (int s = 0; s < n; s++) {
                m[s] = t.mean(r, idx.get(s), win.modelFrom(), win.modelTo(), true);
                meanStance[s] += m[s] / t.runs();
            }
            perRun[r] = Ranks.spearman(m, ip);
        }
        for (int s = 0; out != null && s < n; s++) {
            String c = w.codes[idx.get(s)];
            out.row(scenario, win.label(), c, meanStance[s], ip[s], d[s], pacts.share(c, win.from(), win.to()));
        }
        return new Result(n, Ranks.median(perRun), Ranks.quantile(perRun, 5), Ranks.quantile(perRun, 95), Ranks.spearman(d, ip), Ranks.spearman(pd, ip));
    }
}
