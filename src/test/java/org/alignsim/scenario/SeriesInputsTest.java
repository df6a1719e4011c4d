package org.alignsim.scenario;

import org.alignsim.cli.Cli;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time-series inputs: a scenario's series read year by year from data files, with the gap rule, joins, entry years and errors. */
class SeriesInputsTest {
    @TempDir
    Path tmp;

    private Path data() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("panels"));
        // JPN: 2000 -> 1, 2004 -> 5 (a gap between); IND none; AAA enters in 2003.
        Files.writeString(d.resolve("gdp.csv"), "iso3,year,gdp\nJPN,2000,1\nJPN,2004,5\nUSA,2000,100\nCHN,2000,80\nAAA,2003,2\n");
        Files.writeString(d.resolve("members.csv"), "iso3,year\nUSA,1990\nCHN,1990\nJPN,1990\nIND,1990\nAAA,2003\n");
        Files.writeString(d.resolve("later.csv"), "iso3,gdp_then\nJPN,9\n");
        return d;
    }

    private Path scenario(String series) throws IOException {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, """
                name: series
                time: {start_year: 2000, horizon_years: 12, steps_per_year: 1, spin_up_years: 0}
                data: panels
                series:
                %s
                states:
                  USA: {region: x, capital: {lat: 38.9, lon: -77.0}, milex: 900, population: 335}
                  CHN: {region: x, capital: {lat: 39.9, lon: 116.4}, milex: 300, population: 1410}
                  JPN: {region: x, capital: {lat: 35.7, lon: 139.8}, milex: 48, population: 125}
                  IND: {region: x, capital: {lat: 28.6, lon: 77.2}, milex: 82, population: 1430, gdp: 7}
                  AAA: {region: x, capital: {lat: 0, lon: 0}, milex: 1, population: 1}
                """.formatted(series));
        return f;
    }

    private static int idx(Scenario s, String c) {
        for (int i = 0; i < s.states().size(); i++) if (s.states().get(i).iso3().equals(c)) return i;
        throw new IllegalArgumentException(c);
    }

    @Test
    void gapsAreInterpolatedAndTheEndsCarried() throws IOException {
        data();
        Scenario s = ScenarioLoader.load(scenario("  gdp: {file: gdp.csv, column: gdp}")).scenario();
        double[][] gdp = s.yearly().gdp();
        int jpn = idx(s, "JPN"), ind = idx(s, "IND");
        assertEquals(1.0, gdp[jpn][0], 1e-12);
        assertEquals(3.0, gdp[jpn][2], 1e-12, "2002 halfway between 2000 and 2004");
        assertEquals(5.0, gdp[jpn][8], 1e-12, "after the last year, its value carried forward");
        assertEquals(7.0, gdp[ind][5], 1e-12, "no value in the file: the state's own");
        assertEquals(2.0, gdp[idx(s, "AAA")][0], 1e-12, "before the first year, the first value");
        assertEquals(4.0, s.yearly().at(gdp, jpn, 2003.0), 1e-12);
        assertEquals(2.5, s.yearly().at(gdp, jpn, 2001.5), 1e-12, "within a year, linear too");
    }

    @Test
    void aJoinRunsOnToALaterFilesValue() throws IOException {
        data();
        Scenario s = ScenarioLoader.load(scenario("  gdp: {file: gdp.csv, column: gdp, join: {file: later.csv, column: gdp_then, year: 2010}}")).scenario();
        int jpn = idx(s, "JPN");
        assertEquals(7.0, s.yearly().gdp()[jpn][7], 1e-12, "2007: from 5 in 2004 toward 9 in 2010");
        assertEquals(9.0, s.yearly().gdp()[jpn][12], 1e-12);
    }

    @Test
    void aStateEntersInItsFirstYearAndIsAbsentBefore() throws IOException {
        data();
        Scenario s = ScenarioLoader.load(scenario("  gdp: {file: gdp.csv, column: gdp}\n  entry: {file: members.csv}")).scenario();
        AlignmentModel m = new AlignmentModel(new World(s), 1);
        int aaa = idx(s, "AAA");
        double[] countAt = new double[13];
        boolean[] present = new boolean[13];
        m.addObserver(mm -> {
            int k = (int) mm.step();
            present[k] = !Double.isNaN(mm.alignment(aaa));
            countAt[k] = mm.aggregates().usCount() + mm.aggregates().hedgeCount() + mm.aggregates().chinaCount();
        });
        m.runToEnd();
        assertFalse(present[2], "2002: not yet in the system");
        assertTrue(present[3], "2003: enters");
        assertEquals(1.0, countAt[2], 1e-12, "bloc shares are over the states present");
        assertEquals(1.0, m.gdp(idx(s, "JPN")) / 5.0, 1e-12, "GDP follows the series (2012: 5, carried forward)");
    }

    @Test
    void theDataFolderIsRelativeToTheFileThatNamesItOrGivenOutright() throws IOException {
        Path d = data();
        Path base = scenario("  gdp: {file: gdp.csv, column: gdp}");
        Path sub = Files.createDirectories(tmp.resolve("variants")).resolve("v.yaml");
        Files.writeString(sub, "extends: ../s.yaml\nname: variant\n");
        assertEquals(3.0, ScenarioLoader.load(sub).scenario().yearly().gdp()[2][2], 1e-12);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("gdp.csv"), Files.readString(d.resolve("gdp.csv")).replace("JPN,2004,5", "JPN,2004,9"));
        assertEquals(5.0, ScenarioLoader.load(base, Map.of(), other).scenario().yearly().gdp()[2][2], 1e-12, "--data reads the other folder");
    }

    @Test
    void badReferencesAreOneLineErrorsAtTheirPlace() throws IOException {
        data();
        assertError("  gdp: {file: nope.csv, column: gdp}", "s.yaml:5: series.gdp.file:", "nope.csv: no such data file");
        assertError("  gdp: {file: gdp.csv, column: gpd}", "s.yaml:5: series.gdp.file:", "no column 'gpd'");
        assertError("  gdq: {file: gdp.csv, column: gdp}", "s.yaml:5: series.gdq:", "no series for this attribute");
        assertError("  gdp: {file: gdp.csv, column: gdp}\n  democracy: {file: gdp.csv, column: gdp}", "series.democracy:", "IND has no value in gdp.csv");
        assertError("  gdp: {file: gdp.csv, column: gdp, join: {file: later.csv, column: gdp_then, year: 2003}}", "series.gdp.join.year:", "not after the data's last year");
        assertError("  gdp: {file: gdp.csv, column: gdp}\n  partners: {file: gdp.csv, totals: {file: gdp.csv}}", "series.partners.totals.file:", "no column 'dyadic_sum_trade'");
        assertError("  gdp: {file: gdp.csv, column: gdp}\n  partners: {file: gdp.csv, totals: {file: gdp.csv, column: gdp}}", "series.partners.file:", "no column 'iso3_1'");
        Files.writeString(tmp.resolve("panels/gdp.csv"), "iso3,year,gdp\nJPN,2000,abc\n");
        assertError("  gdp: {file: gdp.csv, column: gdp}", "series.gdp.file:", "gdp.csv:2: column 'gdp': 'abc' is not a number");
    }

    /** JPN-IND: 20 of JPN's 100 in 2000 and 40 of 100 in 2004; IND-AAA only in 2000 (one flow missing). */
    private void partnerData() throws IOException {
        Path d = data();
        Files.writeString(d.resolve("dyadic.csv"), "iso3_1,iso3_2,year,flow1,flow2\nJPN,IND,2000,12,8\nJPN,IND,2004,25,15\nIND,AAA,2000,,30\nUSA,JPN,2000,5,5\n");
        Files.writeString(d.resolve("totals.csv"), "iso3,year,dyadic_sum_trade\nJPN,2000,100\nJPN,2004,100\nIND,2000,200\nIND,2004,200\nUSA,2000,1000\n");
    }

    @Test
    void partnersAreSharesOfAllTradeWithTheGapRule() throws IOException {
        partnerData();
        Scenario s = ScenarioLoader.load(scenario("  gdp: {file: gdp.csv, column: gdp}\n  partners: {file: dyadic.csv, totals: {file: totals.csv}}")).scenario();
        float[][] p = s.yearly().partners();
        int n = s.states().size(), jpn = idx(s, "JPN"), ind = idx(s, "IND"), aaa = idx(s, "AAA");
        assertEquals(0.2, p[0][jpn * n + ind], 1e-6, "both flows, over JPN's trade with all partners");
        assertEquals(0.1, p[0][ind * n + jpn], 1e-6, "the same flows over IND's larger total");
        assertEquals(0.3, p[2][jpn * n + ind], 1e-6, "2002: halfway between 2000 and 2004");
        assertEquals(0.4, p[10][jpn * n + ind], 1e-6, "after the last year, its share carried forward");
        assertEquals(0.15, p[5][ind * n + aaa], 1e-6, "a missing flow counts as none; one year of data holds throughout");
        assertEquals(0.0, p[0][aaa * n + ind], 1e-12, "AAA has no total: no share");
        assertEquals(0.0, p[0][jpn * n + aaa], 1e-12, "no flows: no share");
    }

    @Test
    void tradeWithAStateOnAPolesSideCountsAsTradeWithThatPole() throws IOException {
        partnerData();
        // IND trades with JPN (leaning west) and with AAA (leaning east); its trade pull at the start, as the share of each grows.
        double none = indTradePull("0", "JPN,IND,2000,0,0\nIND,AAA,2000,0,0");
        double west = indTradePull("1", "JPN,IND,2000,30,30\nIND,AAA,2000,0,0");
        double east = indTradePull("1", "JPN,IND,2000,0,0\nIND,AAA,2000,30,30");
        double westOff = indTradePull("0", "JPN,IND,2000,30,30\nIND,AAA,2000,0,0");
        assertTrue(west > none, "trade with a west-leaning state pulls west: " + west + " vs " + none);
        assertTrue(east < none, "trade with an east-leaning state pulls east: " + east + " vs " + none);
        assertEquals(none, westOff, 1e-12, "with third_party 0 only the poles' trade counts");
    }

    private double indTradePull(String thirdParty, String flows) throws IOException {
        Path d = tmp.resolve("panels");
        Files.writeString(d.resolve("dyadic.csv"), "iso3_1,iso3_2,year,flow1,flow2\n" + flows + "\n");
        Path f = tmp.resolve("p.yaml");
        Files.writeString(f, """
                name: partners
                time: {start_year: 2000, horizon_years: 2, steps_per_year: 1, spin_up_years: 0}
                data: panels
                series:
                  partners: {file: dyadic.csv, totals: {file: totals.csv}}
                trade: {third_party: %s}
                states:
                  USA: {region: x, capital: {lat: 38.9, lon: -77.0}, gdp: 100, milex: 900, population: 335}
                  CHN: {region: x, capital: {lat: 39.9, lon: 116.4}, gdp: 80, milex: 300, population: 1410}
                  JPN: {region: x, capital: {lat: 35.7, lon: 139.8}, gdp: 50, milex: 48, population: 125, alignment: 0.8}
                  IND: {region: x, capital: {lat: 28.6, lon: 77.2}, gdp: 7, milex: 82, population: 1430, trade: {openness: 0.4, USA: 0.1, CHN: 0.1}}
                  AAA: {region: x, capital: {lat: 0, lon: 0}, gdp: 2, milex: 1, population: 1, alignment: -0.8}
                """.formatted(thirdParty));
        Scenario s = ScenarioLoader.load(f).scenario();
        AlignmentModel m = new AlignmentModel(new World(s), 1);
        m.start();
        return m.contribution(org.alignsim.model.Mechanism.TRADE, idx(s, "IND"));
    }

    private void assertError(String series, String where, String what) throws IOException {
        Path f = scenario(series);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
        assertTrue(e.getMessage().contains(where) && e.getMessage().contains(what), e.getMessage());
        Cli.Result r = Cli.run("run", f.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
