package org.alignsim.model;

/**
 * The run's uniform numbers: the same Mersenne Twister (MT19937) stream, number for number, as
 * MASON's {@code ec.util.MersenneTwisterFast} seeded the same way and asked for {@code nextDouble}
 * one at a time (DrawsTest holds the two to the same bits), but made in bulk: a step needs two
 * numbers for every state, and drawing them one call at a time, each call tempering its two words
 * and checking for the end of the block twice, was a tenth of a run. Here a block's 624 words are
 * tempered in one loop, and a number is two words read from it.
 */
final class Draws {
    private static final int N = 624, M = 397;
    private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;
    private static final int TEMPERING_MASK_B = 0x9d2c5680, TEMPERING_MASK_C = 0xefc60000;
    /** 2^-53: a double from 53 random bits, as nextDouble's division by 2^53 (exact either way). */
    private static final double UNIT = 1.0 / (1L << 53);

    private final int[] mt = new int[N];
    /** The block's words tempered, as nextInt returns them. */
    private final int[] tempered = new int[N];
    private int next;

    /** The stream of {@code new MersenneTwisterFast(seed)}. */
    Draws(long seed) {
        reseed(seed);
    }

    /** Starts the stream of {@code new MersenneTwisterFast(seed)} again, in place. */
    void reseed(long seed) {
        mt[0] = (int) seed;
        for (int k = 1; k < N; k++) mt[k] = 1812433253 * (mt[k - 1] ^ (mt[k - 1] >>> 30)) + k;
        next = N;
    }

    /** Passes over {@code count} 32-bit words, as that many calls of nextInt would. */
    void skipWords(int count) {
        while (count > 0) {
            if (next == N) refill();
            int take = Math.min(count, N - next);
            next += take;
            count -= take;
        }
    }

    /** Fills {@code out[0, count)} with the next doubles in [0, 1), as that many calls of nextDouble would. */
    void doubles(double[] out, int count) {
        for (int k = 0; k < count; k++) {
            // Two words a number; a number whose words straddle two blocks is rare (one in 312).
            if (next >= N - 1) {
                out[k] = nextDouble();
                continue;
            }
            int y = tempered[next], z = tempered[next + 1];
            next += 2;
            out[k] = fromWords(y, z);
        }
    }

    /** One double: nextDouble. */
    double nextDouble() {
        int y = word(), z = word();
        return fromWords(y, z);
    }

    /** nextDouble's number from two tempered words: 53 bits, 27 from the first and 26 from the second. */
    private static double fromWords(int y, int z) {
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) * UNIT;
    }

    private int word() {
        if (next == N) refill();
        return tempered[next++];
    }

    /** The next block of N words (MT19937's twist), and their tempering. */
    private void refill() {
        int[] m = mt;
        int kk = 0, y;
        for (; kk < N - M; kk++) {
            y = (m[kk] & UPPER_MASK) | (m[kk + 1] & LOWER_MASK);
            m[kk] = m[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            y = (m[kk] & UPPER_MASK) | (m[kk + 1] & LOWER_MASK);
            m[kk] = m[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (m[N - 1] & UPPER_MASK) | (m[0] & LOWER_MASK);
        m[N - 1] = m[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        int[] t = tempered;
        for (int k = 0; k < N; k++) {
            int x = m[k];
            x ^= x >>> 11;
            x ^= (x << 7) & TEMPERING_MASK_B;
            x ^= (x << 15) & TEMPERING_MASK_C;
            x ^= x >>> 18;
            t[k] = x;
        }
        next = 0;
    }
}
