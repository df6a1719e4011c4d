package org.alignsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model's bulk stream is MASON's generator's, bit for bit, across block boundaries and after priming. */
class DrawsTest {

    @Test
    void doublesInBulkAreMasonsOneByOne() {
        for (long seed : new long[]{0, 1, 42, -5, 20240711, Long.MAX_VALUE, Long.MIN_VALUE, 0x1234_5678_9abcL}) {
            for (int skip : new int[]{0, 1, 623, 624, 1249}) {
                MersenneTwisterFast mason = new MersenneTwisterFast(seed);
                for (int k = 0; k < skip; k++) mason.nextInt();
                Draws ours = new Draws(seed);
                ours.skipWords(skip);
                double[] out = new double[700];
                for (int round = 0; round < 40; round++) {
                    int count = round % 3 == 0 ? 76 : round % 3 == 1 ? 1 + round : 700;
                    ours.doubles(out, count);
                    for (int k = 0; k < count; k++) {
                        assertEquals(Double.doubleToRawLongBits(mason.nextDouble()), Double.doubleToRawLongBits(out[k]),
                                "seed " + seed + ", skip " + skip + ", round " + round + ", number " + k);
                    }
                    assertEquals(Double.doubleToRawLongBits(mason.nextDouble()), Double.doubleToRawLongBits(ours.nextDouble()));
                }
            }
        }
    }

    @Test
    void aReseededModelDrawsTheSameAsANewOne() {
        World w = new World(TestScenarios.mini());
        AlignmentModel fresh = new AlignmentModel(w, 7);
        Outcome a = fresh.runToEnd();
        AlignmentModel reseeded = new AlignmentModel(w, 3);
        reseeded.setSeed(7);
        Outcome b = reseeded.runToEnd();
        assertEquals(a.finalAlignment(), b.finalAlignment());
        assertEquals(a.last(), b.last());
    }
}
