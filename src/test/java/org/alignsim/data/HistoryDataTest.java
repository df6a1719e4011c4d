package org.alignsim.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryDataTest {
    @TempDir
    Path tmp;

    @Test
    void gapsAreMissingAndMeansSkipThem() throws IOException {
        Files.writeString(tmp.resolve("democracy.csv"), "iso3,year,v2x_polyarchy\nJPN,2000,0.8\nJPN,2001,\nJPN,2002,0.6\nIND,2001,0.5\n");
        YearPanel p = History.at(tmp).electoralDemocracy();
        assertTrue(Double.isNaN(p.value("JPN", 2001)));
        assertTrue(Double.isNaN(p.value("JPN", 1999)), "before the file's years");
        assertEquals(0.7, p.mean("JPN", 2000, 2002), 1e-12);
        assertTrue(Double.isNaN(p.mean("IND", 2002, 2005)));
        assertEquals(java.util.Set.of("JPN", "IND"), p.states());
    }

    @Test
    void pactsComeFromTheUsSideOfEachDyadAndCarryForwardPastTheEndOfTheData() throws IOException {
        Files.writeString(tmp.resolve("alliances.csv"), """
                iso3_1,iso3_2,year,atop_defense_12,atop_defense_21
                USA,JPN,2017,1,0
                USA,JPN,2018,1,0
                KOR,USA,2018,0,1
                USA,PAK,2018,0,1
                """);
        UsDefencePacts p = History.at(tmp).usDefencePacts();
        assertTrue(p.obliged("JPN", 2017));
        assertTrue(p.obliged("KOR", 2018), "the US is the second party: its obligation is the 21 column");
        assertFalse(p.obliged("PAK", 2018), "Pakistan is obliged to defend the US, not the other way round");
        assertFalse(p.obliged("JPN", 2016), "a year that is absent has no alliance");
        assertTrue(p.obliged("JPN", 2024), "2018's obligations carry forward");
        assertEquals(0.5, p.share("JPN", 2015, 2018), 1e-12);
    }

    @Test
    void aMalformedFileIsNamedWithItsLine() throws IOException {
        Files.writeString(tmp.resolve("unga_ideal_points.csv"), "iso3,year,idealpointfp\nJPN,2000,1\nJPN,2000,2\n");
        DataException e = assertThrows(DataException.class, () -> History.at(tmp).idealPoints());
        assertTrue(e.getMessage().endsWith("unga_ideal_points.csv:3: column 'year': JPN 2000 is listed twice"), e.getMessage());
        Files.writeString(tmp.resolve("unga_ideal_points.csv"), "iso3,year\nJPN,2000\n");
        e = assertThrows(DataException.class, () -> History.at(tmp).idealPoints());
        assertTrue(e.getMessage().contains(":1: no column 'idealpointfp'"), e.getMessage());
        Files.writeString(tmp.resolve("unga_ideal_points.csv"), "iso3,year,idealpointfp\nJPN,2000\n");
        e = assertThrows(DataException.class, () -> History.at(tmp).idealPoints());
        assertTrue(e.getMessage().contains(":2: 2 fields where the header has 3"), e.getMessage());
        Files.write(tmp.resolve("unga_ideal_points.csv"), new byte[]{'i', 's', 'o', '3', (byte) 0xff, '\n'});
        e = assertThrows(DataException.class, () -> History.at(tmp).idealPoints());
        assertTrue(e.getMessage().endsWith("not UTF-8 text"), e.getMessage());
    }

    /**
     * The project's copy of the UN ideal points gives China's distance from the US that the data's
     * README states for the source paper's phases (2.66, 3.67, 3.17).
     */
    @Test
    void theProjectsUnDataShowChinasPhases() {
        YearPanel un = History.at(Path.of("data", "history")).idealPoints();
        double[] expected = {2.66, 3.67, 3.17};
        int[][] phases = {{1972, 1988}, {1989, 2001}, {2002, 2019}};
        for (int k = 0; k < 3; k++) {
            double sum = 0;
            int n = 0;
            for (int y = phases[k][0]; y <= phases[k][1]; y++) {
                sum += un.value("USA", y) - un.value("CHN", y);
                n++;
            }
            assertEquals(expected[k], sum / n, 0.005, "phase " + phases[k][0] + "-" + phases[k][1]);
        }
    }
}
