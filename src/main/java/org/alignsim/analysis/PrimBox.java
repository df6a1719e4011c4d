package org.alignsim.analysis;

/**
 * A box in factor space, lo[f] ≤ x_f ≤ hi[f] for every factor (limits are data values: the
 * smallest and largest factor value of a point still inside), with the points it holds and
 * PRIM's measures of it (Bryant and Lempert 2010):
 * coverage = interesting points inside / all interesting points (how much of the phenomenon it explains),
 * density = interesting points inside / points inside (how pure it is),
 * mass = points inside / all points (how much of the factor space it takes).
 */
record PrimBox(double[] lo, double[] hi, int[] members, int n, int hits, double coverage, double density, double mass, int restricted) {

    static PrimBox of(double[] lo, double[] hi, int[] members, boolean[] y, int totalHits, double[] dataMin, double[] dataMax) {
        int hits = 0;
        for (int p : members) if (y[p]) hits++;
        int restricted = 0;
        for (int f = 0; f < lo.length; f++) if (lo[f] > dataMin[f] || hi[f] < dataMax[f]) restricted++;
        int n = members.length;
        return new PrimBox(lo.clone(), hi.clone(), members, n, hits, (double) hits / totalHits, n == 0 ? 0 : (double) hits / n,
                (double) n / y.length, restricted);
    }

    boolean restrictedLow(int f, double[] dataMin) { return lo[f] > dataMin[f]; }

    boolean restrictedHigh(int f, double[] dataMax) { return hi[f] < dataMax[f]; }
}
