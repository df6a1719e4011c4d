package org.alignsim.calibration;

import org.alignsim.base.FileError;
import org.alignsim.base.FileOut;
import org.alignsim.results.Csv;
import org.alignsim.results.CsvOut;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * loss.csv: one row per evaluation, written (and flushed) as soon as it is known, so that an
 * interrupted calibration leaves every finished evaluation on disk. Numbers are the shortest
 * decimals that read back as the same doubles, which is what lets {@code --resume} replay the
 * logged evaluations bit for bit (see {@link Calibrator}).
 *
 * <p>Columns: {@code evaluation} (from 1), {@code generation} (0 is the starting point; CMA-ES
 * then evaluates one population per generation; restarts continue the count), {@code restart},
 * {@code loss}, the fitted components ({@code misclassification}, {@code phase_wrong}) and each
 * parameter by its key path.
 */
public final class LossLog implements AutoCloseable {
    /** A logged evaluation. */
    public record Row(long evaluation, long generation, int restart, double loss, double[] components, double[] x) {}

    private final FileOut out;

    public static String header(CalibrationSpec spec) {
        List<String> rest = new ArrayList<>(components(spec));
        for (CalibrationSpec.Parameter p : spec.parameters()) rest.add(p.path());
        String h = CsvOut.header(List.of("evaluation", "generation", "restart", "loss"), rest);
        return h.substring(0, h.length() - 1);
    }

    public static List<String> components(CalibrationSpec spec) {
        List<String> c = new ArrayList<>();
        if (spec.fit().stances()) c.add("misclassification");
        if (spec.fit().backcast()) c.add("phase_wrong");
        return c;
    }

    static double[] components(CalibrationSpec spec, Objective.Evaluation e) {
        List<Double> v = new ArrayList<>();
        if (spec.fit().stances()) v.add(e.misclassification());
        if (spec.fit().backcast()) v.add(e.phaseWrong());
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Opens loss.csv for appending; a new file gets the header. */
    public LossLog(Path file, CalibrationSpec spec) {
        boolean fresh;
        try {
            fresh = !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
        out = FileOut.append(file);
        if (fresh) {
            out.write(header(spec));
            out.write('\n');
            out.flush();
        }
    }

    public void append(Row r) {
        // Exact values: resuming replays the log and must go on from the very same numbers.
        List<Object> cells = new ArrayList<>(List.of(r.evaluation(), r.generation(), r.restart(), Csv.exact(r.loss())));
        for (double c : r.components()) cells.add(Csv.exact(c));
        for (double v : r.x()) cells.add(Csv.exact(v));
        out.write(CsvOut.record(cells.toArray()));
        out.flush();
    }

    /**
     * The complete rows of an existing loss.csv. A torn last line (no newline: the process died
     * while writing it) is cut off the file, so appending continues cleanly.
     */
    public static List<Row> read(Path file, CalibrationSpec spec) {
        String shown = ScenarioLoader.display(file);
        try {
            if (!Files.exists(file)) return List.of();
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            if (end < bytes.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                }
            }
            List<Row> rows = new ArrayList<>();
            if (end == 0) return rows;
            List<Csv.Row> lines = Csv.rows(new String(bytes, 0, end, StandardCharsets.UTF_8), shown);
            if (lines.isEmpty() || !String.join(",", lines.get(0).cells()).equals(header(spec))) {
                throw new ScenarioException(shown, 1, "", "the columns do not match this calibration's parameters: expected " + header(spec));
            }
            int nc = components(spec).size(), np = spec.parameters().size();
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).cells().toArray(String[]::new);
                if (f.length != 4 + nc + np) throw new ScenarioException(shown, lines.get(i).line(), "", "expected " + (4 + nc + np) + " fields, found " + f.length);
                try {
                    long ev = Long.parseLong(f[0]);
                    if (ev != i) throw new ScenarioException(shown, lines.get(i).line(), "evaluation", "expected evaluation " + i + ", found " + ev);
                    double[] comp = new double[nc], x = new double[np];
                    for (int k = 0; k < nc; k++) comp[k] = Double.parseDouble(f[4 + k]);
                    for (int k = 0; k < np; k++) x[k] = Double.parseDouble(f[4 + nc + k]);
                    rows.add(new Row(ev, Long.parseLong(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]), comp, x));
                } catch (NumberFormatException e) {
                    throw new ScenarioException(shown, lines.get(i).line(), "", "not a number: " + e.getMessage());
                }
            }
            return rows;
        } catch (IOException e) {
            throw FileError.reading(file, e);
        }
    }

    @Override
    public void close() {
        out.close();
    }
}
