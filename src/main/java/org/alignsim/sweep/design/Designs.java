package org.alignsim.sweep.design;

import java.util.Arrays;
import java.util.Objects;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Experimental designs for parameter sweeps: full factorial, Latin hypercube, Sobol, Saltelli and
 * Morris.
 *
 * <p>Every method is a pure function of its arguments. Randomised designs take an explicit seed and
 * build their own {@link MersenneTwister} rather than sharing a generator, because a sweep must be
 * re-creatable from its manifest alone: the same arguments must give the same design on any
 * machine, in any order of calls, whatever else the program has drawn. The order in which random
 * numbers are drawn is therefore part of each method's contract and is documented with it;
 * changing it silently changes every seeded design.
 *
 * <p>Unit designs live in [0,1)^k (Morris: the closed grid in [0,1]); {@link #scale} maps a row to
 * the factors' real ranges. Rows are design points, columns are factors.
 */
public final class Designs {

    /**
     * commons-math3's default Joe–Kuo direction numbers cover this many dimensions; asking for more
     * throws deep inside the generator, so we check first to give a message in our own terms.
     */
    public static final int MAX_SOBOL_DIMENSION = 1000;

    private Designs() {
    }

    // ---------------------------------------------------------------------------------------------
    // Full factorial
    // ---------------------------------------------------------------------------------------------

    /**
     * All combinations of level indices, in the order nested loops over the factors would produce
     * them: the first factor varies slowest and the last fastest. Row {@code r} is {@code r}
     * written in the mixed radix given by {@code levelCounts}, so a row's position can be
     * recomputed from its levels (and vice versa) without storing the design.
     *
     * <p>An empty {@code levelCounts} gives one empty row, the empty product, so that callers that
     * build a design from a possibly empty list of swept factors still get the single base run.
     *
     * @param levelCounts number of levels of each factor, each at least 1
     * @return {@code prod(levelCounts)} rows of {@code levelCounts.length} level indices
     * @throws IllegalArgumentException if a count is below 1 or the design has more rows than an
     *     array can hold
     */
    public static int[][] fullFactorial(int[] levelCounts) {
        Objects.requireNonNull(levelCounts, "levelCounts");
        int k = levelCounts.length;
        long rows = 1;
        for (int i = 0; i < k; i++) {
            if (levelCounts[i] < 1) {
                throw new IllegalArgumentException(
                        "factor " + i + " has " + levelCounts[i] + " levels; need at least 1");
            }
            rows *= levelCounts[i];
            // Checked per factor so that the product cannot overflow a long before we notice.
            if (rows > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("full factorial over "
                        + Arrays.toString(levelCounts) + " has too many rows to hold in memory");
            }
        }
        int[][] design = new int[(int) rows][];
        int[] current = new int[k];
        for (int r = 0; r < rows; r++) {
            design[r] = current.clone();
            // Odometer increment: bump the last factor and carry leftwards, which is exactly the
            // nested-loop order the caller expects.
            for (int i = k - 1; i >= 0; i--) {
                if (++current[i] < levelCounts[i]) {
                    break;
                }
                current[i] = 0;
            }
        }
        return design;
    }

    // ---------------------------------------------------------------------------------------------
    // Latin hypercube
    // ---------------------------------------------------------------------------------------------

    /**
     * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979): {@code n} points in
     * [0,1)^{@code k} such that, in every dimension, each of the {@code n} equal strata
     * [s/n, (s+1)/n) holds exactly one point. Which point falls in which stratum is a random
     * permutation per dimension, independent across dimensions, and the position inside the stratum
     * is uniform.
     *
     * <p>Draw order (part of the reproducibility contract): for each dimension in turn, first a
     * Fisher–Yates shuffle of the strata (drawing {@code nextInt(i + 1)} for i = n−1 down to 1),
     * then {@code n} calls to {@code nextDouble()} for the positions of points 0..n−1.
     *
     * @param k number of dimensions, at least 1
     * @param n number of points, at least 1
     * @param seed seed for a fresh {@link MersenneTwister}
     * @return {@code n} rows of {@code k} values
     */
    public static double[][] latinHypercube(int k, int n, long seed) {
        requirePositive(k, "k");
        requirePositive(n, "n");
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] design = new double[n][k];
        int[] strata = new int[n];
        for (int d = 0; d < k; d++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            shuffle(strata, rng);
            for (int i = 0; i < n; i++) {
                int s = strata[i];
                double x = (s + rng.nextDouble()) / n;
                // (s + u) can round up to s + 1 when u is within an ulp of 1, which would put the
                // point in the next stratum (or at 1.0); pull it back so the Latin property and the
                // half-open range hold exactly, not just almost surely.
                double upper = (double) (s + 1) / n;
                if (x >= upper) {
                    x = Math.nextDown(upper);
                }
                design[i][d] = x;
            }
        }
        return design;
    }

    // ---------------------------------------------------------------------------------------------
    // Sobol and Saltelli
    // ---------------------------------------------------------------------------------------------

    /**
     * The first {@code n} points of the (unscrambled) Sobol low-discrepancy sequence in {@code k}
     * dimensions, using commons-math3's {@link SobolSequenceGenerator} with its default Joe–Kuo
     * direction numbers.
     *
     * <p>The generator's very first point is the origin (0, …, 0). We skip it, so the returned
     * design starts at (0.5, …, 0.5): the origin is a corner of the cube on which every factor sits
     * at its minimum at once, and in a Saltelli design it would make the A and B rows of the first
     * base sample identical, a block that contributes nothing to the variance estimates. A
     * consequence worth knowing: the balance
     * properties of Sobol points hold for blocks of 2^m points <em>including</em> the origin, so
     * after the skip it is the first 2^m − 1 points (plus the dropped origin) that are perfectly
     * stratified, not the first 2^m.
     *
     * <p>Deterministic: no seed is involved.
     *
     * @param k number of dimensions, 1 to {@link #MAX_SOBOL_DIMENSION}
     * @param n number of points, at least 1
     * @return {@code n} rows of {@code k} values in [0,1)
     */
    public static double[][] sobol(int k, int n) {
        return sobol(k, n, 1);
    }

    /**
     * Points {@code skip} to {@code skip + n − 1} of the Sobol sequence (point 0 being the origin),
     * for callers that want to continue an earlier sweep (pass the old skip plus the old n) or to
     * start further in, as SALib's {@code skip_values} does. {@code sobol(k, n)} is
     * {@code sobol(k, n, 1)}.
     *
     * @param k number of dimensions, 1 to {@link #MAX_SOBOL_DIMENSION}
     * @param n number of points, at least 1
     * @param skip number of leading points dropped, at least 0
     * @return {@code n} rows of {@code k} values in [0,1)
     */
    public static double[][] sobol(int k, int n, int skip) {
        requirePositive(k, "k");
        requirePositive(n, "n");
        if (skip < 0) {
            throw new IllegalArgumentException("skip must be at least 0; got " + skip);
        }
        if (k > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException("Sobol sequence supports at most "
                    + MAX_SOBOL_DIMENSION + " dimensions; got " + k);
        }
        // The generator counts points in an int.
        if ((long) skip + n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("skip + n exceeds the generator's range");
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(k);
        double[][] design = new double[n][];
        // skipTo jumps straight to a point via its Gray code (cost independent of skip) and
        // returns that point, leaving the generator ready for the next one.
        design[0] = generator.skipTo(skip);
        for (int i = 1; i < n; i++) {
            design[i] = generator.nextVector();
        }
        return design;
    }

    /**
     * Rows per base sample in a {@link #saltelli} design: {@code k + 2}, or {@code 2k + 2} with
     * second-order terms. The Sobol-index estimator walks the design in blocks of this size.
     *
     * @param k number of factors, at least 1
     * @param secondOrder whether the BA rows are included
     * @return the block size
     */
    public static int saltelliBlock(int k, boolean secondOrder) {
        requirePositive(k, "k");
        return secondOrder ? 2 * k + 2 : k + 2;
    }

    /**
     * Saltelli (2002, 2010) cross-sampling for Sobol sensitivity indices, laid out as SALib's
     * {@code saltelli.sample} does it so that estimators written against SALib's layout apply
     * unchanged.
     *
     * <p>Construction: take the Sobol sequence of dimension 2k with its first (all-zero) point
     * skipped, i.e. {@code sobol(2k, baseSamples)}. For base sample j, A_j is columns 0..k−1 of row
     * j and B_j is columns k..2k−1 of row j. Then, with factors numbered 0..k−1 and
     * {@code b = saltelliBlock(k, secondOrder)}, the output rows {@code j*b .. j*b + b − 1} are
     * exactly:
     *
     * <pre>
     *   offset 0                 A_j
     *   offset 1 + i             AB_j^(i)  = A_j with column i replaced by B_j[i],  i = 0..k-1
     *   offset 1 + k + i         BA_j^(i)  = B_j with column i replaced by A_j[i],  i = 0..k-1
     *                                        (only if secondOrder)
     *   offset b - 1             B_j       (offset k+1 without, 2k+1 with second order)
     * </pre>
     *
     * The total is {@code baseSamples * b} rows. Model outputs must be returned in the same order;
     * f(A_j), f(AB_j^(i)), f(BA_j^(i)) and f(B_j) are then read at the offsets above.
     *
     * <p>Caveat of skipping only the origin: the next Sobol point is (0.5, …, 0.5) in all 2k
     * dimensions, so in block 0 A_0 = B_0 = every AB_0^(i) = every BA_0^(i). That block adds
     * nothing to the numerators of the first-order and total-effect estimators but still enters the
     * output variance, a bias towards zero of order 1/N. It is kept because this layout is what the
     * project specified; use {@link #saltelli(int, int, boolean, int)} with a larger skip (SALib
     * 1.4+ defaults to a power of two ≥ N) to avoid it. Separately, in any block individual
     * coordinates of A_j and B_j can coincide (a property of unscrambled Sobol points), making that
     * AB_j^(i) equal to A_j; this is a legitimate sample, not an error.
     *
     * <p>Powers of two for {@code baseSamples} are customary (SALib warns otherwise); because the
     * origin is skipped, the exactly stratified counts are 2^m − 1 (see {@link #sobol}). Neither
     * is enforced: any N gives valid, if slightly less balanced, estimates.
     *
     * @param k number of factors, 1 to {@code MAX_SOBOL_DIMENSION / 2} (the base sequence has 2k
     *     dimensions)
     * @param baseSamples number of base samples N, at least 1
     * @param secondOrder whether to include the BA rows needed for second-order indices
     * @return {@code N * saltelliBlock(k, secondOrder)} rows of {@code k} values in [0,1)
     */
    public static double[][] saltelli(int k, int baseSamples, boolean secondOrder) {
        return saltelli(k, baseSamples, secondOrder, 1);
    }

    /**
     * As {@link #saltelli(int, int, boolean)}, with the base sequence taken as
     * {@code sobol(2k, baseSamples, skip)}. The row layout is identical.
     *
     * @param k number of factors, 1 to {@code MAX_SOBOL_DIMENSION / 2}
     * @param baseSamples number of base samples N, at least 1
     * @param secondOrder whether to include the BA rows
     * @param skip number of leading points of the 2k-dimensional Sobol sequence dropped, at least 0
     * @return {@code N * saltelliBlock(k, secondOrder)} rows of {@code k} values in [0,1)
     */
    public static double[][] saltelli(int k, int baseSamples, boolean secondOrder, int skip) {
        requirePositive(k, "k");
        requirePositive(baseSamples, "baseSamples");
        if (2 * (long) k > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException("Saltelli sampling needs a Sobol sequence of 2k "
                    + "dimensions, at most " + MAX_SOBOL_DIMENSION + "; k = " + k + " is too many");
        }
        int block = saltelliBlock(k, secondOrder);
        long total = (long) baseSamples * block;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Saltelli design with " + baseSamples
                    + " base samples and " + k + " factors has too many rows");
        }
        double[][] base = sobol(2 * k, baseSamples, skip);
        double[][] design = new double[(int) total][];
        int row = 0;
        for (int j = 0; j < baseSamples; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(base[j], 0, a, 0, k);
            System.arraycopy(base[j], k, b, 0, k);

            design[row++] = a.clone();
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                design[row++] = ab;
            }
            if (secondOrder) {
                for (int i = 0; i < k; i++) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    design[row++] = ba;
                }
            }
            design[row++] = b.clone();
        }
        return design;
    }

    // ---------------------------------------------------------------------------------------------
    // Morris
    // ---------------------------------------------------------------------------------------------

    /**
     * The Morris step Δ = p / (2(p − 1)) for a p-level grid. With p even this is a whole number of
     * grid steps (p/2), so every point x and x ± Δ are both grid points and each level is equally
     * likely to be visited (Morris 1991).
     *
     * @param levels number of grid levels p, even and at least 2
     * @return Δ
     */
    public static double morrisDelta(int levels) {
        requireMorrisLevels(levels);
        return levels / (2.0 * (levels - 1));
    }

    /**
     * Morris (1991) elementary-effects trajectories, built as in Campolongo, Cariboni &amp; Saltelli
     * (2007):
     *
     * <pre>
     *   B* = (J x* + (Δ/2) ((2B − J) D* + J)) P*
     * </pre>
     *
     * where B is the (k+1)×k strictly lower-triangular matrix of ones, J the matrix of ones, x* a
     * random base point with each coordinate drawn uniformly from {0, 1/(p−1), …, 1 − Δ}, D* a
     * random diagonal matrix of ±1 and P* a random k×k permutation matrix. Each entry of
     * (2B − J)D* + J is 0 or 2, so every coordinate is either x*_i or x*_i + Δ, which is why all
     * points stay on the grid and inside [0,1] without any clipping; D* decides whether a factor
     * moves up or down, P* the order in which factors move.
     *
     * <p>The arithmetic is done on integer level indices and divided by (p − 1) only at the end, so
     * every value is exactly {@code level / (p − 1)} and "did this coordinate change" is an exact
     * comparison, not a tolerance.
     *
     * <p>Layout: trajectory t occupies rows {@code t(k+1) … t(k+1)+k}. Consecutive rows within a
     * trajectory differ in exactly one coordinate, by exactly ±Δ (up to the rounding of the two
     * divisions), and each factor changes exactly once per trajectory. Use
     * {@link #morrisChangedFactor} to recover which.
     *
     * <p>Draw order per trajectory (part of the reproducibility contract): k calls
     * {@code nextInt(p/2)} for x* in factor order, then k calls {@code nextBoolean()} for the signs
     * in D* (true = +1), then a Fisher–Yates shuffle of 0..k−1 for P* (as in
     * {@link #latinHypercube}).
     *
     * @param k number of factors, at least 1
     * @param trajectories number of trajectories r, at least 1
     * @param levels number of grid levels p, even and at least 2
     * @param seed seed for a fresh {@link MersenneTwister}
     * @return {@code r(k+1)} rows of {@code k} grid values in [0,1]
     */
    public static double[][] morris(int k, int trajectories, int levels, long seed) {
        requirePositive(k, "k");
        requirePositive(trajectories, "trajectories");
        requireMorrisLevels(levels);
        long total = (long) trajectories * (k + 1);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Morris design with " + trajectories
                    + " trajectories and " + k + " factors has too many rows");
        }
        // Δ measured in grid steps; base levels must leave room for one such step upwards.
        int step = levels / 2;
        double denominator = levels - 1;
        RandomGenerator rng = new MersenneTwister(seed);
        double[][] design = new double[(int) total][];

        int[] base = new int[k];
        boolean[] up = new boolean[k];
        int[] perm = new int[k];
        int row = 0;
        for (int t = 0; t < trajectories; t++) {
            for (int j = 0; j < k; j++) {
                base[j] = rng.nextInt(step); // 0 .. p/2 - 1, i.e. {0, …, 1 − Δ}
            }
            for (int j = 0; j < k; j++) {
                up[j] = rng.nextBoolean();
            }
            for (int j = 0; j < k; j++) {
                perm[j] = j;
            }
            shuffle(perm, rng);

            for (int m = 0; m <= k; m++) {
                double[] point = new double[k];
                for (int j = 0; j < k; j++) {
                    // Row m of B has ones in columns 0..m-1: those factors have already moved.
                    boolean moved = j < m;
                    // ((2B − J)D* + J)/2 is 1 exactly when (moved and +1) or (not moved and −1):
                    // a factor moving down starts at x* + Δ and ends at x*.
                    boolean high = moved == up[j];
                    int level = base[j] + (high ? step : 0);
                    // Right-multiplying by P* sends column j to column perm[j].
                    point[perm[j]] = level / denominator;
                }
                design[row++] = point;
            }
        }
        return design;
    }

    /**
     * For each row of a Morris design, the index of the one factor that changed from the previous
     * row, or −1 for the first row of each trajectory. The analysis needs it to attribute each
     * elementary effect (y_m − y_{m−1}) / (±Δ) to its factor; recomputing it from the design rather
     * than storing the permutation keeps the design the single source of truth, also after it has
     * been written to and read back from a file.
     *
     * <p>Exact comparison is correct for designs from {@link #morris}, whose unchanged coordinates
     * are bit-for-bit equal. A design that has been scaled or round-tripped through text may not
     * be; compare the unit design instead.
     *
     * @param design rows from {@link #morris}, trajectory by trajectory
     * @param k number of factors
     * @return one entry per row
     * @throws IllegalArgumentException if the row count is not a multiple of k+1, a row does not
     *     have k values, or two consecutive rows within a trajectory do not differ in exactly one
     *     coordinate
     */
    public static int[] morrisChangedFactor(double[][] design, int k) {
        Objects.requireNonNull(design, "design");
        requirePositive(k, "k");
        if (design.length % (k + 1) != 0) {
            throw new IllegalArgumentException("a Morris design over " + k + " factors has a "
                    + "multiple of " + (k + 1) + " rows; got " + design.length);
        }
        int[] changed = new int[design.length];
        for (int r = 0; r < design.length; r++) {
            if (design[r] == null || design[r].length != k) {
                throw new IllegalArgumentException("row " + r + " does not have " + k + " values");
            }
            if (r % (k + 1) == 0) {
                changed[r] = -1;
                continue;
            }
            int which = -1;
            for (int j = 0; j < k; j++) {
                if (Double.compare(design[r][j], design[r - 1][j]) != 0) {
                    if (which != -1) {
                        throw new IllegalArgumentException("rows " + (r - 1) + " and " + r
                                + " differ in factors " + which + " and " + j + "; expected one");
                    }
                    which = j;
                }
            }
            if (which == -1) {
                throw new IllegalArgumentException(
                        "rows " + (r - 1) + " and " + r + " are identical; expected one change");
            }
            changed[r] = which;
        }
        return changed;
    }

    // ---------------------------------------------------------------------------------------------
    // Scaling
    // ---------------------------------------------------------------------------------------------

    /**
     * Maps a unit-cube row to the factors' ranges: {@code min[i] + u[i] (max[i] − min[i])}. Kept
     * separate from the generators so that designs can be analysed, compared and stored on the unit
     * cube, where their properties (strata, grid levels, Δ) are defined. A factor with
     * {@code min == max} is held fixed. Non-linear ranges (e.g. log-uniform) should transform the
     * scaled value, not be expressed through this method.
     *
     * @param unitRow values, normally in [0,1]
     * @param min lower bound per factor
     * @param max upper bound per factor, not below {@code min}
     * @return a new array; the inputs are not modified
     * @throws IllegalArgumentException if the lengths differ, a bound is not finite or
     *     {@code min > max} (more likely a swapped pair in a sweep file than an intent to reverse)
     */
    public static double[] scale(double[] unitRow, double[] min, double[] max) {
        Objects.requireNonNull(unitRow, "unitRow");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.length != unitRow.length || max.length != unitRow.length) {
            throw new IllegalArgumentException("row has " + unitRow.length + " values but min has "
                    + min.length + " and max " + max.length);
        }
        double[] out = new double[unitRow.length];
        for (int i = 0; i < unitRow.length; i++) {
            if (!Double.isFinite(min[i]) || !Double.isFinite(max[i])) {
                throw new IllegalArgumentException("bounds of factor " + i + " are not finite");
            }
            if (min[i] > max[i]) {
                throw new IllegalArgumentException("factor " + i + " has min " + min[i]
                        + " above max " + max[i]);
            }
            out[i] = min[i] + unitRow[i] * (max[i] - min[i]);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** Fisher–Yates; written out because the exact draws are part of the seeded contract. */
    private static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1; got " + value);
        }
    }

    private static void requireMorrisLevels(int levels) {
        // Odd p makes Δ a non-integer number of grid steps, so x + Δ would fall off the grid.
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException(
                    "Morris levels must be even and at least 2; got " + levels);
        }
    }
}
