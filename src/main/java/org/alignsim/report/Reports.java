package org.alignsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.alignsim.base.FileBatch;
import org.alignsim.base.FileError;
import org.alignsim.base.NewFolders;
import org.alignsim.base.Shown;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.chart.ChartFiles;
import org.alignsim.chart.ColourScale;
import org.alignsim.results.Json;
import org.alignsim.results.ManifestFile;
import org.alignsim.output.OutputFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry points for reports: report.html plus charts/ (every chart as PNG and SVG) for one result
 * folder or a comparison of several. All input is read and checked before anything is written,
 * and the files are made in a hidden staging folder and moved into place at the end, report.html
 * last, so a failure never leaves a half-written report.
 */
public final class Reports {
    private Reports() {}

    /** The outcomes drawn over a sweep's factors, the Asian NATO question first. */
    static final List<String> FACTOR_OUTCOMES = List.of("asian_nato_formed", "asian_nato_readiness", "share_us_gdp", "mean_alignment");

    /** For `alignsim sweep` (and `run`) to call when they finish: writes the report into the result folder itself. */
    public static Path writeFor(Path resultFolder) {
        return write(resultFolder, resultFolder);
    }

    /**
     * Writes outDir/report.html (and outDir/charts/ where the report draws charts) for a folder of
     * `alignsim run`, `sweep`, `calibrate` or `landscape`, by its manifest's "command"; returns
     * the report's path.
     */
    public static Path write(Path resultFolder, Path outDir) {
        Headless.ensure();
        JsonNode manifest = Result.manifestOf(resultFolder);
        checkPlace(resultFolder, outDir);
        switch (manifest.path("command").asText("")) {
            case "calibrate" -> {
                CalibrationReport c = CalibrationReport.load(resultFolder);
                List<Figure> figures = c.figures();
                return publish(outDir, figures, c.html(figures, outDir), !figures.isEmpty());
            }
            case "validate" -> {
                ValidationReport v = ValidationReport.load(resultFolder);
                List<Figure> figures = v.figures();
                return publish(outDir, figures, v.html(figures, outDir));
            }
            case "landscape" -> {
                LandscapeReport l = LandscapeReport.load(resultFolder);
                return publish(outDir, List.of(), l.html(outDir), false);
            }
            default -> {
                Result r = Result.load(resultFolder, manifest);
                List<Figure> figures = figures(r);
                return publish(outDir, figures, ReportPage.html(r, figures, outDir));
            }
        }
    }

    /**
     * A report replaces report.html and charts/ where it goes: in the result folder itself, in a
     * new or empty folder, or over an earlier report; never in a folder of the user's own files.
     */
    private static void checkPlace(Path resultFolder, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        if (out.equals(resultFolder.toAbsolutePath().normalize()) || !Files.exists(out)) return;
        if (!Files.isDirectory(out)) throw new UserError(Shown.path(out) + ": exists and is not a folder (choose another --out)");
        if (Files.exists(out.resolve("report.html"))) return;
        try (var s = Files.list(out)) {
            if (s.findAny().isEmpty()) return;
        } catch (IOException e) {
            throw FileError.reading(out, e);
        }
        throw new UserError(Shown.path(out) + ": holds files but no report.html; a report replaces report.html and charts/ where it goes, "
                + "so give a new or empty folder (or an earlier report's)");
    }

    /**
     * Writes a side-by-side report of several result folders into a new folder outDir (an
     * existing one only with force, and only if it holds AlignSim output): report.html, charts/
     * and a manifest.json saying what was compared.
     */
    public static Path compare(List<Path> folders, Path outDir, boolean force) {
        if (folders.size() < 2) throw new UserError("compare needs at least two result folders");
        Headless.ensure();
        OutputFolder.checkReplaceable(outDir.toAbsolutePath().normalize(), force);
        List<Result> results = new ArrayList<>();
        for (Path p : folders) results.add(Result.load(p));
        List<String> labels = labels(results);
        List<Figure> figures = new ArrayList<>();
        figures.add(ReportCharts.compareBlocShares(results, labels));
        figures.add(ReportCharts.alignment(results, labels, "compare-alignment", null));
        figures.addAll(comparePhases(results, labels));
        for (int i = 0; i < results.size(); i++) {
            figures.add(ReportCharts.map(results.get(i), null, "compare-map-" + (i + 1), "Final alignment: " + labels.get(i)));
        }
        String html = ComparePage.html(results, labels, figures, outDir);
        Map<String, Object> manifest = compareManifest(folders, List.of("report.html", "charts/", "manifest.json"));
        try (OutputFolder folder = new OutputFolder(outDir, force)) {
            return folder.fill(dir -> {
                saveCharts(dir.resolve("charts"), figures);
                FileBatch.writeAtomically(dir.resolve("report.html"), html);
                Json.write(dir.resolve(ManifestFile.NAME), manifest);
                return folder.target().resolve("report.html");
            });
        }
    }

    /** A comparison's manifest.json: what was compared and what was written. */
    private static Map<String, Object> compareManifest(List<Path> folders, List<String> outputs) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("program", "alignsim");
        manifest.put("version", Version.get());
        manifest.put("command", "compare");
        manifest.put("compared", folders.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        manifest.put("outputs", outputs);
        manifest.put("written", Instant.now().toString());
        return manifest;
    }

    /** What comparing validations wrote, and the summary to print. */
    public record Compared(Path html, String summary) {}

    /**
     * Whether the folders are all of `alignsim validate` (compare them with
     * {@link #compareValidations}); a mix of validate folders and others is an error.
     */
    public static boolean validations(List<Path> folders) {
        long v = folders.stream().filter(p -> "validate".equals(Result.manifestOf(p).path("command").asText(""))).count();
        if (v != 0 && v != folders.size()) {
            throw new UserError("compare: " + v + " of the " + folders.size() + " folders are of 'alignsim validate' and the others not; compare folders of one kind");
        }
        return v > 0;
    }

    /**
     * Scorecards of several validate folders side by side, into a new folder outDir (an existing
     * one only with force): report.html, scorecards.csv (tidy: one line per metric and folder) and
     * a manifest.json saying what was compared.
     */
    public static Compared compareValidations(List<Path> folders, Path outDir, boolean force) {
        if (folders.size() < 2) throw new UserError("compare needs at least two result folders");
        OutputFolder.checkReplaceable(outDir.toAbsolutePath().normalize(), force);
        List<ValidationReport> reports = folders.stream().map(ValidationReport::load).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            String label = String.valueOf(folders.get(i).toAbsolutePath().normalize().getFileName());
            while (labels.contains(label)) label = label + " #" + (i + 1);
            labels.add(label);
        }
        List<ValidationCompare.Row> rows = ValidationCompare.rows(reports);
        String html = ValidationCompare.html(reports, rows, labels, outDir);
        String csv = ValidationCompare.csv(rows, labels);
        Map<String, Object> manifest = compareManifest(folders, List.of("report.html", "scorecards.csv", "manifest.json"));
        try (OutputFolder folder = new OutputFolder(outDir, force)) {
            Path written = folder.fill(dir -> {
                FileBatch.writeAtomically(dir.resolve("scorecards.csv"), csv);
                FileBatch.writeAtomically(dir.resolve("report.html"), html);
                Json.write(dir.resolve(ManifestFile.NAME), manifest);
                return folder.target().resolve("report.html");
            });
            return new Compared(written, ValidationCompare.text(rows, labels));
        }
    }

    static List<Figure> figures(Result r) {
        List<Figure> out = new ArrayList<>();
        if (r instanceof RunFolder run) {
            out.add(ReportCharts.runBlocShares(run));
            out.add(ReportCharts.alignment(List.of(r), List.of(r.name()), "alignment", null));
            out.add(ReportCharts.map(r, null, "map", "Final alignment: " + r.name()));
            return out;
        }
        SweepResult s = (SweepResult) r;
        if (!s.pointsWithRuns().isEmpty()) {
            for (String o : FACTOR_OUTCOMES) {
                Figure f = ReportCharts.overFactors(s, o, null);
                if (f != null) out.add(f);
            }
            out.add(ReportCharts.alignment(List.of(r), List.of(r.name()), "alignment", null));
            Figure ts = ReportCharts.sweepBlocShares(s);
            if (ts != null) out.add(ts);
            out.addAll(ReportCharts.sweepMaps(s));
        }
        return out;
    }

    /** Scenario names as labels, made unique with the folder name where two are the same. */
    static List<String> labels(List<Result> results) {
        List<String> names = results.stream().map(Result::name).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String n = names.get(i);
            String label = names.stream().filter(n::equals).count() > 1 ? n + " (" + results.get(i).dir().toAbsolutePath().normalize().getFileName() + ")" : n;
            while (out.contains(label)) label = label + " #" + (i + 1);
            out.add(label);
        }
        return out;
    }

    /** Heat maps of sweeps over the same two gridded factors, one per sweep, with one colour scale. */
    private static List<Figure> comparePhases(List<Result> results, List<String> labels) {
        List<SweepResult> sweeps = new ArrayList<>();
        for (Result r : results) if (r instanceof SweepResult s) sweeps.add(s);
        if (sweeps.size() < 2 || sweeps.size() != results.size()) return List.of();
        SweepResult first = sweeps.get(0);
        if (first.factors().size() != 2 || !first.factors().get(0).gridded() || !first.factors().get(1).gridded()) return List.of();
        for (SweepResult s : sweeps) if (!s.factors().equals(first.factors()) || s.pointsWithRuns().isEmpty()) return List.of();
        List<Figure> out = new ArrayList<>();
        for (String o : List.of("asian_nato_formed", "share_us_gdp")) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (SweepResult s : sweeps) {
                double[][] z = ReportCharts.grid(s, o);
                lo = Math.min(lo, ReportCharts.min(z));
                hi = Math.max(hi, ReportCharts.max(z));
            }
            ColourScale shared = ReportCharts.scaleFor(o, lo, hi);
            for (int i = 0; i < sweeps.size(); i++) {
                Figure f = ReportCharts.overFactors(sweeps.get(i), o, shared);
                f.chart().setTitle(f.chart().getTitle().getText().replace(": " + sweeps.get(i).name(), ": " + labels.get(i)));
                out.add(new Figure("compare-" + f.file() + "-" + (i + 1), f.chart(), f.width(), f.height(),
                        f.caption() + " " + labels.get(i) + "; the same colour scale as the other results."));
            }
        }
        return out;
    }

    /** Renders into a staging folder, then moves charts/ and report.html into outDir. */
    static Path publish(Path outDir, List<Figure> figures, String html) {
        return publish(outDir, figures, html, true);
    }

    /**
     * As above; without chartsFolder, only report.html is written and an existing charts/ is
     * left alone. A failure leaves outDir as it was: the staging folder goes, and so does outDir
     * if it was made for this report.
     */
    static Path publish(Path outDir, List<Figure> figures, String html, boolean chartsFolder) {
        Path dir = outDir.toAbsolutePath().normalize();
        NewFolders made = NewFolders.create(dir);
        Path staging = null;
        boolean done = false;
        try {
            if (!chartsFolder) {
                if (!figures.isEmpty()) throw new IllegalStateException("charts without a charts folder");
                FileBatch.writeAtomically(dir.resolve("report.html"), html);
                done = true;
                return dir.resolve("report.html");
            }
            staging = Files.createTempDirectory(dir, ".report-");
            Path charts = staging.resolve("charts");
            saveCharts(charts, figures);
            FileBatch.writeAtomically(staging.resolve("report.html"), html);
            Path old = dir.resolve("charts");
            boolean hadOld = Files.exists(old);
            if (hadOld) FileBatch.move(old, staging.resolve("charts.old"));
            try {
                FileBatch.move(charts, old);
            } catch (FileError e) {
                if (hadOld) FileBatch.move(staging.resolve("charts.old"), old);   // leave the previous report whole
                throw e;
            }
            FileBatch.move(staging.resolve("report.html"), dir.resolve("report.html"));
            done = true;
            return dir.resolve("report.html");
        } catch (IOException e) {
            throw FileError.writing(dir.resolve("report.html"), e);
        } catch (FileError e) {
            throw staging == null ? e : e.movedTo(staging, dir);
        } finally {
            OutputFolder.deleteTree(staging);
            if (!done) made.undo();
        }
    }

    /** Every figure as PNG and SVG in a new folder charts. */
    private static void saveCharts(Path charts, List<Figure> figures) {
        Map<String, Boolean> seen = new HashMap<>();
        try (FileBatch batch = new FileBatch()) {
            for (Figure f : figures) {
                if (seen.put(f.file(), true) != null) throw new IllegalStateException("two charts named " + f.file());
                ChartFiles.save(batch, f.chart(), charts.resolve(f.file()), f.width(), f.height(), true, true);
            }
            if (figures.isEmpty()) NewFolders.create(charts);
            batch.commit();
        }
    }
}
