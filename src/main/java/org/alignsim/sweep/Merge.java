package org.alignsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.results.FileSums;
import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.results.SweepFolder;
import org.alignsim.results.SweepManifest;
import org.alignsim.output.OutputFolder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Joins the folders of a sharded sweep. Shards are contiguous blocks of design points written in
 * run order, so the single-machine files are the shards' files concatenated in shard order. A
 * finished shard's files are checked against the sizes, row counts and SHA-256 its manifest
 * recorded as they are copied, so a shard damaged since is refused, never merged.
 */
public final class Merge {
    private Merge() {}

    public record Result(Path dir, int shards, long runs, long failed) {}

    private record Part(Path dir, SweepManifest manifest, int k, int n) {
        boolean complete() { return manifest.complete(); }

        String remedy() {
            return "run shard " + k + "/" + n + " again (alignsim sweep FILE --shard " + k + "/" + n + " --out " + Shown.path(dir) + " --force)";
        }
    }

    public static Result merge(List<Path> dirs, Path out, boolean force, boolean allowPartial) {
        List<Part> parts = new ArrayList<>();
        for (Path d : dirs) parts.add(part(d));
        Part first = parts.get(0);
        for (Part p : parts) {
            if (!java.util.Objects.equals(p.manifest().sweepSha256(), first.manifest().sweepSha256())) {
                throw new UserError(Shown.path(p.dir()) + ": from a different sweep than " + Shown.path(first.dir()));
            }
            if (p.n() != first.n()) throw new UserError(Shown.path(p.dir()) + ": shard of " + p.n() + ", not " + first.n());
        }
        parts.sort(Comparator.comparingInt(Part::k));
        List<String> problems = new ArrayList<>();
        for (int k = 0, i = 0; k < first.n(); k++) {
            if (i < parts.size() && parts.get(i).k() == k) {
                if (i + 1 < parts.size() && parts.get(i + 1).k() == k) throw new UserError("shard " + k + "/" + first.n() + " given twice");
                if (!parts.get(i).complete()) problems.add("shard " + k + " unfinished (" + Shown.path(parts.get(i).dir()) + ")");
                i++;
            } else {
                problems.add("shard " + k + " missing");
            }
        }
        if (!problems.isEmpty() && !allowPartial) {
            throw new UserError("cannot merge: " + String.join("; ", problems) + " (use --allow-partial to merge anyway)");
        }
        Part lead = parts.get(0);
        boolean states = parts.stream().allMatch(p -> Files.exists(p.dir().resolve("states.csv")));
        List<String> joined = states ? List.of("runs.csv", "timeseries.csv", "states.csv") : List.of("runs.csv", "timeseries.csv");
        try (OutputFolder folder = new OutputFolder(out, force)) {
            return folder.fill(dir -> {
                Map<String, FileSums.Sum> sums = new LinkedHashMap<>();
                for (String f : List.of("design.csv", "sweep.yaml")) sums.put(f, copy(List.of(lead), f, dir));
                for (String f : joined) sums.put(f, copy(parts, f, dir));
                long runs = 0, failed = 0;
                for (Part p : parts) {
                    runs += p.manifest().runs();
                    failed += p.manifest().failedRuns();
                }
                List<String> outputs = lead.manifest().outputs();
                if (!states && outputs != null) outputs = outputs.stream().filter(o -> !o.equals("states.csv")).toList();
                Map<String, FileSums.Sum> ordered = new LinkedHashMap<>();
                for (String f : List.of("design.csv", "runs.csv", "timeseries.csv", "states.csv", "sweep.yaml")) {
                    if (sums.containsKey(f)) ordered.put(f, sums.get(f));
                }
                Json.write(dir.resolve(ManifestFile.NAME), lead.manifest().merged(problems.isEmpty() ? "complete" : "partial",
                        problems.isEmpty() ? null : String.join("; ", problems), runs, failed, outputs, FileSums.json(ordered),
                        parts.size() + " shards of " + first.n()));
                return new Result(folder.target(), parts.size(), runs, failed);
            });
        }
    }

    private static Part part(Path d) {
        Path m = d.resolve(ManifestFile.NAME);
        SweepFolder folder = SweepFolder.open(d);
        SweepManifest j = folder.manifest();
        Shard s;
        try {
            s = Shard.parse(folder.shard());
        } catch (IllegalArgumentException e) {
            throw new UserError(Shown.path(m) + ": \"shard\" is '" + j.shard() + "', not k/N");
        }
        Part p = new Part(d, j, s.k(), s.n());
        if (p.complete() && j.files() == null) {
            throw new UserError(Shown.path(m) + ": records no sizes and checksums of its files (written by an older AlignSim), so its files "
                    + "cannot be checked; " + p.remedy());
        }
        return p;
    }

    /** Joins one file of every part into dir, checking each finished part's copy against its manifest. */
    private static FileSums.Sum copy(List<Part> parts, String name, Path dir) {
        Path target = dir.resolve(name);
        byte[] header = null;
        try (FileSums.Counting out = new FileSums.Counting(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), name.endsWith(".csv"))) {
            for (Part p : parts) {
                Path src = p.dir().resolve(name);
                byte[] h = copyPart(p, src, bytes -> {
                    try {
                        out.write(bytes.buf(), 0, bytes.len());
                    } catch (IOException e) {
                        throw FileError.writing(target, e);
                    }
                }, header == null);
                if (h == null) continue;
                if (header == null) header = h;
                else if (!Arrays.equals(header, h)) {
                    throw new UserError(Shown.path(src) + ": its header differs from " + Shown.path(parts.get(0).dir().resolve(name)) + "'s; " + p.remedy());
                }
            }
            out.flush();
            return out.sum();
        } catch (IOException e) {
            throw FileError.writing(target, e);
        }
    }

    /** A run of bytes read from a part, on its way to the merged file. */
    private record Chunk(byte[] buf, int len) {}

    /**
     * Copies one part's file (without its header unless asked) and returns the header. A
     * finished part's whole file must match its manifest; an unfinished one may end in a torn
     * row, which is left out.
     */
    private static byte[] copyPart(Part p, Path src, Consumer<Chunk> out, boolean withHeader) {
        String name = src.getFileName().toString();
        if (!Files.isRegularFile(src)) {
            if (!p.complete()) return null;
            throw new UserError(Shown.path(src) + ": missing; " + p.remedy());
        }
        Object recorded = p.manifest().files() == null ? null : p.manifest().files().get(name);
        JsonNode want = recorded == null ? MissingNode.getInstance() : Json.tree(recorded);
        if (p.complete() && !want.isObject()) {
            throw new UserError(Shown.path(src) + ": not among the files manifest.json records; " + p.remedy());
        }
        FileSums.Counting check = new FileSums.Counting(OutputStream.nullOutputStream(), name.endsWith(".csv"));
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(src), 1 << 16)) {
            long end = p.complete() ? Files.size(src) : lastNewline(src) + 1;
            long pos = 0;
            boolean inHeader = name.endsWith(".csv");
            while (inHeader && pos < end) {
                int b = in.read();
                if (b < 0) break;
                pos++;
                head.write(b);
                if (b == '\n') inHeader = false;
            }
            byte[] h = head.toByteArray();
            check.write(h);
            if (withHeader) out.accept(new Chunk(h, h.length));
            byte[] buf = new byte[1 << 16];
            while (pos < end) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, end - pos));
                if (n < 0) break;
                check.write(buf, 0, n);
                out.accept(new Chunk(buf, n));
                pos += n;
            }
        } catch (IOException e) {
            throw FileError.reading(src, e);
        }
        if (p.complete()) FileSums.check(src, want, check.sum(), p.remedy());
        return head.toByteArray();
    }

    private static long lastNewline(Path p) throws IOException {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "r")) {
            for (long i = f.length() - 1; i >= 0; i--) {
                f.seek(i);
                if (f.read() == '\n') return i;
            }
        }
        return -1;
    }

    /** Reads a small text file's lines; for tests. */
    static List<String> lines(Path p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return r.lines().toList();
        }
    }
}
