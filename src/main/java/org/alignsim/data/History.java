package org.alignsim.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The historical reference panels (the project's {@code data/history/}, see its README.md and
 * SOURCES.md): where they are, and the measures read from them. Each file is read once, on first
 * use, so a command reads only what it needs.
 */
public final class History {
    public static final String IDEAL_POINTS = "unga_ideal_points.csv";
    public static final String DEMOCRACY = "democracy.csv";
    public static final String ALLIANCES = "alliances.csv";

    private final Path dir;
    /** The UN ideal points' file, when it is not the folder's own (an out-of-sample check with states the folder lacks). */
    private final Path idealPointsFile;
    /** State-years whose UN votes are left out (see {@link #at(Path, Path, List)}). */
    private final List<Excluded> excluded;
    private final Map<String, DataTable> read = new TreeMap<>();
    private YearPanel idealPoints, idealPointsAsRead, democracy;
    private UsDefencePacts pacts;

    /**
     * UN votes of a state in the years [from, to] that were not cast for the government in control
     * of it (a seat kept by a government it had ousted), so not a reading of its alignment.
     */
    public record Excluded(String iso3, int from, int to) {}

    private History(Path dir, Path idealPointsFile, List<Excluded> excluded) {
        this.dir = dir;
        this.idealPointsFile = idealPointsFile;
        this.excluded = List.copyOf(excluded);
    }

    /** The panels in a folder; the folder must exist (its files are checked when read). */
    public static History at(Path dir) {
        return at(dir, null);
    }

    /** The same, with the UN ideal points read from {@code idealPointsFile} instead of the folder's (null: the folder's). */
    public static History at(Path dir, Path idealPointsFile) {
        return at(dir, idealPointsFile, List.of());
    }

    /** The same, with the UN ideal points of the excluded state-years left out as gaps. */
    public static History at(Path dir, Path idealPointsFile, List<Excluded> excluded) {
        if (!Files.isDirectory(dir)) throw new DataException(dir.toString(), 0, "no such data folder (give the folder of the history panels with --data)");
        return new History(dir, idealPointsFile, excluded);
    }

    public Path dir() { return dir; }

    /**
     * UN General Assembly ideal points (Bailey, Strezhnev and Voeten 2017), estimated from the
     * foreign-policy votes ({@code idealpointfp}): the most US-like states have the highest values.
     */
    public synchronized YearPanel idealPoints() {
        if (idealPoints == null) {
            Path file = idealPointsFile != null ? idealPointsFile : dir.resolve(IDEAL_POINTS);
            idealPointsAsRead = YearPanel.of(table(IDEAL_POINTS, file, "iso3", "year", "idealpointfp"), "idealpointfp");
            YearPanel p = idealPointsAsRead;
            for (Excluded e : excluded) p = p.without(e.iso3(), e.from(), e.to());
            idealPoints = p;
        }
        return idealPoints;
    }

    /** The UN ideal points as the file has them, the excluded state-years included. */
    public synchronized YearPanel idealPointsAsRead() {
        idealPoints();
        return idealPointsAsRead;
    }

    /** V-Dem's electoral democracy index {@code v2x_polyarchy}, 0 to 1. */
    public synchronized YearPanel electoralDemocracy() {
        if (democracy == null) democracy = YearPanel.of(table(DEMOCRACY, "iso3", "year", "v2x_polyarchy"), "v2x_polyarchy");
        return democracy;
    }

    /** Which states the US was obliged by treaty to defend, year by year (ATOP). */
    public synchronized UsDefencePacts usDefencePacts() {
        if (pacts == null) pacts = UsDefencePacts.of(table(ALLIANCES, "iso3_1", "iso3_2", "year", "atop_defense_12", "atop_defense_21"));
        return pacts;
    }

    /** The files read so far, with their SHA-256, for a manifest. */
    public synchronized List<String[]> filesRead() {
        List<String[]> out = new ArrayList<>();
        for (DataTable t : read.values()) out.add(new String[]{t.file(), t.sha256()});
        return out;
    }

    private DataTable table(String name, String... columns) {
        return table(name, dir.resolve(name), columns);
    }

    private DataTable table(String name, Path file, String... columns) {
        DataTable t = DataTable.read(file, columns);
        read.put(name, t);
        return t;
    }
}
