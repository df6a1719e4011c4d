package org.alignsim.sweep;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A point's replications reach the summaries as the successful ones' values in replication order,
 * whether they were kept in memory or spilled to a scratch file in blocks, and whatever order
 * (and threads) they finished in.
 */
class ReplicationSeriesTest {
    private static final int REPS = 53, STEPS = 5, WIDTH = 3;

    /** Replication r's series; null for the failed ones. */
    private static double[][][] series() {
        Random rnd = new Random(11);
        double[][][] s = new double[REPS][][];
        for (int r = 0; r < REPS; r++) {
            if (r == 0 || r == 17 || r == 52) continue;   // failed runs, first, middle and last
            s[r] = new double[STEPS][WIDTH];
            for (int t = 0; t < STEPS; t++) for (int c = 0; c < WIDTH; c++) s[r][t][c] = rnd.nextGaussian();
        }
        return s;
    }

    /** What each cell should receive, built straight from the series. */
    private static List<double[]> expected(double[][][] s) {
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < STEPS; t++) {
            for (int c = 0; c < WIDTH; c++) {
                List<Double> v = new ArrayList<>();
                for (double[][] rep : s) if (rep != null) v.add(rep[t][c]);
                out.add(v.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return out;
    }

    private static List<double[]> gather(ReplicationSeries rs) {
        List<double[]> got = new ArrayList<>();
        rs.forEachCell((cell, values) -> {
            assertEquals(got.size(), cell, "cells come in order");
            got.add(values.clone());
        });
        return got;
    }

    private static void assertSame(List<double[]> want, List<double[]> got) {
        assertEquals(want.size(), got.size());
        for (int k = 0; k < want.size(); k++) assertArrayEquals(want.get(k), got.get(k), 0.0, "cell " + k);
    }

    private static List<Integer> shuffledReps(long seed) {
        List<Integer> order = new ArrayList<>();
        for (int r = 0; r < REPS; r++) order.add(r);
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    @Test
    void inMemoryAndSpilledGiveTheSameValuesInReplicationOrder() {
        double[][][] s = series();
        List<double[]> want = expected(s);
        int cells = STEPS * WIDTH;
        // In memory; spilled with 4 replications a block (13 full blocks and a partial one) and
        // 2 cells a group; spilled with one replication a block and one cell a group.
        ReplicationSeries[] stores = {
                new ReplicationSeries(REPS, cells, Long.MAX_VALUE, 1 << 20, 1 << 20),
                new ReplicationSeries(REPS, cells, 0, 4L * cells * Double.BYTES, 2L * (REPS - 3) * Double.BYTES),
                new ReplicationSeries(REPS, cells, 0, 1, 1)};
        assertFalse(stores[0].spilling());
        assertTrue(stores[1].spilling());
        for (ReplicationSeries rs : stores) {
            try (rs) {
                List<Integer> order = shuffledReps(3);
                for (int k = 0; k < order.size(); k++) {
                    boolean last = rs.put(order.get(k), s[order.get(k)]);
                    assertEquals(k == order.size() - 1, last, "only the last put completes the point");
                }
                assertEquals(REPS - 3, rs.okCount());
                assertSame(want, gather(rs));
            }
        }
    }

    @Test
    void putsFromSeveralThreadsLoseNothing() throws Exception {
        double[][][] s = series();
        int cells = STEPS * WIDTH;
        ReplicationSeries rs = new ReplicationSeries(REPS, cells, 0, 3L * cells * Double.BYTES, 1 << 20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (rs) {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int r : shuffledReps(5)) done.add(pool.submit(() -> rs.put(r, s[r])));
            int completing = 0;
            for (Future<Boolean> f : done) if (f.get()) completing++;
            assertEquals(1, completing, "exactly one put completes the point");
            assertSame(expected(s), gather(rs));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPointWithEveryRunFailedHandsEmptyValues() {
        ReplicationSeries rs = new ReplicationSeries(4, 6, 0, 1, 1);
        for (int r = 0; r < 4; r++) rs.put(r, null);
        List<double[]> got = gather(rs);
        assertEquals(6, got.size());
        for (double[] v : got) assertEquals(0, v.length);
        rs.close();
    }
}
