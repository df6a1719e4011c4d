package org.alignsim.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size, row count and SHA-256 of a result folder's files, as its manifest.json records them
 * under "files" once the files are final. Whoever reads the folder later (merge, report,
 * analyze) checks them first, so a file cut short or edited since is refused in one line
 * instead of being read as if it were whole.
 */
public final class FileSums {
    private FileSums() {}

    /** One file: bytes, data rows (lines after the header, for CSV; -1 otherwise) and SHA-256. */
    public record Sum(long bytes, long rows, String sha256) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bytes", bytes);
            if (rows >= 0) m.put("rows", rows);
            m.put("sha256", sha256);
            return m;
        }
    }

    /** Counts and hashes what passes through it, as it is written. */
    public static final class Counting extends FilterOutputStream {
        private final MessageDigest digest = sha256();
        private final boolean csv;
        private long bytes, newlines;

        public Counting(OutputStream out, boolean csv) {
            super(out);
            this.csv = csv;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
            if (b == '\n') newlines++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) if (b[i] == '\n') newlines++;
        }

        public Sum sum() {
            return new Sum(bytes, csv ? Math.max(0, newlines - 1) : -1, HexFormat.of().formatHex(digest.digest()));
        }
    }

    public static Sum of(Path file) {
        try (InputStream in = Files.newInputStream(file); Counting c = new Counting(OutputStream.nullOutputStream(), isCsv(file))) {
            in.transferTo(c);
            return c.sum();
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
    }

    /** The "files" object of a manifest for these files of dir. */
    public static Map<String, Object> describe(Path dir, List<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, of(dir.resolve(n)).json());
        return m;
    }

    public static Map<String, Object> json(Map<String, Sum> sums) {
        Map<String, Object> m = new LinkedHashMap<>();
        sums.forEach((k, v) -> m.put(k, v.json()));
        return m;
    }

    /**
     * Refuses, in one line naming the file, any of these files that manifest.json lists under
     * "files" and that is missing or differs from what it records. Files it does not list (an
     * unfinished sweep's, or a folder from before the checksums) are left to the reader's checks.
     */
    public static void verify(Path dir, JsonNode manifest, List<String> names, String remedy) {
        JsonNode files = manifest.path("files");
        for (String n : names) {
            JsonNode want = files.path(n);
            if (!want.isObject()) continue;
            Path f = dir.resolve(n);
            if (!Files.isRegularFile(f)) throw new UserError(Shown.path(f) + ": missing, but manifest.json lists it; " + remedy);
            check(f, want, of(f), remedy);
        }
    }

    /** Compares a file's sum with what its manifest recorded. */
    public static void check(Path f, JsonNode want, Sum got, String remedy) {
        if (got.sha256().equals(want.path("sha256").asText())) return;
        long rows = want.path("rows").asLong(-1);
        String what = rows >= 0 && rows != got.rows() ? got.rows() + " rows where manifest.json says " + rows
                : want.path("bytes").asLong(-1) != got.bytes() ? got.bytes() + " bytes where manifest.json says " + want.path("bytes").asLong()
                : "its SHA-256 differs from manifest.json's";
        throw new UserError(Shown.path(f) + ": changed since it was written (" + what + "); " + remedy);
    }

    static boolean isCsv(Path f) {
        return f.getFileName().toString().endsWith(".csv");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
