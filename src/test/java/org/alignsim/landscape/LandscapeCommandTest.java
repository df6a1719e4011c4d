package org.alignsim.landscape;

import org.alignsim.runtime.ScenarioLandscape;
import org.alignsim.runtime.Landscape;
import org.alignsim.cli.Cli;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.TestScenarios;
import org.alignsim.model.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code alignsim landscape}: outputs, the landscape built from a scenario, and bad input in one line with exit code 2. */
class LandscapeCommandTest {
    private static final String MINI = TestScenarios.resource("mini.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void aScenarioGivesMinimaWithBasinsThatCoverEveryConfigurationAndAComparison() throws IOException {
        Path out = tmp.resolve("mini");
        String observed = Path.of(TestScenarios.resource("mini.yaml").getParent().getParent().toString(), "calibration", "mini.yaml").toString();
        Cli.Result r = Cli.run("landscape", MINI, "--out", out.toString(), "--replications", "4", "--observed", observed);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exhaustive (32 configurations)"), r.out());
        List<String> minima = Files.readAllLines(out.resolve("minima.csv"));
        assertEquals("rank,energy,basin_size,USA,CHN,JPN,IND,PAK,DEU", minima.get(0));
        long basins = minima.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
        assertEquals(32, basins);
        String cmp = Files.readString(out.resolve("comparison.md"));
        assertTrue(cmp.contains("| JPN |"), cmp);
        assertTrue(cmp.contains("Against the observed 2024 classes"), cmp);
        assertTrue(r.out().contains("observed 2024 classes vs the global minimum"), r.out());
        for (String f : List.of("actors.csv", "propensities.csv", "manifest.json")) assertTrue(Files.exists(out.resolve(f)), f);
        // The written landscape reads back and gives the same minima.
        Path again = tmp.resolve("again");
        Cli.Result r2 = Cli.run("landscape", "--propensities", out.resolve("propensities.csv").toString(), "--sizes", out.resolve("actors.csv").toString(),
                "--out", again.toString());
        assertEquals(0, r2.code(), r2.err());
        assertEquals(minima, Files.readAllLines(again.resolve("minima.csv")));
        assertFalse(Files.exists(again.resolve("comparison.md")), "no scenario, no comparison");
    }

    @Test
    void theBaselineLandscapeIsSymmetricWithTheModelsCapabilityAndSensibleSigns() {
        var s = TestScenarios.project("indo-pacific-2024.yaml");
        Landscape l = ScenarioLandscape.of(s);
        World w = new World(s);
        assertEquals(w.n, l.n());
        assertEquals(1.0, l.size(w.index.get("USA")), 0, "sizes are relative to the strongest state");
        for (int i = 0; i < l.n(); i++) {
            assertTrue(l.size(i) > 0 && l.size(i) <= 1);
            for (int j = 0; j < l.n(); j++) assertEquals(l.propensity(i, j), l.propensity(j, i), 0);
        }
        int usa = w.index.get("USA"), chn = w.index.get("CHN"), jpn = w.index.get("JPN"), kor = w.index.get("KOR"), rus = w.index.get("RUS");
        assertTrue(l.propensity(usa, chn) < 0, "the poles repel");
        assertTrue(l.propensity(jpn, kor) > 0, "allies attract");
        assertTrue(l.propensity(jpn, usa) > 0);
        assertTrue(l.propensity(rus, chn) > 0);
        // The capability taken out of the threat is the model's: for pairs no event touches,
        // T_ij = cap_j / (cap_i + cap_j) * proximity of j's forces to i * base hostility of j toward i.
        AlignmentModel m = new AlignmentModel(w, 0);
        m.start();
        double[] cap = new double[w.n];
        for (int i = 0; i < w.n; i++) cap[i] = m.capability(i);
        int ind = w.index.get("IND"), pak = w.index.get("PAK");
        double rel = cap[pak] / (cap[ind] + cap[pak]);
        assertEquals(m.threatFrom(ind, pak), rel * w.proximity[ind * w.n + pak] * w.baseHostility[pak * w.n + ind], 1e-12);
        assertEquals(m.threatFrom(pak, ind), (1 - rel) * w.proximity[pak * w.n + ind] * w.baseHostility[ind * w.n + pak], 1e-12);
        assertTrue(m.threatFrom(ind, pak) > 0 && m.threatFrom(pak, ind) > m.threatFrom(ind, pak), "India, the stronger, threatens Pakistan more");
    }

    @Test
    void badLandscapeFilesStopWithOneLineAndExitCode2() throws IOException {
        Path sizes = write("sizes.csv", "actor,size\nJPN,1\nKOR,0.5\nCHN,2\n");
        Path ok = write("ok.csv", "actor,JPN,KOR,CHN\nJPN,0,0.5,-1\nKOR,0.5,0,-0.4\nCHN,-1,-0.4,0\n");
        assertEquals(0, Cli.run("landscape", "--propensities", ok.toString(), "--sizes", sizes.toString(), "--out", tmp.resolve("ok").toString(), "-q").code());

        bad("asym.csv", "actor,JPN,KOR,CHN\nJPN,0,0.5,-1\nKOR,0.4,0,-0.4\nCHN,-1,-0.4,0\n", sizes, "asym.csv:3: JPN.KOR:", "not symmetric");
        bad("rows.csv", "actor,JPN,KOR,CHN\nJPN,0,0.5,-1\nKOR,0.5,0,-0.4\n", sizes, "rows.csv", "must be square");
        bad("cols.csv", "actor,JPN,KOR,CHN\nJPN,0,0.5\nKOR,0.5,0,-0.4\nCHN,-1,-0.4,0\n", sizes, "cols.csv:2: JPN:", "must be square");
        bad("word.csv", "actor,JPN,KOR,CHN\nJPN,0,x,-1\nKOR,0.5,0,-0.4\nCHN,-1,-0.4,0\n", sizes, "word.csv:2:", "must be a number");
        Path zero = write("zero.csv", "actor,size\nJPN,1\nKOR,0\nCHN,2\n");
        expect(Cli.run("landscape", "--propensities", ok.toString(), "--sizes", zero.toString(), "--out", tmp.resolve("z").toString()), "zero.csv:3: KOR:", "size must be positive");
        Path neg = write("neg.csv", "actor,size\nJPN,1\nKOR,-2\nCHN,2\n");
        expect(Cli.run("landscape", "--propensities", ok.toString(), "--sizes", neg.toString(), "--out", tmp.resolve("n").toString()), "neg.csv:3: KOR:", "size must be positive");
        Path extra = write("extra.csv", "actor,size\nJPN,1\nKOR,1\nCHN,2\nXYZ,1\n");
        expect(Cli.run("landscape", "--propensities", ok.toString(), "--sizes", extra.toString(), "--out", tmp.resolve("e").toString()), "extra.csv:5: XYZ:", "unknown actor code");
        // With a scenario, every actor must be one of its states.
        Path unknown = write("unknown.csv", "actor,JPN,XYZ\nJPN,0,1\nXYZ,1,0\n");
        Path us = write("us.csv", "actor,size\nJPN,1\nXYZ,1\n");
        expect(Cli.run("landscape", MINI, "--propensities", unknown.toString(), "--sizes", us.toString(), "--out", tmp.resolve("u").toString()),
                "unknown.csv:1: XYZ:", "unknown actor code");
        expect(Cli.run("landscape", "--propensities", ok.toString(), "--out", tmp.resolve("x").toString()), "--propensities and --sizes go together", "");
        for (String d : List.of("z", "n", "e", "u", "x")) assertFalse(Files.exists(tmp.resolve(d)), "no output folder for bad input");
    }

    @Test
    void theLandscapeItselfRefusesBadMatrices() {
        assertThrows(IllegalArgumentException.class, () -> new Landscape(List.of("A", "B"), new double[]{1, 1}, new double[]{0, 1, 1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Landscape(List.of("A", "B"), new double[]{1, 1}, new double[]{0, 1, 2, 0}));
        assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Landscape(List.of("A", "B"), new double[]{1, 0}, new double[]{0, 1, 1, 0}));
        assertThrows(IllegalArgumentException.class, () -> new Landscape(List.of("A", "A"), new double[]{1, 1}, new double[]{0, 1, 1, 0}));
    }

    private void bad(String name, String text, Path sizes, String where, String what) throws IOException {
        Path f = write(name, text);
        expect(Cli.run("landscape", "--propensities", f.toString(), "--sizes", sizes.toString(), "--out", tmp.resolve("bad-" + name).toString()), where, what);
        assertFalse(Files.exists(tmp.resolve("bad-" + name)));
    }

    private static void expect(Cli.Result r, String where, String what) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("alignsim: error: "), r.err());
        assertTrue(r.err().contains(where), r.err());
        assertTrue(r.err().contains(what), r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
