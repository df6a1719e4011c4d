package org.alignsim.results;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;


/**
 * The summary of a sample that the result files report: mean and 5/50/95 % quantiles.
 * Quantiles are Hyndman and Fan's type 7 (linear interpolation, the default of R's quantile and
 * numpy's percentile), as README promises for a sweep's timeseries.csv; the arithmetic is
 * Commons Math's.
 */
public record Sample(int n, double mean, double p5, double p50, double p95) {

    /**
     * Mean and quantiles of the values that are not NaN; NaN throughout when there are none.
     * The three quantiles are type 7 exactly as Commons Math's Percentile (R_7) computes them
     * (SampleTest holds the two to the same bits), from the order statistics they read (at most
     * six), which a selection finds without sorting the rest: a sweep summarises every step of
     * every outcome of every design point, and sorting each sample was a sixth of a sweep's CPU.
     */
    public static Sample of(double[] xs) {
        int n = 0;
        for (double x : xs) if (!Double.isNaN(x)) n++;
        if (n == 0) return new Sample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] s = new double[n];
        int k = 0;
        for (double x : xs) if (!Double.isNaN(x)) s[k++] = x;
        double mean = mean(s);
        // Many series (flags, counts, a share no replication moves) come already in order.
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) sorted = !after(s[i - 1], s[i]);
        if (!sorted && !placeFromFewValues(s, 5, 50, 95) && !placeByBuckets(s, 5, 50, 95)) placeOrderStatistics(s, 5, 50, 95);
        return new Sample(n, mean, type7(s, 5), type7(s, 50), type7(s, 95));
    }

    /** Above this many distinct values a sample is left to {@link #placeOrderStatistics}. */
    private static final int FEW = 12;

    /**
     * For a sample of few distinct values (a flag, a count, a share of states: most of a sweep's
     * series), writes at the ranks {@link #type7} reads the values a sort would put there, from
     * how often each value occurs; false, with s untouched, when there are more than {@link #FEW}.
     * Values are told apart by their bits, so -0.0 and 0.0 keep the order a sort gives them.
     */
    static boolean placeFromFewValues(double[] s, double... percentiles) {
        long[] bits = new long[FEW];
        int[] count = new int[FEW];
        int distinct = 0;
        for (double x : s) {
            long b = Double.doubleToLongBits(x);
            int k = 0;
            while (k < distinct && bits[k] != b) k++;
            if (k == distinct) {
                if (distinct == FEW) return false;
                bits[distinct++] = b;
            }
            count[k]++;
        }
        // The distinct values in a sort's order, with their counts (a few, so insertion sort).
        double[] value = new double[distinct];
        for (int k = 0; k < distinct; k++) value[k] = Double.longBitsToDouble(bits[k]);
        for (int k = 1; k < distinct; k++) {
            double v = value[k];
            int c = count[k], j = k - 1;
            while (j >= 0 && Double.compare(value[j], v) > 0) {
                value[j + 1] = value[j];
                count[j + 1] = count[j];
                j--;
            }
            value[j + 1] = v;
            count[j + 1] = c;
        }
        int n = s.length;
        for (double p : percentiles) {
            int lo = lowerIndex(n, p);
            for (int rank = lo; rank <= Math.min(lo + 1, n - 1); rank++) {
                int below = 0, k = 0;
                while (below + count[k] <= rank) below += count[k++];
                s[rank] = value[k];
            }
        }
        return true;
    }

    /** Below this many values {@link #placeByBuckets} leaves a sample to {@link #placeOrderStatistics}. */
    private static final int BUCKETED = 64;
    private static final int BUCKETS = 1024, BUCKET_MOST = 48;
    /**
     * In a sample of {@link #CROWDED} values or more, a wanted bucket may hold up to a quarter of
     * them: series with many ties (a share of GDP that a few hundred outcomes make up, over twenty
     * thousand replications) crowd a bucket, and there sorting a quarter costs less than selecting
     * in the whole (a 10^6-run sweep's summaries took a third less time); in smaller samples it does not.
     */
    private static final int CROWDED = 4096, HELD_SHARE = 4;

    /**
     * Writes at the ranks {@link #type7} reads the values a sort would put there, found without
     * comparing values to each other except within the few buckets that hold those ranks: each
     * value goes to one of 1,024 equal buckets between the smallest and the largest, by
     * (x - min) * scale, which never orders two values the wrong way round; counting the buckets
     * tells which bucket holds each wanted rank, and a bucket's values are sorted (in the order of
     * Arrays.sort, -0.0 before 0.0) to find it there. A selection costs a mispredicted branch at
     * about every other comparison, which made the summaries of continuous series a tenth of a
     * sweep; this takes four branch-light passes. False, with s untouched, for a small sample, a
     * value that is not finite, or a wanted bucket holding too many values (then a selection does it).
     */
    static boolean placeByBuckets(double[] s, double... percentiles) {
        int n = s.length;
        if (n < BUCKETED) return false;
        double min = s[0], max = s[0];
        for (double x : s) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) return false;
        double scale = (BUCKETS - 1) / range;
        int[] count = new int[BUCKETS];
        for (double x : s) count[bucket(x, min, scale)]++;
        int[] rank = new int[2 * percentiles.length];
        int ranks = 0;
        for (double p : percentiles) {
            int lo = lowerIndex(n, p);
            rank[ranks++] = lo;
            rank[ranks++] = Math.min(lo + 1, n - 1);
        }
        // Each wanted rank's bucket, and how many values lie in the buckets below it.
        int[] inBucket = new int[ranks], below = new int[ranks];
        for (int q = 0; q < ranks; q++) {
            int b = 0, cumulative = 0;
            while (cumulative + count[b] <= rank[q]) cumulative += count[b++];
            if (count[b] > (n < CROWDED ? BUCKET_MOST : n / HELD_SHARE)) return false;
            inBucket[q] = b;
            below[q] = cumulative;
        }
        // The values of each wanted bucket (neighbouring ranks share one), the buckets marked in
        // count by a negative slot number so that a value finds its slot in one look.
        double[][] held = new double[ranks][];
        int[] slotOf = new int[ranks], filled = new int[ranks];
        int slots = 0;
        for (int q = 0; q < ranks; q++) {
            int c = count[inBucket[q]];
            if (c < 0) {
                slotOf[q] = -1 - c;
                continue;
            }
            held[slots] = new double[c];
            count[inBucket[q]] = -1 - slots;
            slotOf[q] = slots++;
        }
        for (double x : s) {
            int c = count[bucket(x, min, scale)];
            if (c < 0) held[-1 - c][filled[-1 - c]++] = x;
        }
        for (int k = 0; k < slots; k++) java.util.Arrays.sort(held[k]);
        for (int q = 0; q < ranks; q++) s[rank[q]] = held[slotOf[q]][rank[q] - below[q]];
        return true;
    }

    /** Monotone in x: a larger value never goes to a lower bucket. */
    private static int bucket(double x, double min, double scale) {
        return Math.min(BUCKETS - 1, (int) ((x - min) * scale));
    }

    /**
     * Moves into place, as a sort would leave them, the order statistics that {@link #type7}
     * reads for each percentile (two neighbours each): a selection finds the lower one, and the
     * upper is the smallest of what lies above it; taken in increasing order, each search needs
     * only what lies above the last. Comparisons are numeric, so a zero found may carry the wrong
     * sign for its rank; its sign is rewritten at the end from the count of negative zeros (the
     * array then holds the same numbers, not quite the same bits).
     */
    static void placeOrderStatistics(double[] s, double... percentiles) {
        int n = s.length;
        int[] lower = new int[percentiles.length];
        for (int q = 0; q < percentiles.length; q++) lower[q] = lowerIndex(n, percentiles[q]);
        java.util.Arrays.sort(lower);
        int from = 0;
        boolean zero = false;
        int[] placed = new int[2 * lower.length];
        int m = 0;
        for (int lo : lower) {
            if (lo >= from) {
                select(s, from, n - 1, lo);
                placed[m++] = lo;
                zero |= s[lo] == 0;
                from = lo + 1;
            }
            if (lo + 1 < n && lo + 1 >= from) {
                int min = lo + 1;
                for (int i = lo + 2; i < n; i++) if (s[i] < s[min]) min = i;
                swap(s, lo + 1, min);
                placed[m++] = lo + 1;
                zero |= s[lo + 1] == 0;
                from = lo + 2;
            }
        }
        if (zero) signZeros(s, placed, m);
    }

    /** A sort puts every -0.0 before every 0.0: the zeros at the placed ranks get the sign their rank has there. */
    private static void signZeros(double[] s, int[] placed, int m) {
        int negative = 0, negativeZeros = 0;
        for (double x : s) {
            if (x < 0) negative++;
            else if (x == 0 && Double.doubleToRawLongBits(x) != 0) negativeZeros++;
        }
        for (int k = 0; k < m; k++) {
            int rank = placed[k];
            if (s[rank] == 0) s[rank] = rank < negative + negativeZeros ? -0.0 : 0.0;
        }
    }

    /** The lower of the two sorted positions type 7 reads for percentile p of n values. */
    private static int lowerIndex(int n, double p) {
        if (n == 1) return 0;
        double pos = 1 + (n - 1) * (p / 100d);
        if (pos < 1) return 0;
        if (pos >= n) return n - 1;
        return (int) Math.floor(pos) - 1;
    }

    /** Whether a sorts after b in Arrays.sort's order (which puts -0.0 before 0.0). */
    private static boolean after(double a, double b) {
        return a > b || (a == b && Double.compare(a, b) > 0);
    }

    /**
     * Quickselect (Hoare's partition, median-of-three pivot), comparing numerically: afterwards
     * a[k] equals what a sorted a[lo..hi] would hold there, with nothing after it below it and
     * nothing before it above it.
     */
    static void select(double[] a, int lo, int hi, int k) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (a[lo] > a[mid]) swap(a, lo, mid);
            if (a[mid] > a[hi]) swap(a, mid, hi);
            if (a[lo] > a[mid]) swap(a, lo, mid);
            double pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) swap(a, i++, j--);
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;   // between the two parts every value equals the pivot
        }
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The p-th percentile (0 &lt; p &lt; 100) of sorted values, type 7, in Commons Math's arithmetic. */
    static double type7(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 1) return sorted[0];
        double pos = 1 + (n - 1) * (p / 100d);
        double fpos = Math.floor(pos);
        int intPos = (int) fpos;
        double dif = pos - fpos;
        if (pos < 1) return sorted[0];
        if (pos >= n) return sorted[n - 1];
        double lower = sorted[intPos - 1], upper = sorted[intPos];
        return lower + dif * (upper - lower);
    }

    /**
     * The plain mean, sum / n. Not StatUtils.mean: its second-pass correction changes the last
     * bits, and a chart's SVG coordinates show every bit, so files would change for nothing.
     */
    public static double mean(double[] values) {
        return StatUtils.sum(values) / values.length;
    }

    /** Variance with denominator n (as numpy's var and SALib's estimators) or n - 1 (sample), about the plain mean. */
    public static double variance(double[] values, boolean sample) {
        return new Variance(sample).evaluate(values, mean(values));
    }

    /** The q-quantile (0 &lt; q &le; 1) of values, type 7; NaN for no values. */
    public static double quantile(double[] values, double q) {
        return values.length == 0 ? Double.NaN : commonsType7().evaluate(values, q * 100);
    }

    private static Percentile commonsType7() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }
}
