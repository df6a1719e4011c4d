package org.alignsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alignsim.base.UserError;
import org.alignsim.output.Json;
import org.alignsim.output.OutputFolder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins the folders of a sharded sweep. Shards are contiguous blocks of design points written in
 * run order, so the single-machine files are the shards' files concatenated in shard order.
 */
public final class Merge {
    private Merge() {}

    public record Result(Path dir, int shards, long runs, long failed) {}

    private record Part(Path dir, JsonNode manifest, int k, int n) {}

    public static Result merge(List<Path> dirs, Path out, boolean force, boolean allowPartial) throws IOException {
        List<Part> parts = new ArrayList<>();
        for (Path d : dirs) {
            Path m = d.resolve("manifest.json");
            if (!Files.exists(m)) throw new UserError(d + ": not a sweep result folder (no manifest.json)");
            JsonNode j = Json.MAPPER.readTree(m.toFile());
            if (!"sweep".equals(j.path("command").asText())) throw new UserError(d + ": not a sweep result folder");
            Shard s = Shard.parse(j.path("shard").asText("0/1"));
            parts.add(new Part(d, j, s.k(), s.n()));
        }
        Part first = parts.get(0);
        for (Part p : parts) {
            if (!p.manifest().path("sweep_sha256").asText().equals(first.manifest().path("sweep_sha256").asText())) {
                throw new UserError(p.dir() + ": from a different sweep than " + first.dir());
            }
            if (p.n() != first.n()) throw new UserError(p.dir() + ": shard of " + p.n() + ", not " + first.n());
        }
        parts.sort(Comparator.comparingInt(Part::k));
        List<String> problems = new ArrayList<>();
        for (int k = 0, i = 0; k < first.n(); k++) {
            if (i < parts.size() && parts.get(i).k() == k) {
                if (i + 1 < parts.size() && parts.get(i + 1).k() == k) throw new UserError("shard " + k + "/" + first.n() + " given twice");
                if (!"complete".equals(parts.get(i).manifest().path("status").asText())) problems.add("shard " + k + " unfinished (" + parts.get(i).dir() + ")");
                i++;
            } else {
                problems.add("shard " + k + " missing");
            }
        }
        if (!problems.isEmpty() && !allowPartial) {
            throw new UserError("cannot merge: " + String.join("; ", problems) + " (use --allow-partial to merge anyway)");
        }
        long runs = 0, failed = 0;
        try (OutputFolder folder = new OutputFolder(out, force)) {
            Path dir = folder.dir();
            Files.copy(first.dir().resolve("design.csv"), dir.resolve("design.csv"));
            Files.copy(first.dir().resolve("sweep.yaml"), dir.resolve("sweep.yaml"));
            boolean states = parts.stream().allMatch(p -> Files.exists(p.dir().resolve("states.csv")));
            for (String f : states ? new String[]{"runs.csv", "timeseries.csv", "states.csv"} : new String[]{"runs.csv", "timeseries.csv"}) {
                try (OutputStream o = Files.newOutputStream(dir.resolve(f))) {
                    boolean header = true;
                    for (Part p : parts) {
                        copy(p.dir().resolve(f), o, header, !"complete".equals(p.manifest().path("status").asText()));
                        header = false;
                    }
                }
            }
            for (Part p : parts) {
                runs += p.manifest().path("runs").asLong();
                failed += p.manifest().path("failed_runs").asLong();
            }
            ObjectNode m = (ObjectNode) first.manifest().deepCopy();
            m.put("command", "sweep");
            m.put("shard", "0/1");
            m.put("merged_from", parts.size() + " shards of " + first.n());
            m.put("status", problems.isEmpty() ? "complete" : "partial");
            if (!problems.isEmpty()) m.put("missing", String.join("; ", problems));
            m.put("runs", runs);
            m.put("failed_runs", failed);
            m.putArray("points").add(0).add(first.manifest().path("design").path("points").asInt());
            Json.write(dir.resolve("manifest.json"), m);
            folder.commit();
            return new Result(folder.target(), parts.size(), runs, failed);
        }
    }

    /** Copies a shard's file; an unfinished shard's file may end in a torn row, which is left out. */
    private static void copy(Path src, OutputStream out, boolean withHeader, boolean unfinished) throws IOException {
        if (!Files.exists(src)) {
            if (unfinished) return;
            throw new UserError(src + ": missing");
        }
        long end = unfinished ? lastNewline(src) + 1 : Files.size(src);
        try (InputStream in = Files.newInputStream(src)) {
            long pos = 0;
            if (!withHeader) {
                int b;
                while ((b = in.read()) != -1) {
                    pos++;
                    if (b == '\n') break;
                }
            }
            byte[] buf = new byte[1 << 16];
            while (pos < end) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, end - pos));
                if (n < 0) break;
                out.write(buf, 0, n);
                pos += n;
            }
        }
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
