package org.alignsim.results;

import org.alignsim.base.FileOut;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Aggregates;
import org.alignsim.model.Ladder;
import org.alignsim.model.Mechanism;
import org.alignsim.model.RunObserver;
import org.alignsim.model.World;

import java.nio.file.Path;

/** Streams a run's time series and per-state rows to CSV as the run goes. */
public final class RunWriter implements RunObserver, AutoCloseable {
    private final FileOut timeseries;
    private final FileOut states;
    private final StringBuilder line = new StringBuilder(256);

    public RunWriter(Path dir, boolean writeStates) {
        timeseries = FileOut.create(dir.resolve("timeseries.csv"));
        timeseries.write(header("step,year", Aggregates.COLUMNS));
        states = writeStates ? FileOut.create(dir.resolve("states.csv")) : null;
        if (states != null) {
            String[] cols = new String[Mechanism.ALL.length];
            for (Mechanism m : Mechanism.ALL) cols[m.ordinal()] = "c_" + m.key;
            states.write(header("step,year,iso3,alignment,voting,commitment,commitment_level", cols));
        }
    }

    public static String header(String first, String[] rest) {
        StringBuilder b = new StringBuilder(first);
        for (String c : rest) b.append(',').append(c);
        return b.append('\n').toString();
    }

    @Override
    public void onStep(AlignmentModel m) {
        StringBuilder b = line;
        b.setLength(0);
        CsvOut.Records out = CsvOut.records(b);
        out.whole(m.step()).num(m.year());
        for (double v : m.aggregates().values()) out.num(v);
        out.end();
        timeseries.append(b);
        if (states == null) return;
        World w = m.world;
        for (int i = 0; i < w.n; i++) {
            b.setLength(0);
            out = CsvOut.records(b);
            out.whole(m.step()).num(m.year()).text(w.codes[i]).num(m.alignment(i)).num(m.voting(i)).text(Ladder.of(m.commitment(i)).key).whole(m.commitment(i));
            for (Mechanism mech : Mechanism.ALL) out.num(m.contribution(mech, i));
            out.end();
            states.append(b);
        }
    }

    @Override
    public void close() {
        try {
            timeseries.close();
        } finally {
            if (states != null) states.close();
        }
    }
}
