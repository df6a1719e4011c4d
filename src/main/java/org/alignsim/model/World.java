package org.alignsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario compiled into arrays indexed by state: what does not change during a run (distances,
 * base hostility, memberships, event targets). Immutable after construction but for a cache of
 * what depends on time alone (see {@link #timeOnly}), so one World serves every run of a sweep
 * in every thread.
 */
public final class World {
    public final Scenario scenario;
    public final int n;
    public final String[] codes;
    public final Map<String, Integer> index = new HashMap<>();
    public final int west, east;
    /** Indices of the states that decide (all but the two poles), in file order. */
    public final int[] actors;

    public final double[] gdp0, milex0, population, projection, democracy, openness, shareWest0, shareEast0,
            hedging, status0, growth, alignment0, lat, lon;
    public final boolean[] nuclear;
    /** Whether a state has a place in the US-led hierarchy (a tier other than none). */
    public final boolean[] inUsSystem;
    public final int[] commitment0;

    /** exp(-distance / scale) between capitals, row-major [i * n + j]. */
    public final double[] distanceDecay;
    /**
     * How near j's forces are to i: exp(-d / scale) with d the distance from i's capital to the
     * nearest place j keeps forces (its capital or one of its forward bases),
     * row-major [i * n + j]. What threat is measured by: power acts from where it is deployed.
     */
    public final double[] proximity;
    /** Share of i's arms imports from supplier k, row-major [i * n + k]; suppliers of each state in {@link #suppliers}. */
    public final double[] armsShare;
    public final int[][] suppliers;
    /**
     * With a yearly arms series, each state's suppliers in it: every state from which some state
     * buys in some year, itself left out; null without one.
     */
    final int[][] yearlySuppliers;
    /** Regime affinity: how much nearer i's democracy score is to the west pole's than to the east pole's. */
    public final double[] regimeAffinity;
    /**
     * Hostile intentions of j toward i at [j * n + i]: the baseline intentions (between states
     * with no security relationship), the hostility table and territorial disputes.
     */
    public final double[] baseHostility;
    /** The hostility table and territorial disputes alone, [j * n + i]. */
    public final double[] hostilityExtra;
    /** Pairs with a security relationship that the scenario fixes (institutions, the hierarchy, arms), [i * n + j]. */
    public final boolean[] secure;

    /** Members of each institution and, for each state, the institutions it belongs to. */
    public final int[][] institutionMembers;
    public final double[] institutionCohesion;
    public final int[][] memberships;
    /**
     * For each state, the other states it shares an institution with: the states whose stance or
     * presence changes its institutions' pull, so a run recomputes that pull only when one of them moves.
     */
    public final int[][] institutionPartners;

    /**
     * (1 + growth)^elapsed for every state at the times a run updates its environment (the start,
     * then after each step), computed exactly as the run would, so that a run looks them up
     * instead of raising forty numbers to a power every step. Index 0 is the start, k the update
     * after step k - 1.
     */
    private final double[][] growthFactor;
    /**
     * Each event's size times its profile at those same times ({@code updateTime}), as the run
     * would work them out: a decaying event's profile is an exponential and a logarithm at every
     * update of every run.
     */
    private final double[] updateTime;
    private final double[][] eventAmount;
    /** What {@link #timeOnly} gives: filled by the runs, safely published to every thread. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<TimeOnly> timeOnly;

    public final Parameters.Event[] events;
    public final int[] eventSource;
    public final int[][] eventTargets;

    public final int[] asianNatoMembers;

    /** Cells of the hostility matrix that events or coercion may change, so a step resets only those. */
    final int[] dynamicHostilityCells;

    /** State attributes that change year by year from data, or null. */
    public final Parameters.Yearly yearly;
    /** The year each state enters the system (Integer.MIN_VALUE: from the start). */
    public final int[] entry;

    public World(Scenario s) {
        this.scenario = s;
        List<Parameters.State> st = s.states();
        n = st.size();
        codes = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = st.get(i).iso3();
            index.put(codes[i], i);
        }
        west = index.get(s.poles().west());
        east = index.get(s.poles().east());
        List<Integer> act = new ArrayList<>();
        for (int i = 0; i < n; i++) if (i != west && i != east) act.add(i);
        actors = act.stream().mapToInt(Integer::intValue).toArray();

        gdp0 = new double[n]; milex0 = new double[n]; population = new double[n]; projection = new double[n];
        democracy = new double[n]; openness = new double[n]; shareWest0 = new double[n]; shareEast0 = new double[n];
        hedging = new double[n]; status0 = new double[n]; growth = new double[n]; alignment0 = new double[n];
        lat = new double[n]; lon = new double[n]; nuclear = new boolean[n]; inUsSystem = new boolean[n]; commitment0 = new int[n];
        yearly = s.yearly();
        entry = new int[n];
        readAttributes(s);
        // The poles stand where they define the scale.
        alignment0[west] = 1; alignment0[east] = -1;
        commitment0[west] = Ladder.TOP; commitment0[east] = 0;

        double scale = s.threat().distanceScaleKm();
        distanceDecay = distanceDecay(n, lat, lon, scale);
        proximity = proximity(st, n, lat, lon, scale);

        armsShare = new double[n * n];
        suppliers = new int[n][];
        readArms(st);
        yearlySuppliers = yearly != null && yearly.arms() != null ? suppliersNamed(yearly.arms(), n) : null;

        regimeAffinity = new double[n];
        for (int i = 0; i < n; i++) regimeAffinity[i] = RegimeAffinity.pull(democracy[i], democracy[west], democracy[east]);

        secure = securityTies(s);
        hostilityExtra = extraHostility(s);
        baseHostility = baseHostility(s.threat().baselineIntentions(), s.threat().regimeIntentions());

        List<Parameters.Institution> inst = s.institutions();
        institutionMembers = new int[inst.size()][];
        institutionCohesion = new double[inst.size()];
        memberships = readInstitutions(inst);
        institutionPartners = partners(n, memberships, institutionMembers);

        events = s.events().toArray(new Parameters.Event[0]);
        eventSource = new int[events.length];
        eventTargets = new int[events.length][];
        for (int e = 0; e < events.length; e++) {
            eventSource[e] = events[e].source() == null ? -1 : index.get(events[e].source());
            eventTargets[e] = events[e].targets().stream().mapToInt(index::get).toArray();
        }
        asianNatoMembers = s.asianNato().members().stream().mapToInt(index::get).toArray();
        dynamicHostilityCells = dynamicCells();

        int steps = s.time().steps();
        growthFactor = new double[steps + 1][n];
        updateTime = new double[steps + 1];
        eventAmount = new double[steps + 1][events.length];
        timeOnly = new java.util.concurrent.atomic.AtomicReferenceArray<>(steps + 1);
        tabulateUpdates(s.time());
    }

    /** Each state's attributes from the scenario, and from the data's start year where a series gives them. */
    private void readAttributes(Scenario s) {
        List<Parameters.State> st = s.states();
        for (int i = 0; i < n; i++) {
            Parameters.State x = st.get(i);
            gdp0[i] = x.gdp(); milex0[i] = x.milex(); population[i] = x.population(); projection[i] = x.projection();
            democracy[i] = x.democracy(); openness[i] = x.trade().openness();
            shareWest0[i] = x.trade().withWest(); shareEast0[i] = x.trade().withEast();
            hedging[i] = x.hedging(); status0[i] = s.hierarchy().status().get(x.tier()); growth[i] = x.growth();
            alignment0[i] = x.alignment(); lat[i] = x.lat(); lon[i] = x.lon(); nuclear[i] = x.nuclear();
            commitment0[i] = x.commitment().ordinal();
            inUsSystem[i] = x.tier() != Tier.NONE;
        }
        java.util.Arrays.fill(entry, Integer.MIN_VALUE);
        if (yearly != null) {
            // The run starts from the data's values at the start year.
            double t0 = s.time().startYear();
            for (int i = 0; i < n; i++) {
                if (yearly.gdp() != null) gdp0[i] = yearly.at(yearly.gdp(), i, t0);
                if (yearly.milex() != null) milex0[i] = yearly.at(yearly.milex(), i, t0);
                if (yearly.population() != null) population[i] = yearly.at(yearly.population(), i, t0);
                if (yearly.democracy() != null) democracy[i] = yearly.at(yearly.democracy(), i, t0);
                if (yearly.shareWest() != null) shareWest0[i] = yearly.at(yearly.shareWest(), i, t0);
                if (yearly.shareEast() != null) shareEast0[i] = yearly.at(yearly.shareEast(), i, t0);
            }
            System.arraycopy(yearly.entry(), 0, entry, 0, n);
        }
    }

    /** Each state's suppliers in a yearly arms series ([year][i * n + k]): all it names, itself left out. */
    private static int[][] suppliersNamed(double[][] arms, int n) {
        boolean[] named = new boolean[n];
        for (double[] year : arms) for (int c = 0; c < n * n; c++) if (year[c] > 0) named[c % n] = true;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int self = i;
            out[i] = java.util.stream.IntStream.range(0, n).filter(k -> named[k] && k != self).toArray();
        }
        return out;
    }

    /** Each state's arms import shares by supplier, and its suppliers. */
    private void readArms(List<Parameters.State> st) {
        for (int i = 0; i < n; i++) {
            List<Integer> sup = new ArrayList<>();
            for (Map.Entry<String, Double> a : st.get(i).arms().entrySet()) {
                int k = index.get(a.getKey());
                armsShare[i * n + k] = a.getValue();
                sup.add(k);
            }
            suppliers[i] = sup.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Capability alone carries the baseline intentions only between states with no security
     * relationship (Walt): none between members of one institution, between the west pole and
     * the states of its hierarchy (its allies and the partners that host or arm with it), or
     * between a state and the supplier of a large share of its arms.
     */
    private boolean[] securityTies(Scenario s) {
        boolean[] secure = new boolean[n * n];
        for (Parameters.Institution inst : s.institutions()) {
            for (String a : inst.members()) for (String b : inst.members()) {
                if (!a.equals(b)) secure[index.get(a) * n + index.get(b)] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (inUsSystem[i] && i != west) {
                secure[west * n + i] = true;
                secure[i * n + west] = true;
            }
            for (int k = 0; k < n; k++) {
                if (armsShare[i * n + k] > 0 && armsShare[i * n + k] >= s.threat().armsPartnerShare()) {
                    secure[k * n + i] = true;
                    secure[i * n + k] = true;
                }
            }
        }
        return secure;
    }

    /** Hostility beyond the baseline: the scenario's own, and both ways across a territorial dispute. */
    private double[] extraHostility(Scenario s) {
        List<Parameters.State> st = s.states();
        double[] hostilityExtra = new double[n * n];
        for (Map.Entry<String, Map<String, Double>> from : s.hostility().entrySet()) {
            int j = index.get(from.getKey());
            for (Map.Entry<String, Double> to : from.getValue().entrySet()) hostilityExtra[j * n + index.get(to.getKey())] += to.getValue();
        }
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, String> d : st.get(i).disputes().entrySet()) {
                int j = index.get(d.getKey());
                double h = s.threat().disputeHostility().get(d.getValue());
                // A territorial dispute colours intentions both ways.
                hostilityExtra[j * n + i] += h;
                hostilityExtra[i * n + j] += h;
            }
        }
        return hostilityExtra;
    }

    /** Base hostility of j toward i, [j * n + i]: baseline intentions (with the regime gap's) where no security tie, plus the extra. */
    private double[] baseHostility(double baseline, double regime) {
        double[] baseHostility = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i != j) baseHostility[j * n + i] = (secure[j * n + i] ? 0 : ThreatPerception.baselineIntentions(baseline, regime, democracy[i], democracy[j]))
                        + hostilityExtra[j * n + i];
            }
        }
        return baseHostility;
    }

    /** Each institution's members and cohesion; returns each state's institutions. */
    private int[][] readInstitutions(List<Parameters.Institution> inst) {
        List<List<Integer>> mem = new ArrayList<>();
        for (int i = 0; i < n; i++) mem.add(new ArrayList<>());
        for (int k = 0; k < inst.size(); k++) {
            institutionMembers[k] = inst.get(k).members().stream().mapToInt(index::get).toArray();
            institutionCohesion[k] = inst.get(k).cohesion();
            for (int m : institutionMembers[k]) mem.get(m).add(k);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) out[i] = mem.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    /** The states each state shares an institution with, in index order. */
    private static int[][] partners(int n, int[][] memberships, int[][] institutionMembers) {
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            java.util.TreeSet<Integer> partners = new java.util.TreeSet<>();
            for (int k : memberships[i]) for (int m : institutionMembers[k]) if (m != i) partners.add(m);
            out[i] = partners.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The growth factors and event amounts at every time a run updates its environment (see growthFactors, eventAmounts). */
    private void tabulateUpdates(Parameters.Time time) {
        int steps = time.steps();
        for (int k = 0; k <= steps; k++) {
            double year = time.startYear() + (long) Math.max(k - 1, 0) * time.dt();
            double t = k == 0 ? year : year + time.dt();
            double elapsed = t - time.startYear();
            for (int i = 0; i < n; i++) growthFactor[k][i] = Math.pow(1 + growth[i], elapsed);
            updateTime[k] = t;
            for (int e = 0; e < events.length; e++) eventAmount[k][e] = events[e].size() * events[e].profile(t);
        }
    }

    /**
     * Each event's size times its profile at time t, if t is among the times computed in advance
     * ({@code hint} the likely index), else null.
     */
    double[] eventAmounts(double t, long hint) {
        int k = updateIndex(t, hint);
        return k < 0 ? null : eventAmount[k];
    }

    /** The index of the update at time t among those tabulated ({@code hint} the likely one), or -1. */
    private int updateIndex(double t, long hint) {
        if (hint >= 0 && hint < updateTime.length && updateTime[(int) hint] == t) return (int) hint;
        return t == updateTime[0] ? 0 : -1;
    }

    /** What a run's environment at the update at time t holds that depends on time alone, as the first run to reach it worked it out, or null. */
    TimeOnly timeOnly(double t, long hint) {
        int k = updateIndex(t, hint);
        return k < 0 ? null : timeOnly.get(k);
    }

    /** Keeps what depends on time alone in a run's environment at the update at time t for the runs after it. */
    void rememberTimeOnly(double t, long hint, AlignmentModel m) {
        int k = updateIndex(t, hint);
        if (k >= 0 && timeOnly.get(k) == null) timeOnly.compareAndSet(k, null, new TimeOnly(m));
    }

    /**
     * The growth factors of every state at time t, if t is among the times computed in advance
     * ({@code hint} the likely index), else null.
     */
    double[] growthFactors(double t, long hint) {
        int k = updateIndex(t, hint);
        return k < 0 ? null : growthFactor[k];
    }

    /** exp(-distance / scale) between every pair of capitals. */
    private static double[] distanceDecay(int n, double[] lat, double[] lon, double scale) {
        double[] decay = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) decay[i * n + j] = i == j ? 1 : Math.exp(-Geography.greatCircleKm(lat[i], lon[i], lat[j], lon[j]) / scale);
        }
        return decay;
    }

    /** exp(-distance / scale) from i's capital to the nearest of j's capital and forward bases. */
    private static double[] proximity(List<Parameters.State> st, int n, double[] lat, double[] lon, double scale) {
        double[] proximity = new double[n * n];
        List<List<double[]>> sites = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            List<double[]> at = new ArrayList<>();
            at.add(new double[]{lat[j], lon[j]});
            for (Parameters.Base b : st.get(j).forwardBases()) at.add(new double[]{b.lat(), b.lon()});
            sites.add(at);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    proximity[i * n + j] = 1;
                    continue;
                }
                double d = Double.POSITIVE_INFINITY;
                for (double[] site : sites.get(j)) d = Math.min(d, Geography.greatCircleKm(lat[i], lon[i], site[0], site[1]));
                proximity[i * n + j] = Math.exp(-d / scale);
            }
        }
        return proximity;
    }

    private int[] dynamicCells() {
        java.util.TreeSet<Integer> cells = new java.util.TreeSet<>();
        for (int e = 0; e < events.length; e++) {
            if (events[e].type() != Parameters.EventType.HOSTILITY) continue;
            int s = eventSource[e];
            for (int t : eventTargets[e]) {
                cells.add(s * n + t);
                if (events[e].mutual()) cells.add(t * n + s);
            }
        }
        for (int i = 0; i < n; i++) cells.add(east * n + i);
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    public double decay(int i, int j) { return distanceDecay[i * n + j]; }

    public boolean isPole(int i) { return i == west || i == east; }
}
