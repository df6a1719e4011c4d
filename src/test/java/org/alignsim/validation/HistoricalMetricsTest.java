package org.alignsim.validation;

import org.alignsim.data.History;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** China's phases and the UN reference figures, on paths and data made up so the answers are known. */
class HistoricalMetricsTest {
    @TempDir
    Path tmp;

    /** A backcast world: US and USSR poles, China and two others deciding, 1950-2000 yearly. */
    private World world() throws IOException {
        Path f = tmp.resolve("history.yaml");
        Files.writeString(f, """
                name: history
                time: {start_year: 1950, horizon_years: 50, steps_per_year: 1}
                poles: {west: USA, east: RUS}
                states:
                  USA: {region: north_america, capital: {lat: 38.9, lon: -77.0}, gdp: 300, milex: 14, population: 150}
                  RUS: {region: europe, capital: {lat: 55.8, lon: 37.6}, gdp: 150, milex: 14, population: 180}
                  CHN: {region: east_asia, capital: {lat: 39.9, lon: 116.4}, gdp: 50, milex: 2, population: 550}
                  GBR: {region: europe, capital: {lat: 51.5, lon: -0.1}, gdp: 70, milex: 2, population: 50}
                  JPN: {region: east_asia, capital: {lat: 35.7, lon: 139.8}, gdp: 33, milex: 0.3, population: 84}
                """);
        return new World(ScenarioLoader.load(f).scenario());
    }

    /** Runs whose China follows the given stance in each phase [1950,1970), [1970,1990), [1990,2001). */
    private static Trajectories china(World w, double[][] phaseStances) {
        int steps = 51, chn = w.index.get("CHN");
        double[] years = new double[steps];
        double[][][] a = new double[phaseStances.length][steps][w.n];
        for (int k = 0; k < steps; k++) {
            years[k] = 1950 + k;
            for (int r = 0; r < phaseStances.length; r++) a[r][k][chn] = phaseStances[r][years[k] < 1970 ? 0 : years[k] < 1990 ? 1 : 2];
        }
        return new Trajectories(w, years, a, a, new int[phaseStances.length][steps][w.n], new boolean[phaseStances.length]);
    }

    @Test
    void phaseSignsAreCountedPerRunAndTheUnDistanceReadsTheData() throws IOException {
        World w = world();
        ValidationSpec.China c = new ValidationSpec.China("CHN", new double[][]{{1950, 1970}, {1970, 1990}, {1990, 2001}}, new int[]{1, -1});
        // Run 1 gets both shifts right, run 2 only the first, run 3 neither, run 4 both.
        Trajectories t = china(w, new double[][]{{-0.5, 0.5, -0.2}, {-0.5, 0.5, 0.6}, {0.1, 0.0, 0.3}, {-0.9, -0.1, -0.5}});
        assertTrue(ChinaPhases.applies(t, c));
        Path data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder ip = new StringBuilder("iso3,year,idealpointfp\n");
        for (int y = 1970; y <= 2000; y++) {
            ip.append("USA,").append(y).append(",2.0\n");
            ip.append("CHN,").append(y).append(',').append(y < 1990 ? "-1.0" : "-2.0").append('\n');
        }
        Files.writeString(data.resolve("unga_ideal_points.csv"), ip);
        var un = History.at(data).idealPoints();
        Scorecard card = new Scorecard(new ValidationSpecStub().spec());
        CsvFile path = new CsvFile("china_path.csv", ChinaPhases.PATH_HEADER);
        ChinaPhases.score("history", t, t, un, c, card, path);
        var rows = card.rows();
        assertEquals(0.75, rows.get(0).value(), 1e-12, "three of four runs move up from phase 1 to 2");
        assertEquals(0.5, rows.get(1).value(), 1e-12, "two of four runs move down from phase 2 to 3");
        assertEquals(0.5, rows.get(2).value(), 1e-12, "runs 1 and 4 have both right");
        assertTrue(rows.get(1).detail().contains("UN distance from the US 3.00 -> 4.00 (down)"), rows.get(1).detail());
        assertTrue(rows.get(0).detail().contains("UN: no data for both phases"), "no UN data before 1970: " + rows.get(0).detail());
        assertEquals(1 + 51, path.text().lines().count());
    }

    @Test
    void unStickinessOfRanksThatReverseEveryYearIsMinusOneAtOddLags() throws IOException {
        World w = world();
        Path data = Files.createDirectories(tmp.resolve("data2"));
        StringBuilder ip = new StringBuilder("iso3,year,idealpointfp\n");
        for (int y = 1960; y <= 1990; y++) {
            int s = y % 2 == 0 ? 1 : -1;
            ip.append("CHN,").append(y).append(',').append(s).append('\n');
            ip.append("GBR,").append(y).append(',').append(2 * s).append('\n');
            ip.append("JPN,").append(y).append(',').append(3 * s).append('\n');
        }
        Files.writeString(data.resolve("unga_ideal_points.csv"), ip);
        var un = History.at(data).idealPoints();
        int[] states = {w.index.get("CHN"), w.index.get("GBR"), w.index.get("JPN")};
        assertEquals(-1.0, Stickiness.unStickiness(w, states, un, 1960, 1990, 1), 1e-12);
        assertEquals(1.0, Stickiness.unStickiness(w, states, un, 1960, 1990, 2), 1e-12);
    }

    /** The smallest validation spec the scorecard needs: no targets. */
    private static final class ValidationSpecStub {
        ValidationSpec spec() {
            return new ValidationSpec(Path.of("v.yaml"), "", java.util.Map.of(), null, Path.of("c.yaml"), null, List.of(), null, new int[]{1}, null,
                    null, List.of(), List.of(), 10, List.of());
        }
    }

    @Test
    void decadeShiftsCountTheClearUnMovesTheModelFollows() {
        // UN: 0 in the 1950s, 1 in the 1960s, 0 in the 1970s, with a little year-to-year wobble;
        // a model that follows gets both shifts right, one that moves the other way none.
        int first = 1950, n = 30;
        double[] ip = new double[n], follow = new double[n], against = new double[n];
        for (int k = 0; k < n; k++) {
            double level = k / 10 == 1 ? 1 : 0;
            ip[k] = level + (k % 2 == 0 ? 0.01 : -0.01);
            follow[k] = 0.5 * level;
            against[k] = -0.5 * level;
        }
        assertEquals(2, HistoryPaths.decades(follow, ip, first)[0]);
        assertEquals(2, HistoryPaths.decades(follow, ip, first)[1]);
        assertEquals(0, HistoryPaths.decades(against, ip, first)[1]);
        // A UN series that only wobbles has no clear shift to judge.
        double[] flat = new double[n];
        for (int k = 0; k < n; k++) flat[k] = k % 2 == 0 ? 0.01 : -0.01;
        assertEquals(0, HistoryPaths.decades(follow, flat, first)[0]);
        assertEquals(1.0, HistoryPaths.pearson(follow, ip), 0.01);
        assertEquals(-1.0, HistoryPaths.pearson(against, ip), 0.01);
    }

    @Test
    void netDecadeShiftsJudgeWhereAStateMovesAgainstTheOthers() {
        // UN: from the 1950s to the 1960s every state moves up by 1 (the scale drifts), A by 0.5
        // more and B by 0.5 less. A model that ranks the moves right (A up more than B) follows
        // both net shifts; one that moves both up, B more, follows the raw shifts but no net one.
        int first = 1950, n = 20;
        double[] ipA = new double[n], ipB = new double[n], rankedA = new double[n], rankedB = new double[n],
                swappedA = new double[n], swappedB = new double[n];
        for (int k = 0; k < n; k++) {
            double wobble = k % 2 == 0 ? 0.01 : -0.01;
            boolean later = k >= 10;
            ipA[k] = (later ? 1.5 : 0) + wobble;
            ipB[k] = (later ? 0.5 : 0) + wobble;
            rankedA[k] = later ? 0.3 : 0;
            rankedB[k] = later ? 0.1 : 0;
            swappedA[k] = later ? 0.1 : 0;
            swappedB[k] = later ? 0.3 : 0;
        }
        assertArrayEquals(new int[]{2, 2}, HistoryPaths.decadesNet(List.of(rankedA, rankedB), List.of(ipA, ipB), first));
        assertArrayEquals(new int[]{2, 0}, HistoryPaths.decadesNet(List.of(swappedA, swappedB), List.of(ipA, ipB), first));
        assertEquals(2, HistoryPaths.decades(swappedA, ipA, first)[1] + HistoryPaths.decades(swappedB, ipB, first)[1],
                "the raw shifts are both up, and so are the model's");
        // A state whose net shift is within its noise is not judged.
        assertArrayEquals(new int[]{0, 0}, HistoryPaths.decadesNet(List.of(rankedA, rankedA), List.of(ipA, ipA), first));
    }
    /**
     * decade_shifts.csv lists every (state, decade) pair with both shifts known and its verdicts.
     * The case of the split test below: UN 0 / 1 / 0 in the 1950s / 60s / 70s (with a +-0.01
     * wobble), the model +-0.5 x the level. Each state's UN series has 29 year-to-year changes:
     * 27 of +-0.02 and the two steps, +1.02 and -0.98, so the noise threshold is
     * 2 x rms / sqrt(2) x sqrt(2/10).
     */
    @Test
    void theDecadeShiftsFileGivesEachPairItsShiftsAndVerdicts() throws IOException {
        CsvFile shifts = new CsvFile("d", HistoryPaths.SHIFTS_HEADER);
        Scorecard card = new Scorecard(new ValidationSpecStub().spec());
        HistoryPaths.score("history", threeStates(), threeStates(), threeStatesUn("data4"), card, new CsvFile("p", HistoryPaths.HEADER),
                new CsvFile("s", HistoryPaths.STATES_HEADER), shifts);
        List<String[]> rows = shifts.text().lines().skip(1).map(l -> l.split(",", -1)).toList();
        double rms = Math.sqrt((27 * 0.02 * 0.02 + 1.02 * 1.02 + 0.98 * 0.98) / 29);
        double noise = 2 * rms / Math.sqrt(2) * Math.sqrt(2.0 / 10);
        // The file's numbers carry six significant digits.
        assertEquals(6, rows.size(), "two decade pairs for each of three states (the UN data end in 1979)");
        for (String[] r : rows) {
            boolean up = r[2].equals("1950");
            assertEquals(up ? "1960" : "1970", r[3]);
            assertEquals(up ? 1.0 : -1.0, Double.parseDouble(r[4]), 1e-5, "the UN's change of ten-year mean");
            assertEquals(noise, Double.parseDouble(r[5]), 1e-5);
            assertEquals("1", r[6], "clear");
            double model = (r[1].equals("GBR") ? -0.5 : 0.5) * (up ? 1 : -1);
            assertEquals(model, Double.parseDouble(r[7]), 1e-5);
            assertEquals(r[1].equals("GBR") ? "0" : "1", r[8], "followed");
            // Net of the common shift: every state's UN shift is the common one, so none is clear,
            // and the model's loses the mean of +0.5, +0.5 and -0.5 (times the direction).
            assertEquals(0.0, Double.parseDouble(r[9]), 1e-5);
            assertEquals(model - (up ? 1 : -1) * 0.5 / 3, Double.parseDouble(r[10]), 1e-5);
            assertEquals("0", r[11]);
            assertEquals("", r[12], "no verdict where the shift is not clear");
        }
        assertEquals(4 / 6.0, card.rows().stream().filter(x -> x.metric().equals("un.decade_shifts_right")).findFirst().orElseThrow().value(), 1e-12,
                "the file's verdicts are the metric's");
    }

    /**
     * With the voting position's terms kept, decade_shifts.csv takes each pair's simulated shift
     * apart: here the stance carries two thirds of the position and regime affinity one third
     * (0.5 = 1/3 + 1/6 x the level, GBR's negated), the other terms nothing.
     */
    @Test
    void theDecadeShiftsFileTakesTheSimulatedShiftApartByTheVotesTerms() throws IOException {
        Trajectories plain = threeStates();
        World w = plain.world;
        int steps = plain.steps();
        double[][][][] parts = new double[org.alignsim.model.VotingAlignment.Parts.TERMS.size()][1][steps][w.n];
        for (int k = 0; k < steps; k++) {
            for (int i = 0; i < w.n; i++) {
                double v = plain.alignment[0][k][i];
                parts[0][0][k][i] = v * 2 / 3;
                parts[1][0][k][i] = v / 3;
            }
        }
        Trajectories t = new Trajectories(w, plain.years, plain.alignment, plain.alignment, plain.commitment, plain.formed, parts);
        CsvFile shifts = new CsvFile("d", HistoryPaths.SHIFTS_HEADER);
        HistoryPaths.score("history", t, t, threeStatesUn("data5"), new Scorecard(new ValidationSpecStub().spec()), new CsvFile("p", HistoryPaths.HEADER),
                new CsvFile("s", HistoryPaths.STATES_HEADER), shifts);
        List<String> header = List.of(HistoryPaths.SHIFTS_HEADER.split(","));
        List<String[]> rows = shifts.text().lines().skip(1).map(l -> l.split(",", -1)).toList();
        assertEquals(6, rows.size());
        for (String[] r : rows) {
            double model = Double.parseDouble(r[header.indexOf("model_shift")]);
            assertEquals(Math.abs(model), 0.5, 1e-5);
            assertEquals(model * 2 / 3, Double.parseDouble(r[header.indexOf("stance_shift")]), 1e-5);
            assertEquals(model / 3, Double.parseDouble(r[header.indexOf("regime_shift")]), 1e-5);
            for (String zero : List.of("soft_balancing_shift", "development_shift", "deference_shift")) {
                assertEquals(0.0, Double.parseDouble(r[header.indexOf(zero)]), 1e-12, zero);
            }
        }
        // runs that kept no terms leave the columns empty
        CsvFile none = new CsvFile("d", HistoryPaths.SHIFTS_HEADER);
        HistoryPaths.score("history", plain, plain, threeStatesUn("data6"), new Scorecard(new ValidationSpecStub().spec()), new CsvFile("p", HistoryPaths.HEADER),
                new CsvFile("s", HistoryPaths.STATES_HEADER), none);
        assertTrue(none.text().lines().skip(1).allMatch(l -> l.endsWith(",,,,,")), none.text());
    }

    /**
     * The out-of-sample split of the over-time figures: UN 0 in the 1950s, 1 in the 1960s, 0 in
     * the 1970s for China, Britain and Japan (with a wobble); the model follows for China and
     * Japan and moves against for Britain, the one held out. Held out: 0 of 2 decade pairs and a
     * correlation near -1; given: 4 of 4 and near +1; all together, as without a split, 4 of 6.
     */
    @Test
    void theHeldOutStatesAreScoredApartFromTheGivenOnes() throws IOException {
        Trajectories t = threeStates();
        var un = threeStatesUn("data3");
        java.util.Map<String, Double> split = new java.util.HashMap<>(), whole = new java.util.HashMap<>();
        Scorecard card = new Scorecard(new ValidationSpecStub().spec());
        HistoryPaths.score("history", t, t, un, card, new CsvFile("p", HistoryPaths.HEADER), new CsvFile("s", HistoryPaths.STATES_HEADER),
                new CsvFile("d", HistoryPaths.SHIFTS_HEADER), java.util.Set.of("GBR"));
        for (var r : card.rows()) split.put(r.metric(), r.value());
        Scorecard plain = new Scorecard(new ValidationSpecStub().spec());
        HistoryPaths.score("history", t, t, un, plain, new CsvFile("p", HistoryPaths.HEADER), new CsvFile("s", HistoryPaths.STATES_HEADER), new CsvFile("d", HistoryPaths.SHIFTS_HEADER));
        for (var r : plain.rows()) whole.put(r.metric(), r.value());
        assertEquals(0.0, split.get("un.decade_shifts_right.held_out"), 1e-12);
        assertEquals(1.0, split.get("un.decade_shifts_right.given"), 1e-12);
        assertEquals(4 / 6.0, split.get("un.decade_shifts_right"), 1e-12);
        assertEquals(whole.get("un.decade_shifts_right"), split.get("un.decade_shifts_right"), 0, "the split adds rows and changes none");
        assertTrue(split.get("un.state_correlation_median.held_out") < -0.9, split.toString());
        assertTrue(split.get("un.state_correlation_median.given") > 0.9, split.toString());
        assertTrue(whole.keySet().stream().noneMatch(m -> m.endsWith(".held_out") || m.endsWith(".given")), "no split without held-out states");
    }

    /** CHN, GBR, JPN over 1950-2000, one run: +0.5 (GBR -0.5) in the 1960s, 0 otherwise. */
    private Trajectories threeStates() throws IOException {
        World w = world();
        int steps = 51;
        double[] years = new double[steps];
        double[][][] a = new double[1][steps][w.n];
        for (int k = 0; k < steps; k++) {
            years[k] = 1950 + k;
            double level = k / 10 == 1 ? 1 : 0;
            for (String c : new String[]{"CHN", "GBR", "JPN"}) a[0][k][w.index.get(c)] = (c.equals("GBR") ? -0.5 : 0.5) * level;
        }
        return new Trajectories(w, years, a, a, new int[1][steps][w.n], new boolean[1]);
    }

    /** Their UN ideal points 1950-79: 1 in the 1960s, 0 otherwise, with a wobble of +-0.01 year by year. */
    private org.alignsim.data.YearPanel threeStatesUn(String folder) throws IOException {
        StringBuilder ip = new StringBuilder("iso3,year,idealpointfp\n");
        for (int k = 0; k < 30; k++) {
            double level = k / 10 == 1 ? 1 : 0;
            for (String c : new String[]{"CHN", "GBR", "JPN"}) ip.append(c).append(',').append(1950 + k).append(',').append(level + (k % 2 == 0 ? 0.01 : -0.01)).append('\n');
        }
        Path data = Files.createDirectories(tmp.resolve(folder));
        Files.writeString(data.resolve("unga_ideal_points.csv"), ip);
        return History.at(data).idealPoints();
    }
}
