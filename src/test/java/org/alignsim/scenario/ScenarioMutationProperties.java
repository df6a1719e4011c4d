package org.alignsim.scenario;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Randomly broken versions of mini.yaml either load or fail with a {@link ScenarioException}
 * whose message is one line starting with the file's name and pointing at a line of the file;
 * any other exception is a bug. (jqwik has no @TempDir: temp files are made and deleted here.)
 */
class ScenarioMutationProperties {

    private static final String MINI = ScenarioErrors.mini();

    /** A plain scalar written after "key: ", "[" or ", " up to the next ",", "]", "}" or the line's end. */
    private static final Pattern SCALAR = Pattern.compile(
            "(?<=: |\\[|, )[^\\s{}\\[\\],:#][^{}\\[\\],:#\\n]*?(?=\\s*(?:[,}\\]]|$))", Pattern.MULTILINE);

    /** Values of the wrong type or out of any range. */
    private static final List<String> WRONG = List.of(
            "word", "\"quoted text\"", "[1, 2]", "[]", "{a: 1}", "{}", "-5", "-0.001", "-1e9", "1e400", "-1e400",
            "99999999999999999999999999", "1e308", "0", "true", "null", "~", "ALL", "XYZ", "2024.5", ".nan", "0x1F",
            "\"two\\nlines\"");

    sealed interface Mutation permits DeleteLine, SwapScalars, ReplaceScalar, Truncate {
        String apply(String text);
    }

    /** Deletes line {@code n mod lines}. */
    record DeleteLine(int n) implements Mutation {
        public String apply(String text) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            lines.remove(Math.floorMod(n, lines.size()));
            return String.join("\n", lines);
        }
    }

    /** Swaps two scalars, which are usually on two different lines. */
    record SwapScalars(int a, int b) implements Mutation {
        public String apply(String text) {
            List<int[]> s = scalars(text);
            if (s.size() < 2) return text;
            int[] x = s.get(Math.floorMod(a, s.size())), y = s.get(Math.floorMod(b, s.size()));
            if (x[0] == y[0]) return text;
            if (x[0] > y[0]) { int[] t = x; x = y; y = t; }
            String vx = text.substring(x[0], x[1]), vy = text.substring(y[0], y[1]);
            return text.substring(0, x[0]) + vy + text.substring(x[1], y[0]) + vx + text.substring(y[1]);
        }
    }

    /** Replaces a scalar by a value of the wrong type or range. */
    record ReplaceScalar(int k, String value) implements Mutation {
        public String apply(String text) {
            List<int[]> s = scalars(text);
            if (s.isEmpty()) return text;
            int[] x = s.get(Math.floorMod(k, s.size()));
            return text.substring(0, x[0]) + value + text.substring(x[1]);
        }
    }

    /** Cuts the file at character {@code at mod (length + 1)}. */
    record Truncate(int at) implements Mutation {
        public String apply(String text) {
            return text.substring(0, Math.floorMod(at, text.length() + 1));
        }
    }

    /** [start, end) of every scalar outside comments. */
    static List<int[]> scalars(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SCALAR.matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            if (text.substring(lineStart, m.start()).contains("#")) continue;
            out.add(new int[]{m.start(), m.end()});
        }
        return out;
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 1_000_000);
        return Arbitraries.oneOf(
                any.map(DeleteLine::new),
                Combinators.combine(any, any).as(SwapScalars::new),
                Combinators.combine(any, Arbitraries.of(WRONG)).as(ReplaceScalar::new),
                any.map(Truncate::new));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return mutation().list().ofMinSize(2).ofMaxSize(4);
    }

    @BeforeContainer
    static void checkTheGenerator() {
        // The mutations must have something to work on: mini.yaml's scalars are found, keys are not.
        List<String> found = scalars(MINI).stream().map(x -> MINI.substring(x[0], x[1])).toList();
        assertTrue(found.size() > 90, "scalars found in mini.yaml: " + found.size());
        assertTrue(found.containsAll(List.of("mini", "2024.5", "USA", "DEU", "hostility", "-77.0", "true", "maritime")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains(":") || s.equals("gdp") || s.equals("members")), found.toString());
    }

    @Property(tries = 300)
    void oneMutationLoadsOrFailsWithOneLine(@ForAll("mutation") Mutation m) throws IOException {
        Statistics.label("mutation").collect(m.getClass().getSimpleName());
        check(m.apply(MINI), List.of(m));
    }

    @Property(tries = 300)
    void severalMutationsLoadOrFailWithOneLine(@ForAll("mutations") List<Mutation> ms) throws IOException {
        String text = MINI;
        for (Mutation m : ms) text = m.apply(text);
        check(text, ms);
    }

    private static void check(String text, List<Mutation> how) throws IOException {
        Path file = Files.createTempFile("alignsim-mutated-", ".yaml");
        try {
            Files.writeString(file, text);
            try {
                ScenarioLoader.load(file);
                Statistics.label("outcome").collect("loads");
            } catch (ScenarioException e) {
                Statistics.label("outcome").collect("ScenarioException");
                String msg = e.getMessage();
                String shown = ScenarioErrors.shown(file);
                String where = "\nmutations: " + how + "\nmessage: " + msg + "\nfile:\n" + text;
                assertTrue(msg != null && !msg.contains("\n") && !msg.contains("\r"), "not one line" + where);
                assertTrue(msg.startsWith(shown + ":"), "does not start with the file's name" + where);
                int lines = text.split("\n", -1).length;
                assertTrue(e.line() >= 1 && e.line() <= lines + 1, "line " + e.line() + " is not a line of the file" + where);
                assertTrue(msg.startsWith(shown + ":" + e.line() + ": "), "line not in the message" + where);
            } catch (RuntimeException | Error e) {
                if (e instanceof AssertionError) throw e;
                fail("not a ScenarioException: " + e + "\nmutations: " + how + "\nfile:\n" + text, e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
