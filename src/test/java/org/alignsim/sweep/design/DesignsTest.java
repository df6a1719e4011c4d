package org.alignsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DesignsTest {

    private static final double EPS = 1e-12;

    @Nested
    class FullFactorial {

        @Test
        void rowCountIsProductAndEachCombinationOccursOnce() {
            int[] counts = {3, 1, 4, 2};
            int[][] d = Designs.fullFactorial(counts);
            assertEquals(3 * 1 * 4 * 2, d.length);
            Set<List<Integer>> seen = new HashSet<>();
            for (int[] row : d) {
                assertEquals(counts.length, row.length);
                for (int i = 0; i < row.length; i++) {
                    assertTrue(row[i] >= 0 && row[i] < counts[i], "level out of range");
                }
                assertTrue(seen.add(Arrays.stream(row).boxed().toList()), "duplicate row");
            }
            assertEquals(d.length, seen.size());
        }

        @Test
        void orderIsNestedLoopsWithLastFactorFastest() {
            int[] counts = {2, 3, 2};
            int[][] d = Designs.fullFactorial(counts);
            int r = 0;
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 3; b++) {
                    for (int c = 0; c < 2; c++) {
                        assertArrayEquals(new int[] {a, b, c}, d[r++], "row " + (r - 1));
                    }
                }
            }
            assertArrayEquals(new int[] {0, 0, 1}, d[1]);
            assertArrayEquals(new int[] {0, 1, 0}, d[2]);
        }

        @Test
        void singleFactorAndEmptyFactorList() {
            int[][] one = Designs.fullFactorial(new int[] {4});
            assertEquals(4, one.length);
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(new int[] {i}, one[i]);
            }
            int[][] none = Designs.fullFactorial(new int[0]);
            assertEquals(1, none.length);
            assertEquals(0, none[0].length);
        }

        @Test
        void rejectsCountBelowOneAndHugeDesigns() {
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.fullFactorial(new int[] {2, 0, 3}));
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.fullFactorial(new int[] {-1}));
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.fullFactorial(new int[] {100_000, 100_000, 100_000}));
        }
    }

    @Nested
    class LatinHypercube {

        @Test
        void eachStratumOfEachDimensionHoldsExactlyOnePoint() {
            int k = 5;
            int n = 37;
            double[][] d = Designs.latinHypercube(k, n, 42L);
            assertEquals(n, d.length);
            for (int dim = 0; dim < k; dim++) {
                boolean[] hit = new boolean[n];
                for (double[] row : d) {
                    assertEquals(k, row.length);
                    double x = row[dim];
                    assertTrue(x >= 0.0 && x < 1.0, "out of [0,1): " + x);
                    int s = (int) Math.floor(x * n);
                    assertFalse(hit[s], "stratum " + s + " of dim " + dim + " hit twice");
                    hit[s] = true;
                }
            }
        }

        @Test
        void sameSeedSameDesignDifferentSeedDifferentDesign() {
            double[][] a = Designs.latinHypercube(3, 20, 7L);
            double[][] b = Designs.latinHypercube(3, 20, 7L);
            double[][] c = Designs.latinHypercube(3, 20, 8L);
            assertTrue(Arrays.deepEquals(a, b));
            assertFalse(Arrays.deepEquals(a, c));
        }

        @Test
        void dimensionsAreNotPermutedIdentically() {
            // If the same permutation were reused for every dimension, all points would sit on the
            // diagonal strata; independent permutations make that (for n = 50) essentially
            // impossible.
            int n = 50;
            double[][] d = Designs.latinHypercube(2, n, 3L);
            boolean anyOffDiagonal = false;
            for (double[] row : d) {
                if ((int) (row[0] * n) != (int) (row[1] * n)) {
                    anyOffDiagonal = true;
                }
            }
            assertTrue(anyOffDiagonal);
        }

        @Test
        void positionsWithinStrataAreNotAllAtTheSameOffset() {
            // Guards against a "centred" LHS (s + 0.5)/n masquerading as the random version.
            int n = 30;
            double[][] d = Designs.latinHypercube(1, n, 11L);
            Set<Double> offsets = new TreeSet<>();
            for (double[] row : d) {
                double f = row[0] * n - Math.floor(row[0] * n);
                offsets.add(Math.round(f * 1e6) / 1e6);
            }
            assertTrue(offsets.size() > n / 2, "offsets " + offsets);
        }

        @Test
        void rejectsNonPositiveSizes() {
            assertThrows(IllegalArgumentException.class, () -> Designs.latinHypercube(0, 5, 1L));
            assertThrows(IllegalArgumentException.class, () -> Designs.latinHypercube(2, 0, 1L));
        }
    }

    @Nested
    class Sobol {

        @Test
        void firstPointAfterSkippingOriginIsAllHalves() {
            double[][] d = Designs.sobol(6, 3);
            double[] half = new double[6];
            Arrays.fill(half, 0.5);
            assertArrayEquals(half, d[0], 0.0);
            // The next points of the standard Joe–Kuo sequence in two dimensions.
            double[][] d2 = Designs.sobol(2, 3);
            assertArrayEquals(new double[] {0.75, 0.25}, d2[1], 0.0);
            assertArrayEquals(new double[] {0.25, 0.75}, d2[2], 0.0);
        }

        @Test
        void pointsAreInHalfOpenUnitCube() {
            for (double[] row : Designs.sobol(10, 2000)) {
                for (double x : row) {
                    assertTrue(x >= 0.0 && x < 1.0, "out of [0,1): " + x);
                }
            }
        }

        @Test
        void oneDimensionalPointsFormTheDyadicGrid() {
            // The first 2^m Sobol points counted from the origin are exactly {j / 2^m}. Because
            // the origin is skipped, that is the first 2^m - 1 returned points plus 0.
            int m = 4;
            int size = 1 << m;
            double[][] d = Designs.sobol(1, size);
            Set<Double> got = new TreeSet<>();
            got.add(0.0);
            for (int i = 0; i < size - 1; i++) {
                got.add(d[i][0]);
            }
            Set<Double> grid = new TreeSet<>();
            for (int j = 0; j < size; j++) {
                grid.add((double) j / size);
            }
            assertEquals(grid, got);
            // ... and the 2^m-th returned point starts the next, finer level.
            assertFalse(grid.contains(d[size - 1][0]));
        }

        @Test
        void eachCoordinateAveragesToOneHalf() {
            int k = 8;
            double[][] d = Designs.sobol(k, 1024);
            for (int j = 0; j < k; j++) {
                double sum = 0;
                for (double[] row : d) {
                    sum += row[j];
                }
                assertEquals(0.5, sum / d.length, 1e-2, "dimension " + j);
            }
        }

        @Test
        void skipSelectsAContiguousStretchOfTheSequence() {
            double[][] all = Designs.sobol(5, 40, 0);
            assertArrayEquals(new double[5], all[0], 0.0); // point 0 is the origin
            assertTrue(Arrays.deepEquals(Arrays.copyOfRange(all, 1, 40), Designs.sobol(5, 39)));
            assertTrue(Arrays.deepEquals(Arrays.copyOfRange(all, 17, 40),
                    Designs.sobol(5, 23, 17)));
            assertThrows(IllegalArgumentException.class, () -> Designs.sobol(2, 3, -1));
        }

        @Test
        void deterministicAndDimensionLimits() {
            assertTrue(Arrays.deepEquals(Designs.sobol(4, 50), Designs.sobol(4, 50)));
            assertEquals(1000, Designs.sobol(1000, 2)[0].length);
            assertThrows(IllegalArgumentException.class, () -> Designs.sobol(1001, 2));
            assertThrows(IllegalArgumentException.class, () -> Designs.sobol(0, 2));
            assertThrows(IllegalArgumentException.class, () -> Designs.sobol(2, 0));
        }
    }

    @Nested
    class Saltelli {

        @Test
        void rowCountsAndBlockSize() {
            assertEquals(5, Designs.saltelliBlock(3, false));
            assertEquals(8, Designs.saltelliBlock(3, true));
            assertEquals(16 * 5, Designs.saltelli(3, 16, false).length);
            assertEquals(16 * 8, Designs.saltelli(3, 16, true).length);
            assertEquals(7 * (2 * 4 + 2), Designs.saltelli(4, 7, true).length);
        }

        @Test
        void blocksFollowTheDocumentedLayout() {
            for (boolean second : new boolean[] {false, true}) {
                int k = 4;
                int n = 32;
                double[][] d = Designs.saltelli(k, n, second);
                int b = Designs.saltelliBlock(k, second);
                double[][] base = Designs.sobol(2 * k, n);
                for (int j = 0; j < n; j++) {
                    double[] a = d[j * b];
                    double[] bb = d[j * b + b - 1];
                    assertArrayEquals(Arrays.copyOfRange(base[j], 0, k), a, 0.0);
                    assertArrayEquals(Arrays.copyOfRange(base[j], k, 2 * k), bb, 0.0);
                    for (int i = 0; i < k; i++) {
                        double[] ab = d[j * b + 1 + i];
                        for (int c = 0; c < k; c++) {
                            assertEquals(c == i ? bb[c] : a[c], ab[c], 0.0,
                                    "AB^(" + i + ") col " + c + " block " + j);
                        }
                        if (second) {
                            double[] ba = d[j * b + 1 + k + i];
                            for (int c = 0; c < k; c++) {
                                assertEquals(c == i ? a[c] : bb[c], ba[c], 0.0,
                                        "BA^(" + i + ") col " + c + " block " + j);
                            }
                        }
                    }
                }
            }
        }

        @Test
        void aAndBRowsDifferInEveryBlockButTheFirst() {
            // Block 0 comes from Sobol point 1, (0.5, ..., 0.5) in all 2k dimensions, so A_0 and
            // B_0 coincide; the Javadoc documents this. Every later block must have A != B.
            for (int k : new int[] {2, 3, 7}) {
                int b = Designs.saltelliBlock(k, true);
                double[][] d = Designs.saltelli(k, 256, true);
                assertArrayEquals(d[0], d[b - 1], 0.0, "block 0, k = " + k);
                for (int j = 1; j < 256; j++) {
                    assertFalse(Arrays.equals(d[j * b], d[j * b + b - 1]),
                            "block " + j + ", k = " + k);
                }
            }
        }

        @Test
        void largerSkipRemovesTheDegenerateFirstBlockAndKeepsTheLayout() {
            int k = 3;
            int n = 16;
            int b = Designs.saltelliBlock(k, false);
            double[][] d = Designs.saltelli(k, n, false, 16);
            assertEquals(n * b, d.length);
            double[][] base = Designs.sobol(2 * k, n, 16);
            for (int j = 0; j < n; j++) {
                assertArrayEquals(Arrays.copyOfRange(base[j], 0, k), d[j * b], 0.0);
                assertArrayEquals(Arrays.copyOfRange(base[j], k, 2 * k), d[j * b + b - 1], 0.0);
                assertFalse(Arrays.equals(d[j * b], d[j * b + b - 1]), "block " + j);
            }
            assertTrue(Arrays.deepEquals(Designs.saltelli(k, n, true),
                    Designs.saltelli(k, n, true, 1)));
        }

        @Test
        void rejectsTooManyFactors() {
            assertEquals(500, Designs.saltelli(500, 1, false)[0].length);
            assertThrows(IllegalArgumentException.class, () -> Designs.saltelli(501, 1, false));
            assertThrows(IllegalArgumentException.class, () -> Designs.saltelli(2, 0, true));
        }
    }

    @Nested
    class Morris {

        private final int k = 6;
        private final int r = 25;
        private final int p = 4;
        private final double delta = 4.0 / 6.0;

        @Test
        void deltaFollowsTheFormula() {
            assertEquals(delta, Designs.morrisDelta(4), EPS);
            assertEquals(1.0, Designs.morrisDelta(2), EPS);
            assertEquals(8.0 / 14.0, Designs.morrisDelta(8), EPS);
        }

        @Test
        void rowCountAndRowWidth() {
            double[][] d = Designs.morris(k, r, p, 1L);
            assertEquals(r * (k + 1), d.length);
            for (double[] row : d) {
                assertEquals(k, row.length);
            }
        }

        @Test
        void consecutiveRowsDifferInExactlyOneCoordinateByDelta() {
            double[][] d = Designs.morris(k, r, p, 2L);
            for (int t = 0; t < r; t++) {
                int[] timesChanged = new int[k];
                for (int m = 1; m <= k; m++) {
                    double[] prev = d[t * (k + 1) + m - 1];
                    double[] cur = d[t * (k + 1) + m];
                    int changes = 0;
                    for (int j = 0; j < k; j++) {
                        double diff = Math.abs(cur[j] - prev[j]);
                        if (diff > EPS) {
                            changes++;
                            timesChanged[j]++;
                            assertEquals(delta, diff, EPS, "trajectory " + t + " step " + m);
                        }
                    }
                    assertEquals(1, changes, "trajectory " + t + " step " + m);
                }
                for (int j = 0; j < k; j++) {
                    assertEquals(1, timesChanged[j], "factor " + j + " in trajectory " + t);
                }
            }
        }

        @Test
        void allValuesAreGridPointsInUnitInterval() {
            for (int levels : new int[] {2, 4, 6, 10}) {
                double[][] d = Designs.morris(k, r, levels, 3L);
                for (double[] row : d) {
                    for (double x : row) {
                        assertTrue(x >= 0.0 && x <= 1.0, "out of [0,1]: " + x);
                        double scaled = x * (levels - 1);
                        assertEquals(Math.rint(scaled), scaled, 1e-9, "off the grid: " + x);
                    }
                }
            }
        }

        @Test
        void bothDirectionsAndManyOrdersOccur() {
            // D* and P* must really be random: some steps go up, some down, and trajectories do
            // not all move the factors in the same order.
            double[][] d = Designs.morris(k, r, p, 4L);
            int[] changed = Designs.morrisChangedFactor(d, k);
            int ups = 0;
            int downs = 0;
            Set<List<Integer>> orders = new HashSet<>();
            for (int t = 0; t < r; t++) {
                Integer[] order = new Integer[k];
                for (int m = 1; m <= k; m++) {
                    int row = t * (k + 1) + m;
                    order[m - 1] = changed[row];
                    if (d[row][changed[row]] > d[row - 1][changed[row]]) {
                        ups++;
                    } else {
                        downs++;
                    }
                }
                orders.add(List.of(order));
            }
            assertTrue(ups > 0 && downs > 0, "ups " + ups + " downs " + downs);
            assertTrue(orders.size() > r / 2, "distinct orders " + orders.size());
        }

        @Test
        void changedFactorAgreesWithDirectComparison() {
            double[][] d = Designs.morris(k, r, p, 5L);
            int[] changed = Designs.morrisChangedFactor(d, k);
            assertEquals(d.length, changed.length);
            for (int row = 0; row < d.length; row++) {
                if (row % (k + 1) == 0) {
                    assertEquals(-1, changed[row]);
                    continue;
                }
                int expected = -1;
                for (int j = 0; j < k; j++) {
                    if (Math.abs(d[row][j] - d[row - 1][j]) > 0.5 * delta) {
                        expected = j;
                    }
                }
                assertEquals(expected, changed[row], "row " + row);
            }
        }

        @Test
        void changedFactorOnAHandBuiltDesign() {
            double[][] d = {
                {0.0, 0.0}, {0.0, 1.0}, {1.0, 1.0},
                {1.0, 0.0}, {0.0, 0.0}, {0.0, 1.0},
            };
            assertArrayEquals(new int[] {-1, 1, 0, -1, 0, 1}, Designs.morrisChangedFactor(d, 2));
        }

        @Test
        void changedFactorRejectsMalformedDesigns() {
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.morrisChangedFactor(new double[][] {{0, 0}, {1, 0}}, 2));
            assertThrows(IllegalArgumentException.class, () -> Designs.morrisChangedFactor(
                    new double[][] {{0, 0}, {1, 1}, {1, 0}}, 2));
            assertThrows(IllegalArgumentException.class, () -> Designs.morrisChangedFactor(
                    new double[][] {{0, 0}, {0, 0}, {1, 0}}, 2));
        }

        @Test
        void sameSeedSameDesignDifferentSeedDifferentDesign() {
            assertTrue(Arrays.deepEquals(Designs.morris(k, r, p, 9L), Designs.morris(k, r, p, 9L)));
            assertFalse(Arrays.deepEquals(Designs.morris(k, r, p, 9L),
                    Designs.morris(k, r, p, 10L)));
        }

        @Test
        void rejectsOddOrTooFewLevelsAndBadSizes() {
            assertThrows(IllegalArgumentException.class, () -> Designs.morris(k, r, 3, 1L));
            assertThrows(IllegalArgumentException.class, () -> Designs.morris(k, r, 0, 1L));
            assertThrows(IllegalArgumentException.class, () -> Designs.morris(k, r, 1, 1L));
            assertThrows(IllegalArgumentException.class, () -> Designs.morris(0, r, 4, 1L));
            assertThrows(IllegalArgumentException.class, () -> Designs.morris(k, 0, 4, 1L));
        }
    }

    @Nested
    class Scale {

        @Test
        void mapsAffinelyPerFactor() {
            double[] out = Designs.scale(new double[] {0.0, 0.5, 1.0, 0.25},
                    new double[] {10, -1, 2, 3}, new double[] {20, 1, 4, 3});
            assertArrayEquals(new double[] {10, 0, 4, 3}, out, EPS);
        }

        @Test
        void doesNotModifyInputAndRejectsBadBounds() {
            double[] u = {0.3};
            Designs.scale(u, new double[] {1}, new double[] {2});
            assertEquals(0.3, u[0]);
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.scale(new double[] {0.5}, new double[] {2}, new double[] {1}));
            assertThrows(IllegalArgumentException.class,
                    () -> Designs.scale(new double[] {0.5, 0.5}, new double[] {0}, new double[] {1}));
            assertThrows(IllegalArgumentException.class, () -> Designs.scale(new double[] {0.5},
                    new double[] {0}, new double[] {Double.POSITIVE_INFINITY}));
        }
    }
}
