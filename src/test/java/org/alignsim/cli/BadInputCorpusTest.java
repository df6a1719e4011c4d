package org.alignsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus (src/test/resources/bad-input/cases.yaml and the files beside it): every
 * case runs through the real command line and must end as README.md's "Bad input and failures"
 * promises: the exit code it names, exactly one line on stderr that says where and what (no
 * stack trace, no Java class name, no usage text), nothing on stdout, and nothing left behind:
 * the case's folder byte for byte as it was, and no new file under results/.
 *
 * <p>A case: {@code id}; {@code hole}, the number of the hole of issue 14 it covers (0 for
 * others); {@code given}, fixtures copied into the case's folder (result folders made once, by
 * the real commands, in {@link #fixtures()}); {@code setup}, edits made to them (damage, files of
 * the user's own); {@code args}, the command line, where {w} is the case's folder, {in} the
 * corpus files, {res} the test resources, {mini}, {sweep} and {cal} the small scenario, sweep and
 * calibration files; {@code exit} (default 2); {@code says}, fragments the line must hold.
 */
class BadInputCorpusTest {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\b(java|javax|org|com|sun)\\.[a-z]+\\.");
    private static final Path RESULTS = Path.of("results");

    static Path root, fixtures;
    static final List<String> FIXTURES = List.of("run", "sweep", "shard0", "shard1", "keep", "designed", "own");

    record Case(String id, int hole, List<String> given, List<JsonNode> setup, List<String> args, int exit, List<String> says, int limit) {
        @Override
        public String toString() { return id + (hole > 0 ? " (hole " + hole + ")" : ""); }
    }

    static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        JsonNode all = new ObjectMapper(new YAMLFactory()).readTree(resource("bad-input/cases.yaml").toFile());
        List<Case> out = new ArrayList<>();
        for (JsonNode c : all) {
            List<String> given = new ArrayList<>(), args = new ArrayList<>(), says = new ArrayList<>();
            List<JsonNode> setup = new ArrayList<>();
            c.path("given").forEach(g -> given.add(g.asText()));
            c.path("setup").forEach(setup::add);
            c.path("args").forEach(a -> args.add(a.asText()));
            c.path("says").forEach(s -> says.add(s.asText()));
            out.add(new Case(c.path("id").asText(), c.path("hole").asInt(0), given, setup, args, c.path("exit").asInt(2), says,
                    c.path("limit").asInt(0)));
        }
        return out;
    }

    /** Result folders made once by the real commands, copied into each case that names them. */
    @BeforeAll
    static void fixtures() throws IOException {
        root = Files.createTempDirectory("alignsim-corpus");
        fixtures = Files.createDirectory(root.resolve("fixtures"));
        String mini = resource("scenarios/mini.yaml").toString(), sweep = resource("sweeps/mini-sweep.yaml").toString();
        ok("run", mini, "--out", fixtures.resolve("run").toString(), "-q");
        ok("sweep", sweep, "--out", fixtures.resolve("sweep").toString(), "-q", "--no-report");
        ok("sweep", sweep, "--out", fixtures.resolve("shard0").toString(), "-q", "--shard", "0/2");
        ok("sweep", sweep, "--out", fixtures.resolve("shard1").toString(), "-q", "--shard", "1/2");
        ok("sweep", sweep, "--out", fixtures.resolve("keep").toString(), "-q", "--no-report", "--keep", "states");
        ok("sweep", sweep, "--out", fixtures.resolve("designed").toString(), "-q", "--no-report",
                "--design", resource("bad-input/files/design-3.csv").toString());
        // A sweep whose scenario the case may change: its own copies of both files.
        Path own = Files.createDirectory(fixtures.resolve("own"));
        Files.copy(Path.of(mini), own.resolve("mini.yaml"));
        Files.writeString(own.resolve("s.yaml"), Files.readString(Path.of(sweep)).replace("../scenarios/mini.yaml", "mini.yaml"));
        ok("sweep", own.resolve("s.yaml").toString(), "--out", own.resolve("out").toString(), "-q", "--no-report");
    }

    private static void ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), () -> "fixture " + String.join(" ", args) + ": " + r.err());
    }

    @AfterAll
    static void cleanUp() {
        org.alignsim.output.OutputFolder.deleteTree(root);
    }

    @Test
    void theCorpusIsLargeAndCoversEveryHole() throws IOException {
        List<Case> all = cases();
        assertTrue(all.size() >= 150, "at least 150 cases, found " + all.size());
        TreeSet<Integer> holes = new TreeSet<>();
        for (Case c : all) holes.add(c.hole());
        for (int h = 1; h <= 12; h++) assertTrue(holes.contains(h), "no case for hole " + h);
        assertEquals(all.size(), all.stream().map(Case::id).distinct().count(), "case ids are unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsInOneLineAndLeavesNothingBehind(Case c) throws IOException {
        Path w = Files.createDirectory(root.resolve(c.id()));
        for (String g : c.given()) copyTree(fixtures.resolve(g), w.resolve(g));
        for (JsonNode op : c.setup()) apply(op, w);
        Map<String, String> before = snapshot(w);
        List<String> resultsBefore = listing(RESULTS);

        String[] args = c.args().stream().map(a -> expand(a, w)).toArray(String[]::new);
        Cli.Result r = c.limit() > 0 ? Cli.limited(c.limit(), args) : Cli.run(args);

        String err = r.err();
        assertEquals(c.exit(), r.code(), () -> "exit code; stderr: " + err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), () -> "exactly one line on stderr, found:\n" + err);
        assertTrue(err.endsWith("\n"), "the line ends with a newline");
        String line = lines.get(0);
        assertTrue(line.startsWith("alignsim: error: "), line);
        assertFalse(CLASS_NAME.matcher(line).find(), () -> "no Java class name: " + line);
        assertFalse(line.contains("\tat ") || line.contains("Usage:"), line);
        for (String s : c.says()) assertTrue(line.contains(expand(s, w)), () -> "'" + s + "' not in: " + line);
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(before, snapshot(w), "the case's folder is as it was");
        assertEquals(resultsBefore, listing(RESULTS), "nothing new under results/");
    }

    static String expand(String a, Path w) {
        return a.replace("{w}", w.toString())
                .replace("{in}", resource("bad-input/files").toString())
                .replace("{res}", resource("").toString().replaceAll("/$", ""))
                .replace("{mini}", resource("scenarios/mini.yaml").toString())
                .replace("{sweep}", resource("sweeps/mini-sweep.yaml").toString())
                .replace("{cal}", resource("calibration/mini.yaml").toString());
    }

    /** One edit of the case's folder: the damage or the user's own files the case is about. */
    static void apply(JsonNode op, Path w) throws IOException {
        String kind = op.fieldNames().next();
        JsonNode a = op.path(kind);
        Path f = w.resolve(a.isTextual() ? a.asText() : a.path("file").asText());
        switch (kind) {
            case "mkdir" -> Files.createDirectories(f);
            case "write" -> {
                Files.createDirectories(f.getParent());
                Files.writeString(f, expand(a.path("text").asText(), w));
            }
            case "bytes" -> Files.write(f, HexFormat.of().parseHex(a.path("hex").asText().replace(" ", "")));
            case "delete" -> Files.delete(f);
            case "cut" -> {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() - a.path("bytes").asLong());
                }
            }
            case "keep-lines" -> Files.write(f, Files.readAllLines(f).subList(0, a.path("lines").asInt()));
            case "replace" -> {
                String text = Files.readString(f);
                String from = a.path("from").asText(), to = expand(a.path("to").asText(), w);
                assertTrue(text.contains(from), "setup: '" + from + "' not in " + f);
                Files.writeString(f, a.path("all").asBoolean(false) ? text.replace(from, to) : text.replaceFirst(Pattern.quote(from), to));
            }
            default -> throw new IllegalArgumentException("unknown setup step " + kind);
        }
    }

    /** Every file and folder under dir, files with their SHA-256. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                m.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "folder" : sha256(p));
            }
        }
        return m;
    }

    static List<String> listing(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(Path::toString).sorted().toList();
        }
    }

    static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
