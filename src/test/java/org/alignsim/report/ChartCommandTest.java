package org.alignsim.report;

import org.alignsim.cli.Cli;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ChartImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `alignsim chart KIND DIR`: the files it writes and where. */
class ChartCommandTest {

    @TempDir
    Path tmp;

    @Test
    void timeseriesAsSvgOnly() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("a", "0", "1", "2", "3", "4");
        Path d = s.write(tmp.resolve("sweep"));
        Cli.Result r = Cli.run("chart", "timeseries", d.toString(), "--outcome", "share_us_gdp", "--svg");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("timeseries-share_us_gdp.svg"));
        ChartImages.assertSvg(d.resolve("charts/timeseries-share_us_gdp.svg"), 1000, 560);
        assertFalse(Files.exists(d.resolve("charts/timeseries-share_us_gdp.png")));
    }

    @Test
    void everyKindAsPngAndSvgToAChosenFile() throws Exception {
        FakeResults.Sweep s = new FakeResults.Sweep();
        s.factor("a", "0", "1", "2");
        Path d = s.write(tmp.resolve("sweep"));
        for (String kind : new String[]{"timeseries", "alignment", "phase"}) {
            Path out = tmp.resolve("out/" + kind + ".png");
            Cli.Result r = Cli.run("chart", kind, d.toString(), "--outcome", "asian_nato_formed", "--png", "--svg", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(out) > 1000);
            assertTrue(Files.exists(tmp.resolve("out/" + kind + ".svg")));
        }
        // One factor: the outcome against the factor, 1000 x 560 nominal.
        ChartImages.assertPng(tmp.resolve("out/phase.png"), 1000 * ChartFiles.PNG_SCALE, 560 * ChartFiles.PNG_SCALE);
    }

    @Test
    void runAlignmentByDefaultPng() throws Exception {
        Path run = FakeResults.run(tmp.resolve("run"), "baseline", 1);
        Cli.Result r = Cli.run("chart", "alignment", run.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(run.resolve("charts/alignment.png")));
        assertFalse(Files.exists(run.resolve("charts/alignment.svg")));
    }
}
