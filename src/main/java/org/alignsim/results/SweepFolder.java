package org.alignsim.results;

import org.alignsim.base.Shown;
import org.alignsim.base.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's result folder as report, analyze, merge and resume read it: its typed manifest, the
 * check of its files against the sizes and SHA-256 the manifest records, design.csv by factor
 * and runs.csv row by row. What each reader then makes of the rows is its own business.
 */
public final class SweepFolder {
    /** The columns of a sweep's timeseries.csv (long form: one row per point, step and outcome). */
    public static final String[] TIMESERIES_HEADER = {"point", "step", "year", "outcome", "n", "mean", "p5", "p50", "p95"};

    /** The header of a sweep's states.csv (with --keep states). */
    public static final String STATES_HEADER = "run,point,replication,step,year,iso3,alignment,voting,commitment";

    private final Path dir;
    private final SweepManifest manifest;

    private SweepFolder(Path dir, SweepManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** The folder, refused in one line if it is none, has no manifest or holds another command's results. */
    public static SweepFolder open(Path dir) {
        if (!Files.isDirectory(dir)) throw new UserError(Shown.path(dir) + ": no such folder");
        if (!Files.isRegularFile(dir.resolve(ManifestFile.NAME))) throw new UserError(Shown.path(dir) + ": not a sweep result folder (no manifest.json)");
        return new SweepFolder(dir, SweepManifest.read(dir));
    }

    public Path dir() { return dir; }

    public SweepManifest manifest() { return manifest; }

    /** Still running, stopped or partly merged: its files are prefixes of the finished ones. */
    public boolean partial() { return !manifest.complete(); }

    /** The shard it holds, "0/1" for a whole sweep or a merge. */
    public String shard() { return manifest.shard() == null ? "0/1" : manifest.shard(); }

    public String designType() { return designType(manifest); }

    /** Design points of the whole sweep; -1 if the manifest has none. */
    public int points() { return whole(designField(manifest, "points"), -1); }

    /** Replications per point; -1 if the manifest has none. */
    public int replications() { return replications(manifest); }

    /** The design's run count as the manifest records it, or otherwise. */
    public long designRunCount(long otherwise) {
        return designField(manifest, "runs") instanceof Number n ? n.longValue() : otherwise;
    }

    /** The design's type as a manifest records it ("?" if it does not). */
    public static String designType(SweepManifest m) { return text(designField(m, "type"), "?"); }

    /** Replications per point as a manifest records them; -1 if it does not. */
    public static int replications(SweepManifest m) { return whole(designField(m, "replications"), -1); }

    /** The design's run count as a manifest records it ("?" if it does not). */
    public static String designRuns(SweepManifest m) { return text(designField(m, "runs"), "?"); }

    /** Refuses, naming the file, any of these files that differs from what the manifest records. */
    public void verify(List<String> names, String remedy) {
        FileSums.verify(dir, Json.tree(manifest), names, remedy);
    }

    /**
     * design.csv's cells for the given factor columns, one array per design point in point order
     * (a point out of order, a missing column or a damaged row is refused naming the file and line).
     */
    public List<String[]> design(List<String> factors) {
        Path file = dir.resolve("design.csv");
        List<String[]> rows = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file, false)) {
            t.require("point");
            int[] cols = new int[factors.size()];
            for (int f = 0; f < cols.length; f++) cols[f] = t.require(factors.get(f));
            for (String[] row = t.next(); row != null; row = t.next()) {
                if (t.integer(row, t.column("point")) != rows.size()) {
                    throw t.error("point " + row[t.column("point")] + " out of order (expected " + rows.size() + ")");
                }
                String[] cells = new String[cols.length];
                for (int f = 0; f < cols.length; f++) cells[f] = row[cols[f]];
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) throw new UserError(file + ": no design points (truncated?)");
        return rows;
    }

    /** runs.csv to read row by row; a partial folder's torn last row is passed over. */
    public CsvTable runs() {
        return CsvTable.open(dir.resolve("runs.csv"), partial());
    }

    private static Object designField(SweepManifest m, String key) {
        return m.design() == null ? null : m.design().get(key);
    }

    private static String text(Object o, String otherwise) {
        return o == null ? otherwise : o.toString();
    }

    private static int whole(Object o, int otherwise) {
        return o instanceof Number n ? n.intValue() : otherwise;
    }
}
