package org.alignsim.model;

import sim.engine.Schedule;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The MASON model: states decide their alignment between the US-led pole (+1) and the east pole
 * (-1) each step. One step is 1 / steps_per_year years. Within a step, ordering 0 updates the
 * environment (growth, events, the poles' strategies), ordering 1 lets every state decide from
 * the same snapshot of everyone's stance (synchronous, so agent order does not matter), and
 * ordering 2 applies the decisions, moves commitment on its ladder and tells the observers.
 *
 * All randomness comes from the stream of MASON's generator for the run's seed ({@link Draws}).
 * Every state draws the same number of random numbers every step, whatever the parameters, so two
 * runs that differ in one parameter share their random numbers (common random numbers).
 */
public class AlignmentModel extends LiveParameters {
    public final World world;
    private final List<RunObserver> observers = new ArrayList<>();
    private DecisionRule rule;
    /** Whether every state's pulls are computed every step (for observers that record them), or only when it revises. */
    private boolean recordingPulls = true;
    private boolean spinningUp;


    // State of the run.
    final double[] alignment, nextAlignment, gdp, milex, shareWest, shareEast, status, hostility, aggregate,
            capability, lastRungYear, shock, population, democracy, regime;
    /** Whether each state has entered the system (a series' entry year); absent states neither decide nor count. */
    final boolean[] active;
    /** States prompted to reconsider this step: named by an event that began or ended, or by the year's data (see {@link Environment}). */
    final boolean[] prompted;
    /** The time the environment was last brought to (NaN before a run's first update). */
    double environmentTime = Double.NaN;
    /** The linear coefficient and the curvature of each state's utility at its last decision. */
    private final double[] linear, curvature;
    final int[] commitment;
    /** Contributions of each mechanism to each state's last decision: [mechanism][state]. */
    final double[][] contribution;
    /** Each mechanism's part L x - C x^2 of each state's utility at the same pulls: L, and C (0 for the linear mechanisms). */
    private final double[][] contributionLinear, contributionCurvature;
    private final double[] choiceScratch;
    /** A step's two draws for each actor, in the order drawn (see {@link #decideAll}). */
    private final double[] stepDraws;
    /** Scratch for {@link PersistentChoice#nextShocks}. */
    private final double[] shockUniforms, shockQuantiles;
    /**
     * The run's random numbers: the stream of MASON's generator ({@code random}) for the same
     * seed, made in bulk; the model draws from this alone.
     */
    private Draws draws;
    final double[] sortScratch;
    /**
     * Each state's institutional pull (linear part and curvature), kept while none of its
     * institutional partners changes stance or presence: stances are sticky, so most steps
     * recompute few of them, and a kept value is the one a recomputation would give, bit for bit.
     */
    private final double[] institutionLinear, institutionCurvature;
    final boolean[] institutionFresh;
    /** The side each state stands on for threat balancing, kept until a stance or the hedging band changes. */
    private final double[] sides;
    private boolean sidesFresh;
    private double sidesBand;
    /** The actors in the order of their stance at the last tally, so that sorting them again is nearly free. */
    final int[] stanceOrder;
    final YearInputs yearInputs;
    double year, encirclement, powerRatio;
    long stepCount;
    boolean coercing, inducing;
    private final AsianNatoCondition asianNato = new AsianNatoCondition();
    private Aggregates aggregates;

    private static final int PRIMING_WORDS = 1249;

    public AlignmentModel(World world, long seed) {
        super(seed);
        this.world = world;
        int n = world.n;
        alignment = new double[n]; nextAlignment = new double[n]; gdp = new double[n]; milex = new double[n];
        shareWest = new double[n]; shareEast = new double[n]; status = new double[n]; hostility = new double[n * n];
        aggregate = new double[n]; capability = new double[n]; lastRungYear = new double[n]; commitment = new int[n];
        shock = new double[n]; linear = new double[n]; curvature = new double[n];
        population = new double[n]; democracy = new double[n]; regime = new double[n]; active = new boolean[n];
        prompted = new boolean[n];
        contribution = new double[Mechanism.ALL.length][n];
        contributionLinear = new double[Mechanism.ALL.length][n];
        contributionCurvature = new double[Mechanism.ALL.length][n];
        choiceScratch = new double[world.scenario.decision().options()];
        stepDraws = new double[2 * world.actors.length];
        shockUniforms = new double[world.actors.length];
        shockQuantiles = new double[world.actors.length];
        draws = new Draws(seed);
        sortScratch = new double[n];
        institutionLinear = new double[n]; institutionCurvature = new double[n]; institutionFresh = new boolean[n];
        stanceOrder = world.actors.clone();
        sides = new double[n];
        yearInputs = new YearInputs(world);
        dt = world.scenario.time().dt();
        int options = world.scenario.decision().options();
        grid = LogitChoice.grid(options);
        atPosition = new int[options];
        resetTunables();
    }

    @Override
    Scenario scenario() { return world.scenario; }

    public void addObserver(RunObserver o) { observers.add(o); }

    /** Forgets the observers, for a model started again for another run. */
    public void clearObservers() { observers.clear(); }

    /**
     * Whether the pulls of a state that does not revise are computed anyway (the default), so
     * that {@link #contribution} is current for every state at every step. Runs whose observers
     * read only stances and aggregates (sweeps, validation, calibration) turn it off: decisions,
     * random numbers and every stance are the same, and most pulls are never computed.
     */
    public void setRecordingPulls(boolean on) { this.recordingPulls = on; }

    /** Replaces the logit choice (null restores it). Contributions are still computed and recorded. */
    public void setDecisionRule(DecisionRule rule) { this.rule = rule; }

    /**
     * Whether MASON's own generator ({@code random}) is left unseeded and unprimed. The model draws
     * from its own stream alone, but SimState makes a generator on every setSeed and draws 1,249
     * words from it on every start: a sixtieth of a sweep's run for numbers nobody reads. Sweeps
     * and the other batch paths turn this on; the Console, whose inspectors may use
     * {@code random}, and {@code run} keep SimState's behaviour. Outputs are the same either way;
     * only SimState's {@code seed()} keeps the seed the model was built with, which the batch paths
     * never read (they record each run's seed themselves).
     */
    public void setOwnStreamOnly(boolean on) { this.ownStreamOnly = on; }

    private boolean ownStreamOnly;

    /** As SimState's, for the model's own stream too (the Console sets the seed of a new run). */
    @Override
    public void setSeed(long seed) {
        if (!ownStreamOnly) super.setSeed(seed);
        if (draws == null) draws = new Draws(seed);
        else draws.reseed(seed);
    }

    @Override
    public void start() {
        if (ownStreamOnly) schedule.reset();   // all of SimState.start a run needs: nothing is registered asynchronously
        else super.start();
        // SimState.start primes MASON's generator with 1,249 words (SimState.primeGenerator): the same for ours.
        draws.skipWords(PRIMING_WORDS);
        World w = world;
        init();

        updateEnvironment(year);
        spinUp();
        // Step 0's pulls, for the outputs and the Console that show them; a decision works out its own.
        if (recordingPulls) for (int i : w.actors) contributions(i);
        tally();

        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) st -> updateEnvironment(year + dt), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) st -> decideAll(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) st -> applyDecisions(), 1);
    }

    /**
     * The decisions run for time.spin_up_years before step 0, the environment held at the start
     * and nothing recorded, so that the run starts from the stances the mechanisms produce and not
     * from the scenario's starting values, which are only where the spin-up begins.
     */
    private void spinUp() {
        int steps = world.scenario.time().spinUpSteps();
        spinningUp = true;
        for (int s = 0; s < steps; s++) {
            decideAll();
            adoptDecisions();
        }
        spinningUp = false;
    }

    private void applyDecisions() {
        stepCount++;
        year = world.scenario.time().startYear() + stepCount * dt;
        adoptDecisions();
        moveCommitments();
        tally();
    }

    /**
     * The model's arithmetic alone: the same environment updates, decisions and commitment moves
     * as a run, without MASON's schedule, the aggregates or observers. The benchmark compares a
     * full run with this to show the framework's overhead.
     */
    public void runBare() {
        init();
        int steps = world.scenario.time().steps();
        updateEnvironment(year);
        spinUp();
        for (int s = 0; s < steps; s++) {
            updateEnvironment(year + dt);
            decideAll();
            stepCount++;
            year = world.scenario.time().startYear() + stepCount * dt;
            adoptDecisions();
            moveCommitments();
        }
    }

    /** Makes the step's decisions the stances, and forgets the institutional pulls they change. */
    private void adoptDecisions() {
        for (int i = 0; i < world.n; i++) {
            if (Double.doubleToRawLongBits(nextAlignment[i]) != Double.doubleToRawLongBits(alignment[i])) {
                alignment[i] = nextAlignment[i];
                for (int p : world.institutionPartners[i]) institutionFresh[p] = false;
                sidesFresh = false;
            }
        }
    }

    private void init() {
        World w = world;
        int n = w.n;
        System.arraycopy(w.alignment0, 0, alignment, 0, n);
        System.arraycopy(w.alignment0, 0, nextAlignment, 0, n);
        System.arraycopy(w.commitment0, 0, commitment, 0, n);
        System.arraycopy(w.baseHostility, 0, hostility, 0, n * n);
        yearInputs.reset();   // forget the year loaded by an earlier run
        year = w.scenario.time().startYear();
        stepCount = 0;
        java.util.Arrays.fill(lastRungYear, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(shock, 0);
        java.util.Arrays.fill(prompted, false);
        environmentTime = Double.NaN;
        java.util.Arrays.fill(institutionFresh, false);
        sidesFresh = false;
        asianNato.reset();
    }

    /** Growth, events and the poles' strategies at time t. */
    void updateEnvironment(double t) {
        Environment.update(this, t);
        preponderanceKnown = false;
        hegemonyShareKnown = false;
    }

    /**
     * Computes every mechanism's part of state i's utility, U(x) = L x - C x^2 summed over the
     * mechanisms: its slope at the current stance into {@link #contribution} (what outputs report as
     * each mechanism's pull), and the sums of L and C into {@link #linear} and {@link #curvature}.
     */
    void contributions(int i) {
        World w = world;
        Scenario s = w.scenario;
        double a = alignment[i];
        double vWest = TradeDependence.towardWest(w, gdp, shareWest[i], i);
        double vEast = TradeDependence.towardEast(w, gdp, shareEast[i], i);
        if (!sidesFresh || sidesBand != hedgingBand) {
            ThreatPerception.sides(w, alignment, hedgingBand, sides);
            sidesBand = hedgingBand;
            sidesFresh = true;
        }
        double threatPull = ThreatPerception.pull(w, yearInputs.proximity, capability, hostility, sides, active, i);
        double lThreat = weightThreat * threatPull;
        double vWestCamp = vWest, vEastCamp = vEast;
        double third = s.trade().thirdParty();
        if (third > 0 && yearInputs.partners != null) {
            // Trade with a pole's side counts as trade with the pole: Europe's trade with Europe is Western trade.
            vWestCamp = TradeDependence.towardWest(w, gdp, shareWest[i] + third * TradeDependence.camp(w, yearInputs.partners, alignment, active, i, 1), i);
            vEastCamp = TradeDependence.towardEast(w, gdp, shareEast[i] + third * TradeDependence.camp(w, yearInputs.partners, alignment, active, i, -1), i);
        }
        double kappa = threatDiscount;
        double threatEast = ThreatPerception.threat(w, yearInputs.proximity, capability, hostility, i, w.east);
        if (kappa > 0) {
            vWestCamp = TradeDependence.discounted(vWestCamp, kappa, ThreatPerception.threat(w, yearInputs.proximity, capability, hostility, i, w.west));
            vEastCamp = TradeDependence.discounted(vEastCamp, kappa, threatEast);
        }
        double lTrade = weightTrade * TradeDependence.linear(vWestCamp, vEastCamp), cTrade = weightTrade * TradeDependence.curvature(vWestCamp, vEastCamp);
        double lArms = weightArms * ArmsDependence.linear(w.n, yearInputs.suppliers, yearInputs.armsShare, alignment, active, i);
        double cArms = weightArms * ArmsDependence.curvature(w.n, yearInputs.suppliers, yearInputs.armsShare, active, i);
        YearInputs yi = yearInputs;
        double cTradition = StrategicTradition.curvature(weightTradition, yi.hedging[i], traditionDiscount, threatPull, a);
        boolean client = AllianceHierarchy.eastClient(yi.inSystem[i], yi.supplier[i], yi.armsShare[i * w.n + w.east], s.threat().armsPartnerShare());
        double lHierarchy = weightHierarchy * AllianceHierarchy.pull(yi.inSystem[i], status[i], s.hierarchy().neutralStatus(), client, s.hierarchy().clientStatus());
        double lPower = weightPower * (powerBalance() * threatEast);
        if (!institutionFresh[i]) {
            institutionLinear[i] = InstitutionalInfluence.linear(w, alignment, active, i);
            institutionCurvature[i] = InstitutionalInfluence.curvature(w, active, i);
            institutionFresh[i] = true;
        }
        double lInst = weightInstitutions * (institutionLinear[i]
                + InstitutionalInfluence.pactLinear(w.n, yearInputs.pacts, yearInputs.pactCohesion, alignment, active, i));
        double cInst = weightInstitutions * (institutionCurvature[i]
                + InstitutionalInfluence.pactCurvature(w.n, yearInputs.pacts, yearInputs.pactCohesion, active, i));
        double lPoles = weightPoles * PoleStrategies.pull(chinaInducement, chinaCoercion, usReward, usPressure,
                coercing, inducing, alignment[i] > hedgingBand, vEast, vWest, status[i]);
        double lIdeology = weightIdeology * regime[i];
        part(Mechanism.THREAT, i, lThreat, 0, a);
        part(Mechanism.TRADE, i, lTrade, cTrade, a);
        part(Mechanism.ARMS, i, lArms, cArms, a);
        part(Mechanism.TRADITION, i, 0, cTradition, a);
        part(Mechanism.HIERARCHY, i, lHierarchy, 0, a);
        part(Mechanism.POWER, i, lPower, 0, a);
        part(Mechanism.INSTITUTIONS, i, lInst, cInst, a);
        part(Mechanism.POLES, i, lPoles, 0, a);
        part(Mechanism.IDEOLOGY, i, lIdeology, 0, a);
        linear[i] = lThreat + lTrade + lArms + lHierarchy + lPower + lInst + lPoles + lIdeology;
        curvature[i] = cTrade + cArms + cTradition + cInst;
    }

    /** Mechanism m's part L x - C x^2 of state i's utility, and its slope at the stance a: the pull the outputs report. */
    private void part(Mechanism m, int i, double l, double c, double a) {
        int k = m.ordinal();
        contributionLinear[k][i] = l;
        contributionCurvature[k][i] = c;
        contribution[k][i] = l - 2 * c * a;
    }

    /**
     * {@link PowerTrajectory#balance} at the current power ratio, the same for every state of a
     * step: a tanh for each revising state was a twentieth of a run.
     */
    private double powerBalance() {
        if (!balanceKnown || Double.doubleToRawLongBits(balanceRatio) != Double.doubleToRawLongBits(powerRatio)) {
            Parameters.Power p = world.scenario.power();
            balance = PowerTrajectory.balance(powerRatio, p.tippingRatio(), p.transitionWidth());
            balanceRatio = powerRatio;
            balanceKnown = true;
        }
        return balance;
    }

    private boolean balanceKnown;
    private double balanceRatio, balance;

    /**
     * The probabilities of each stance position if state i revised now, given everyone's current
     * stance: what the logit choice draws from. For inspection and tests.
     */
    public double[] stanceProbabilities(int i) {
        contributions(i);
        return LogitChoice.probabilities(linear[i] + 2 * inertia * alignment[i], curvature[i] + inertia, rationality, choiceScratch.length);
    }

    /**
     * The stance state i would take if it revised now with no preference shock (the persistent
     * rule's best response): what the mechanisms and its current stance favour. For inspection and tests.
     */
    public double bestResponse(int i) {
        contributions(i);
        double a = alignment[i];
        return grid[RealignmentCost.best(linear[i] + 2 * inertia * a, curvature[i] + inertia, switchingCost, a, grid, hedgingBand, realignmentCost)];
    }

    /**
     * Why state i stands where it does, if it revised now given everyone's current stance: each
     * mechanism's part L x - C x^2 of its utility, the inertia and the preference shock, the stance
     * the decision would take with and without the shock, and the threat each other state adds
     * (weighted, signed like a pull). For `alignsim explain`, inspection and tests; uses no random
     * numbers, so a run it inspects goes on unchanged.
     */
    public Decomposition decomposition(int i) {
        contributions(i);
        int m = Mechanism.ALL.length, n = world.n;
        double a = alignment[i];
        double[] lin = new double[m], curv = new double[m];
        for (int k = 0; k < m; k++) {
            lin[k] = contributionLinear[k][i];
            curv[k] = contributionCurvature[k][i];
        }
        double[] threats = new double[n];
        for (int j = 0; j < n; j++) {
            if (j != i && active[j]) threats[j] = -weightThreat * threatFrom(i, j) * sides[j];
        }
        double b = linear[i] + 2 * inertia * a, c = curvature[i] + inertia;
        boolean persistent = world.scenario.decision().rule() == Parameters.Rule.PERSISTENT;
        double without = grid[RealignmentCost.best(b, c, switchingCost, a, grid, hedgingBand, realignmentCost)];
        double withShock = persistent ? grid[RealignmentCost.best(b + shock[i], c, switchingCost, a, grid, hedgingBand, realignmentCost)]
                : expectedStance(i);
        return new Decomposition(world.codes[i], year, a, lin, curv, inertia, persistent ? shock[i] : 0, without, withShock, threats, votingParts(i));
    }

    /** The expected stance if state i revised now. */
    public double expectedStance(int i) {
        double[] p = stanceProbabilities(i);
        double e = 0;
        for (int k = 0; k < p.length; k++) e += p[k] * LogitChoice.position(k, p.length);
        return e;
    }

    /**
     * Every actor's decision for this step, into {@link #nextAlignment}, in file order: each draws
     * two uniforms, used or not, which keeps the random streams aligned across parameter values
     * (a decision uses only its own two numbers); then the shocks move, then the choices are made.
     * The draws come in bulk, and the shocks' normal quantiles are worked out together
     * ({@link PersistentChoice#nextShocks}).
     */
    void decideAll() {
        int[] act = world.actors;
        double[] d = stepDraws;   // actor k's chance to revise at 2k, its choice's uniform at 2k + 1
        draws.doubles(d, 2 * act.length);
        StepConstants sc = stepConstants();
        if (world.scenario.decision().rule() == Parameters.Rule.PERSISTENT) {
            PersistentChoice.nextShocks(shock, act, sc.persistence, sc.innovationScale, d, shockUniforms, shockQuantiles);
        }
        for (int k = 0; k < act.length; k++) decide(act[k], d[2 * k], d[2 * k + 1], sc);
    }

    /** State i's decision from its draws, its shock already moved. */
    private void decide(int i, double revise, double u, StepConstants sc) {
        Parameters.Rule r = world.scenario.decision().rule();
        // A state an event just named reconsiders with the larger of the two chances, from the same draw.
        boolean revising = (revise < sc.pRevise || (prompted[i] && revise < eventReview)) && active[i];
        // The pulls use no random numbers, so computing them only when needed changes nothing else.
        if (revising || (recordingPulls && !spinningUp)) contributions(i);
        if (!revising) {
            nextAlignment[i] = alignment[i];
            return;
        }
        if (rule != null) {
            nextAlignment[i] = rule.decide(this, i, u);
            return;
        }
        double a = alignment[i];
        double b = linear[i] + 2 * inertia * a;
        double curv = curvature[i] + inertia;
        int options = choiceScratch.length;
        int k = r == Parameters.Rule.PERSISTENT ? RealignmentCost.best(b + shock[i], curv, switchingCost, a, grid, hedgingBand, realignmentCost)
                : LogitChoice.choose(b, curv, rationality, options, u, choiceScratch);
        nextAlignment[i] = grid[k];
    }

    /**
     * What every decision of a step needs from the live parameters (the chance to revise, the
     * shock's persistence and innovation scale), worked out again only when one of them changes.
     */
    private static final class StepConstants {
        double revisionRate = Double.NaN, shockYears = Double.NaN, shockSd = Double.NaN;
        double pRevise, persistence, innovationScale;
    }

    private final StepConstants stepConstants = new StepConstants();
    /** The step in years, read on every decision: Time.dt() divides each time it is asked. */
    private final double dt;
    /** The stance options' positions, and a count per position (for polarisation). */
    final double[] grid;
    final int[] atPosition;

    private StepConstants stepConstants() {
        StepConstants k = stepConstants;
        // The step length is fixed for the model's life; only the live parameters can change.
        if (k.revisionRate != revisionRate || k.shockYears != shockYears || k.shockSd != shockSd) {
            k.revisionRate = revisionRate; k.shockYears = shockYears; k.shockSd = shockSd;
            k.pRevise = 1 - Math.exp(-revisionRate * dt);
            k.persistence = PersistentChoice.persistence(shockYears, dt);
            k.innovationScale = PersistentChoice.innovationScale(shockSd, k.persistence);
        }
        return k;
    }

    private void moveCommitments() {
        Parameters.Commitment c = world.scenario.commitment();
        double wait = c.yearsPerRung() - 1e-9;
        for (int i : world.actors) {
            if (!active[i]) continue;
            int next = CommitmentLadder.next(commitment[i], alignment[i], c.thresholds(), c.hysteresis(), year - lastRungYear[i] >= wait);
            if (next != commitment[i]) {
                commitment[i] = next;
                lastRungYear[i] = year;
            }
        }
    }

    /** Aggregates, the Asian NATO condition, and the observers. */
    private void tally() {
        aggregates = Blocs.tally(this, asianNato);
        for (RunObserver o : observers) o.onStep(this);
    }

    /**
     * Runs the whole horizon and returns the outcome. Does not call System.exit (unlike doLoop).
     * The steps are the schedule's three orderings called in its order, without its queue: nothing
     * else is scheduled in a run to the end, and the queue's bookkeeping cost more than a tally.
     */
    public Outcome runToEnd() {
        start();
        int steps = world.scenario.time().steps();
        while (stepCount < steps) {
            updateEnvironment(year + dt);
            decideAll();
            applyDecisions();
        }
        Outcome o = outcome();
        for (RunObserver ob : observers) ob.onEnd(this);
        finish();
        return o;
    }

    /**
     * Starts a run and steps it until its year reaches {@code until} or the horizon ends: for
     * inspecting one moment of a run ({@link #decomposition}). The steps are those of
     * {@link #runToEnd}, so the moment is the one a full run of the same seed passes through.
     */
    public void runUntil(double until) {
        start();
        int steps = world.scenario.time().steps();
        while (stepCount < steps && year < until - 1e-9) {
            updateEnvironment(year + dt);
            decideAll();
            applyDecisions();
        }
    }

    public Outcome outcome() {
        double[] fa = new double[world.n];
        for (int i = 0; i < world.n; i++) fa[i] = alignment(i);
        return new Outcome(asianNato.formed(), asianNato.year(), aggregates.asianNato(), aggregates, world.codes, fa, commitment.clone());
    }

    // ---- read access for observers, the GUI and tests ----
    public double year() { return year; }
    public long step() { return stepCount; }
    public Aggregates aggregates() { return aggregates; }
    /** State i's stance; NaN while it has not entered the system. */
    public double alignment(int i) { return active[i] ? alignment[i] : Double.NaN; }
    /** Whether state i has entered the system. */
    public boolean active(int i) { return active[i]; }
    public int commitment(int i) { return commitment[i]; }
    public double contribution(Mechanism m, int i) { return contribution[m.ordinal()][i]; }
    /**
     * What trade alone prefers between the two ends of the axis, as of state i's last pulls: the
     * linear coefficient of its trade utility, half of U(+1) - U(-1). The trade contribution is
     * the utility's slope where the state stands, which also holds it toward the middle; a rule
     * with only two sides (the landscape) needs the preference, not the hold.
     */
    public double tradeSidePull(int i) { return contributionLinear[Mechanism.TRADE.ordinal()][i]; }
    /**
     * State i's position in UN General Assembly voting (docs/MODEL.md 7.16): its stance, with its
     * regime affinity, less its soft balancing of a preponderant west pole and its development
     * gap, with an ally's deference to a dominant west pole; NaN while absent. Worked out when
     * asked, from the current stance and the year's inputs, so runs that never ask (sweeps without
     * --keep states) pay nothing.
     */
    public double voting(int i) {
        return active[i] ? votingParts(i).total() : Double.NaN;
    }

    /** {@link #voting}'s terms for state i, which must be present. */
    public VotingAlignment.Parts votingParts(int i) {
        World w = world;
        Parameters.Voting v = w.scenario.voting();
        double resistance = SoftBalancing.resistance(preponderance(), v.preponderanceThreshold(), democracy[i], democracy[w.west]);
        double gap = NorthSouthCleavage.gap(gdp[i], population[i], gdp[w.west], population[w.west]);
        double deference = HegemonicDeference.deference(hegemonyShare(), v.hegemonyReference(), yearInputs.inSystem[i] && i != w.west);
        return VotingAlignment.parts(v, alignment[i], regime[i], resistance, gap, deference);
    }

    /**
     * The west pole's share of the present states' GDP at purchasing power parity, now: from the
     * scenario's GDP where that is the basis (the history's Maddison series), else the measured
     * share the scenario gives, held through the run (its GDP at market rates would overstate the
     * pole's lead, and the model has no projection at parity).
     */
    public double hegemonyShare() {
        if (!hegemonyShareKnown) {
            Double measured = world.scenario.voting().hegemonyShare();
            hegemonyShare = measured != null ? measured : HegemonicDeference.share(gdp, active, world.west);
            hegemonyShareKnown = true;
        }
        return hegemonyShare;
    }

    private double hegemonyShare;
    /** Whether {@link #hegemonyShare} is that of the environment's current time (each update forgets it). */
    private boolean hegemonyShareKnown;

    /** The west pole's preponderance at the time the environment was last brought to (see {@link SoftBalancing#preponderance}). */
    public double preponderance() {
        if (!preponderanceKnown) {
            preponderance = SoftBalancing.preponderance(aggregate, active, world.west);
            preponderanceKnown = true;
        }
        return preponderance;
    }

    private double preponderance;
    /** Whether {@link #preponderance} is that of the environment's current time (each update forgets it). */
    private boolean preponderanceKnown;

    public double gdp(int i) { return gdp[i]; }
    /** State i's capability (aggregate power and offensive capability, each relative to the strongest). */
    public double capability(int i) { return capability[i]; }
    /** State i's aggregate power share (GDP, military spending and population mixed by threat.power_mix). */
    public double aggregatePower(int i) { return aggregate[i]; }
    public double threatFrom(int i, int j) { return ThreatPerception.threat(world, yearInputs.proximity, capability, hostility, i, j); }
    /** State i's persistent preference shock now (persistent decision rule). */
    public double shock(int i) { return shock[i]; }
    public boolean chinaCoercing() { return coercing; }
    /** Current share of state i's trade with the west pole (events move it during a run). */
    public double shareWest(int i) { return shareWest[i]; }
    /** Current share of state i's trade with the east pole. */
    public double shareEast(int i) { return shareEast[i]; }
}
