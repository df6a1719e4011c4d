package org.alignsim.calibration;

import org.alignsim.cli.Cli;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad calibration files stop before anything runs, with one line naming the file, the line and
 * the key, exit code 2 and no output folder.
 */
class BadCalibrationFilesTest {
    @TempDir
    Path tmp;

    /** A valid file on the mini scenario; each case replaces one line of it (the {@code @@} marker). */
    static String template(String scenario) {
        return "name: bad\n"                                               // 1
                + "scenario: " + scenario + "\n"                           // 2
                + "replications: 2\n"                                      // 3
                + "parameters:\n"                                          // 4
                + "  weights.threat: {lower: 0, upper: 10, start: 4}\n"    // 5
                + "@@\n"                                                   // 6
                + "fit: stances\n"                                         // 7
                + "stances:\n"                                             // 8
                + "  window: {from: 2029.5, to: 2034.5}\n"                 // 9
                + "  classes:\n"                                           // 10
                + "    JPN: us_aligned\n"                                  // 11
                + "    IND: hedger\n";                                     // 12
    }

    /** {@code kind} class: an entry added to the classes (line 12); otherwise a line replacing line 6 (under parameters for kind param). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown state      | class | XYZ: hedger                                      | :12: stances.classes.XYZ: unknown state",
            "a pole             | class | CHN: china_aligned                               | :12: stances.classes.CHN: is a pole",
            "unknown class      | class | PAK: ally                                        | :12: stances.classes.PAK: unknown class \"ally\"",
            "inverted bounds    | param | weights.trade: {lower: 3, upper: 1, start: 2}    | :6: parameters.weights.trade.lower: bounds inverted",
            "empty range        | param | weights.trade: {lower: 1, upper: 1}              | :6: parameters.weights.trade.upper: empty range",
            "unknown key path   | param | weights.trad: {lower: 0, upper: 1, start: 0.5}   | :6: parameters.weights.trad: scenario",
            "out of range       | param | weights.trade: {lower: 0, upper: 200, start: 1}  | :6: parameters.weights.trade: scenario",
            "no start           | param | weights.trade: {lower: 0, upper: 2}              | :6: parameters.weights.trade: the scenario does not set this key",
            "start outside      | param | weights.trade: {lower: 0, upper: 2, start: 3}    | :6: parameters.weights.trade.start: must be in [0, 2]",
            "a word as a value  | param | decision.rationality: {lower: 0, upper: x}       | :6: parameters.decision.rationality.upper: must be a number",
            "unknown option     | top   | optimiser: {sigma: 0.2}                          | :6: optimiser: unknown key",
    })
    void oneLineExitCode2AndNoFolder(String name, String kind, String line, String expected) throws IOException {
        String text = template(TestScenarios.resource("mini.yaml").toString());
        text = switch (kind) {
            case "class" -> text.replace("@@\n", "") + "    " + line + "\n";
            case "param" -> text.replace("@@", "  " + line);
            default -> text.replace("@@", line);
        };
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, text);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("alignsim: error: "), r.err());
        assertTrue(r.err().contains("bad.yaml" + expected), "expected '" + expected + "' in: " + r.err());
        assertFalse(Files.exists(out), "no output folder for bad input");
    }
}
