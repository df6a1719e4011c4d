package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Aggregates;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * MASON chart windows for the run's aggregates against the year: bloc shares by count, bloc
 * shares by GDP (hedging is in both), and the Asian NATO (members at the required rung, and
 * whether it stands). Values are read on the model's thread and added on Swing's, because
 * JFreeChart is not thread-safe.
 */
public final class LiveCharts {
    public final TimeSeriesChartGenerator byCount, byGdp, asianNato;
    private final XYSeries[] countSeries, gdpSeries;
    private final XYSeries natoMembers, natoStands;

    public LiveCharts(AlignmentModel model) {
        byCount = chart("Bloc shares by count", "share of states");
        byGdp = chart("Bloc shares by GDP", "share of GDP");
        asianNato = chart("Asian NATO", "members");
        countSeries = blocSeries(byCount);
        gdpSeries = blocSeries(byGdp);
        byCount.setYAxisRange(0, 1);
        byGdp.setYAxisRange(0, 1);
        natoMembers = series(asianNato, "members at " + model.world.scenario.asianNato().level().key.replace('_', ' '), BlocColors.series(0));
        natoStands = series(asianNato, "stands (1 = yes)", BlocColors.series(2));
        asianNato.setYAxisRange(0, Math.max(1, model.world.asianNatoMembers.length));
    }

    public List<TimeSeriesChartGenerator> all() { return List.of(byCount, byGdp, asianNato); }

    /** Empties every series (a restart), on Swing's thread before any new point is queued there. */
    public void clear() {
        onSwing(() -> { for (TimeSeriesChartGenerator c : all()) c.clearAllSeries(); });
    }

    /** Adds the model's current aggregates at its current year. Called on the model's thread. */
    public void record(AlignmentModel model) {
        Aggregates a = model.aggregates();
        double x = model.year();
        double[] count = {a.usCount(), a.hedgeCount(), a.chinaCount()};
        double[] gdp = {a.usGdp(), a.hedgeGdp(), a.chinaGdp()};
        double members = a.asianNatoMembers(), stands = a.asianNato() ? 1 : 0;
        long key = model.step();
        onSwing(() -> {
            for (int b = 0; b < 3; b++) {
                countSeries[b].add(x, count[b], false);
                gdpSeries[b].add(x, gdp[b], false);
            }
            natoMembers.add(x, members, false);
            natoStands.add(x, stands, false);
            for (XYSeries s : countSeries) s.fireSeriesChanged();
            for (XYSeries s : gdpSeries) s.fireSeriesChanged();
            natoMembers.fireSeriesChanged();
            natoStands.fireSeriesChanged();
            for (TimeSeriesChartGenerator c : all()) c.updateChartLater(key);
        });
    }

    private static TimeSeriesChartGenerator chart(String title, String yLabel) {
        TimeSeriesChartGenerator c = new TimeSeriesChartGenerator();
        c.setTitle(title);
        c.setXAxisLabel("year");
        c.setYAxisLabel(yLabel);
        c.addLegend();
        // Years, not quantities: no thousands separator ("2,030").
        ((NumberAxis) ((XYPlot) c.getChart().getPlot()).getDomainAxis()).setNumberFormatOverride(new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return c;
    }

    private static XYSeries[] blocSeries(TimeSeriesChartGenerator c) {
        BlocColors.Bloc[] blocs = {BlocColors.Bloc.US, BlocColors.Bloc.HEDGING, BlocColors.Bloc.CHINA};
        XYSeries[] s = new XYSeries[3];
        for (int b = 0; b < 3; b++) s[b] = series(c, blocs[b].label, BlocColors.of(blocs[b]));
        return s;
    }

    private static XYSeries series(TimeSeriesChartGenerator c, String name, Color colour) {
        XYSeries s = new XYSeries(name, false);
        TimeSeriesAttributes a = (TimeSeriesAttributes) c.addSeries(s, null);
        a.setStrokeColor(colour);
        a.setThickness(2);  // also applies the colour: MASON rebuilds the series' stroke only on this call
        return s;
    }

    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }
}
