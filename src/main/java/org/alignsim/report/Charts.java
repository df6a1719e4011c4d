package org.alignsim.report;

import org.alignsim.base.UserError;
import org.alignsim.chart.ChartFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Single charts for the `alignsim chart` command. */
public final class Charts {
    private Charts() {}

    /**
     * Draws one chart of a result folder and returns the files written.
     *
     * @param kind   timeseries, alignment or phase
     * @param points sweep design points (null or empty: the default choice)
     * @param out    output file with or without extension; null for DIR/charts/&lt;kind&gt;-&lt;outcome&gt;
     */
    public static List<Path> draw(String kind, Path dir, String outcome, List<Integer> points, Path out, boolean png, boolean svg) {
        Outcomes.check(outcome);
        Headless.ensure();
        Result r = Result.load(dir);
        Figure f = switch (kind) {
            case "timeseries" -> ReportCharts.outcomeOverTime(r, outcome, points);
            case "alignment" -> alignment(r, points);
            case "phase" -> phase(r, outcome);
            default -> throw new UserError("unknown chart kind '" + kind + "'; valid kinds: timeseries, alignment, phase");
        };
        Path base = out != null ? stripExtension(out) : dir.resolve("charts").resolve(f.file());
        ChartFiles.save(f.chart(), base, f.width(), f.height(), png, svg);
        List<Path> written = new ArrayList<>();
        if (png) written.add(base.resolveSibling(base.getFileName() + ".png"));
        if (svg) written.add(base.resolveSibling(base.getFileName() + ".svg"));
        return written;
    }

    private static Figure alignment(Result r, List<Integer> points) {
        Integer point = null;
        if (points != null && !points.isEmpty()) {
            if (!(r instanceof SweepResult s)) throw new UserError("--point is for sweep folders; " + r.dir() + " is a single run");
            if (points.size() > 1) throw new UserError("chart alignment takes one --point");
            point = ReportCharts.checkPoint(s, points.get(0));
        }
        return ReportCharts.alignment(List.of(r), List.of(r.name()), "alignment" + (point == null ? "" : "-point" + point), point);
    }

    private static Figure phase(Result r, String outcome) {
        if (!(r instanceof SweepResult s)) throw new UserError(r.dir() + ": a phase chart needs a sweep folder, this is a single run");
        if (s.factors().isEmpty()) throw new UserError(r.dir() + ": a phase chart needs a sweep with at least one factor");
        if (s.pointsWithRuns().isEmpty()) throw new UserError(r.dir().resolve("runs.csv") + ": no successful runs yet");
        return ReportCharts.overFactors(s, outcome, null);
    }

    private static Path stripExtension(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".svg")) n = n.substring(0, n.length() - 4);
        return p.resolveSibling(n);
    }
}
