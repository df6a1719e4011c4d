package org.alignsim.gui;

import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says which scenario events fire (or end) as the run's year crosses their start (or end) year.
 * At the start of a run it lists the events already under way, since a scenario's history
 * (e.g. a war in 2022) is part of the world the run begins in.
 */
public final class EventLog {
    private final Parameters.Event[] events;
    private double lastYear = Double.NaN;

    public EventLog(Parameters.Event[] events) { this.events = events; }

    /** Forgets the previous run (a restart). */
    public void reset() { lastYear = Double.NaN; }

    /** The lines for the step the model has just completed (step 0 is the start). */
    public List<String> onStep(AlignmentModel model) {
        double year = model.year();
        List<String> lines = new ArrayList<>();
        for (Parameters.Event e : events) {
            boolean ended = !Double.isNaN(e.endYear()) && e.endYear() <= year;
            if (Double.isNaN(lastYear)) {
                if (e.startYear() <= year && !ended) lines.add(line(year, "under way since " + fmt(e.startYear()), e));
            } else {
                if (lastYear < e.startYear() && e.startYear() <= year) lines.add(line(year, "fires", e));
                if (!Double.isNaN(e.endYear()) && lastYear < e.endYear() && e.endYear() <= year) lines.add(line(year, "ends", e));
            }
        }
        lastYear = year;
        return lines;
    }

    private static String line(double year, String what, Parameters.Event e) {
        String note = e.note() == null || e.note().isBlank() ? "" : ": " + e.note().strip().replaceAll("\\s+", " ");
        return "[" + fmt(year) + "] event " + e.id() + " (" + e.type().key + ") " + what + note;
    }

    private static String fmt(double year) { return String.format(Locale.ROOT, "%.2f", year); }
}
