package org.alignsim.model;


/**
 * The inputs that a scenario's pairwise series change once a year: base hostility (militarised
 * disputes, and the baseline intentions between pairs with no security relationship that year),
 * defence pacts, arms shares, hedging, the hierarchy status a pact with the west pole gives, and
 * how near the west pole's forces are. Without such series every array is the World's own, fixed
 * for the run.
 */
final class YearInputs {
    final double[] base, armsShare, hedging, proximity, status0;
    final boolean[] inSystem;
    final int[][] suppliers;
    /** The states that supply arms to any state of the scenario (patrons, who are nobody's arms clients). */
    final boolean[] supplier;
    /** Defence pacts of the year, [i * n + j], or null. */
    boolean[] pacts;
    /** Shares of each state's trade with each other state this year, [i * n + j], or null. */
    float[] partners;
    double pactCohesion;
    /**
     * The states whose year brought news that puts alignment on the agenda (a defence pact made or
     * ended, a militarised dispute against them begun), set by a refresh that moved from one year
     * to the next and cleared by {@link #takeNews}; all false after the first load of a run.
     */
    private final boolean[] news;
    /** The democracy of each state in the year loaded, for the regime gap's intentions. */
    private final double[] democracy;
    private boolean hasNews;
    private final World w;
    private final boolean dynamic;
    private int loaded = Integer.MIN_VALUE;

    YearInputs(World w) {
        this.w = w;
        Parameters.Yearly y = w.yearly;
        dynamic = y != null && (y.disputeHostility() != null || y.pacts() != null || y.arms() != null || y.hedging() != null || y.hosts() != null
                || y.partners() != null);
        int n = w.n;
        news = new boolean[n];
        democracy = new double[n];
        if (!dynamic) {
            base = w.baseHostility;
            armsShare = w.armsShare;
            hedging = w.hedging;
            proximity = w.proximity;
            status0 = w.status0;
            inSystem = w.inUsSystem;
            suppliers = w.suppliers;
            supplier = suppliersOf(suppliers, n);
            return;
        }
        base = w.baseHostility.clone();
        armsShare = y.arms() != null ? new double[n * n] : w.armsShare;
        hedging = y.hedging() != null ? new double[n] : w.hedging;
        proximity = y.hosts() != null ? w.proximity.clone() : w.proximity;
        status0 = w.status0.clone();
        inSystem = w.inUsSystem.clone();
        suppliers = y.arms() != null ? w.yearlySuppliers : w.suppliers;
        supplier = suppliersOf(suppliers, n);
        pactCohesion = y.pactCohesion();
    }

    private static boolean[] suppliersOf(int[][] suppliers, int n) {
        boolean[] out = new boolean[n];
        for (int[] row : suppliers) for (int k : row) out[k] = true;
        return out;
    }

    /** Forgets the year loaded, so that the next refresh loads again (a new run of the same model). */
    void reset() {
        loaded = Integer.MIN_VALUE;
        hasNews = false;
    }

    /** Marks in {@code into} (unless null) the states the last year change brought news for, and forgets them. */
    void takeNews(boolean[] into) {
        if (!hasNews) return;
        if (into != null) for (int i = 0; i < news.length; i++) if (news[i]) into[i] = true;
        hasNews = false;
    }

    /** Brings the arrays to the year that t falls in; true if they changed. */
    boolean refresh(double t) {
        if (!dynamic) return false;
        Parameters.Yearly y = w.yearly;
        int k = y.yearIndex(t);
        if (k == loaded) return false;
        int n = w.n;
        boolean first = loaded == Integer.MIN_VALUE;
        boolean[] oldPacts = pacts;
        float[] oldDisputes = first || y.disputeHostility() == null ? null : y.disputeHostility()[loaded];
        loaded = k;
        if (y.arms() != null) System.arraycopy(y.arms()[k], 0, armsShare, 0, n * n);
        pacts = y.pacts() != null ? y.pacts()[k] : null;
        partners = y.partners() != null ? y.partners()[k] : null;
        if (y.hedging() != null) for (int i = 0; i < n; i++) hedging[i] = y.hedging()[i][k];
        double ally = w.scenario.hierarchy().status().get(Tier.ALLY);
        for (int i = 0; i < n; i++) {
            boolean allied = pacts != null && i != w.west && pacts[i * n + w.west];
            status0[i] = allied ? Math.max(w.status0[i], ally) : w.status0[i];
            inSystem[i] = w.inUsSystem[i] || allied;
        }
        double baseline = w.scenario.threat().baselineIntentions(), partner = w.scenario.threat().armsPartnerShare();
        double regime = w.scenario.threat().regimeIntentions();
        // The regime gap's intentions follow the year's democracy, as regime affinity does.
        if (regime > 0) for (int i = 0; i < n; i++) democracy[i] = y.democracy() != null ? y.at(y.democracy(), i, t) : w.democracy[i];
        float[] disputes = y.disputeHostility() != null ? y.disputeHostility()[k] : null;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j) continue;
                int c = j * n + i;
                boolean secure = w.secure[c] || (pacts != null && pacts[c])
                        || (inSystem[i] && j == w.west) || (inSystem[j] && i == w.west)
                        || (armsShare[i * n + j] > 0 && armsShare[i * n + j] >= partner)
                        || (armsShare[j * n + i] > 0 && armsShare[j * n + i] >= partner);
                base[c] = (secure ? 0 : ThreatPerception.baselineIntentions(baseline, regime, democracy[i], democracy[j]))
                        + w.hostilityExtra[c] + (disputes != null ? disputes[c] : 0);
            }
        }
        java.util.Arrays.fill(news, false);
        hasNews = false;
        if (!first) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) continue;
                    boolean pactNews = pacts != null && oldPacts != null && pacts[i * n + j] != oldPacts[i * n + j];
                    boolean disputeNews = disputes != null && oldDisputes != null && disputes[j * n + i] > oldDisputes[j * n + i];
                    if (pactNews || disputeNews) {
                        news[i] = true;
                        hasNews = true;
                        break;
                    }
                }
            }
        }
        if (y.hosts() != null) {
            boolean[] hosts = y.hosts()[k];
            for (int i = 0; i < n; i++) {
                double p = w.proximity[i * n + w.west];
                for (int h = 0; h < n; h++) if (hosts[h]) p = Math.max(p, w.distanceDecay[i * n + h]);
                proximity[i * n + w.west] = p;
            }
        }
        return true;
    }
}
