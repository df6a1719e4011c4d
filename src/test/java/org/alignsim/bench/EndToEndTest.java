package org.alignsim.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end benchmark on a small scale: it starts the sweep command as processes of their own
 * and prints every target beside the figure measured, met or missed, and the verdict agrees with
 * the figure. No time is asserted (figures are the benchmark's to print, not a test's to judge).
 */
class EndToEndTest {

    @Test
    void everyTargetIsPrintedBesideItsFigureWithAVerdictThatAgreesWithIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new EndToEnd(Path.of("scenarios/sweeps/asian-nato.yaml"), out).run(100, 2, false);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        // 49 design points: 100 runs round up to 3 replications each.
        assertTrue(text.contains("147 runs, 1 thread") && text.contains("147 runs, 2 threads"), text);
        Matcher rate = Pattern.compile(">= 5,000 runs/s on 2 threads\\s+([\\d,]+) (met|missed)").matcher(text);
        Matcher cpu = Pattern.compile("<= 0.35 ms CPU per run\\s+([\\d.]+) (met|missed)").matcher(text);
        Matcher speed = Pattern.compile(">= 1.8x speed-up 1 -> 2 threads\\s+([\\d.]+)x (met|missed)").matcher(text);
        for (Matcher m : List.of(rate, cpu, speed)) assertTrue(m.find(), "a verdict line missing in\n" + text);
        agrees(Double.parseDouble(rate.group(1).replace(",", "")), 5000, 0.5, true, rate.group(2), text);
        agrees(Double.parseDouble(cpu.group(1)), 0.35, 0.0005, false, cpu.group(2), text);
        agrees(Double.parseDouble(speed.group(1)), 1.8, 0.005, true, speed.group(2), text);
        assertTrue(text.contains("<= 300 MB resident at 10^6 runs: --huge measures it"), text);
    }

    /** The verdict agrees with the printed figure, except within the printed figure's rounding of the target. */
    private static void agrees(double printed, double target, double halfUnit, boolean atLeast, String verdict, String text) {
        if (Math.abs(printed - target) <= halfUnit) return;
        assertEquals(atLeast ? printed >= target : printed <= target, verdict.equals("met"), text);
    }
}
