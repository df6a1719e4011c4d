package org.alignsim.gui;

import org.alignsim.chart.MapPainter;
import org.alignsim.model.AlignmentModel;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AlignSim in MASON's GUI: the map display, live charts and an event log around an
 * {@link AlignmentModel}. The Console's Model tab shows the model itself, so its live weights
 * appear with their sliders. Everything that needs a screen is made in {@link #init}; the
 * constructor and {@link #start} work headless, which is what the wiring test relies on.
 */
public class AlignSimGui extends GUIState {
    public final AlignmentModel model;
    public final MapLayers map;
    public final LiveCharts charts;
    private final EventLog events;
    private final List<JFrame> frames = new ArrayList<>();
    public Display2D display;
    private JTextArea eventText;

    public AlignSimGui(AlignmentModel model) {
        super(model);
        this.model = model;
        map = new MapLayers(model, WindowLayout.MAP_FIELD.getWidth() / WindowLayout.MAP_FIELD.getHeight());
        charts = new LiveCharts(model);
        events = new EventLog(model.world.events);
        // The model tells its observers about every step, the start (step 0) included.
        model.addObserver(m -> {
            charts.record(m);
            for (String line : events.onStep(m)) say(line);
        });
    }

    public static String getName() { return "AlignSim"; }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h3>AlignSim: how states choose alignment</h3>"
                + "<p>Each modelled state is its country on the map. <b>Colour</b>: alignment, from China-aligned (vermilion) "
                + "through hedging (orange) to US-aligned (blue). <b>Outline</b>: commitment to the US-led coalition, thicker "
                + "for each rung (none, dialogue, functional, minilateral, collective defence). Grey countries are not in the "
                + "scenario; a state too small to see is a dot. The view menu shows the states, the world, the Indo-Pacific or "
                + "Europe; hover over a country for its full name. Capitals (discs sized by GDP), shared institutions and trade "
                + "with each pole are layers you can switch on.</p>"
                + "<p>Double-click a state to inspect it: alignment, commitment, each mechanism's pull on its last "
                + "decision (+ toward the US) and the threat it perceives from China, Russia and the US. Use the "
                + "magnifying glass next to a value to chart it.</p>"
                + "<p>The <b>Model</b> tab holds the live weights; changes apply from the next step. The display's "
                + "layer button switches layers; the scale field or a right-click zooms, right-drag pans.</p>"
                + "<p>A run stops at the scenario's horizon. Change the seed in the Console tab and press play to "
                + "start again.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() { return state; }

    @Override
    public void start() {
        charts.clear();
        events.reset();
        if (eventText != null) LiveCharts.onSwing(() -> eventText.setText(""));
        super.start();
        int steps = model.world.scenario.time().steps();
        // Runs after each step: stop at the horizon as `alignsim run` does (MASON's Console then
        // sees an empty schedule and presses stop itself).
        scheduleRepeatingImmediatelyAfter(new Steppable() {
            private boolean ended;  // the Console tries one more step after the kill; say it once

            @Override
            public void step(SimState s) {
                if (ended || model.step() < steps) return;
                ended = true;
                say(String.format(Locale.ROOT, "[%.2f] the scenario's horizon: the run ends (press play for a new run)", model.year()));
                state.kill();
            }
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new MapDisplay(WindowLayout.MAP_FIELD.getWidth(), WindowLayout.MAP_FIELD.getHeight(), this);
        display.setBackdrop(MapPainter.SEA);
        display.setMouseChangesOffset(true);  // right-drag pans, right-click zooms in, as MASON documents
        map.attachTo(display);
        display.header.add(map.views.menu(display));
        JFrame mapFrame = display.createFrame();
        mapFrame.setTitle("AlignSim map: " + model.world.scenario.name());
        show(c, mapFrame, WindowLayout.MAP);
        mapFrame.validate();
        map.views.show(display, MapViews.STATES);
        List<TimeSeriesChartGenerator> all = charts.all();
        for (int k = 0; k < all.size(); k++) {
            WindowLayout.fitChart(all.get(k), WindowLayout.CHARTS[k]);
            show(c, all.get(k).createFrame(), WindowLayout.CHARTS[k]);
        }
        eventText = new JTextArea();
        eventText.setEditable(false);
        eventText.setLineWrap(true);
        eventText.setWrapStyleWord(true);
        eventText.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        JFrame log = new JFrame("AlignSim events");
        log.getContentPane().add(new JScrollPane(eventText));
        show(c, log, WindowLayout.EVENTS);
    }

    private void show(Controller c, JFrame f, java.awt.Rectangle where) {
        f.setBounds(where);
        c.registerFrame(f);  // listed in the Console's Displays tab, so a closed window can be shown again
        f.setVisible(true);
        frames.add(f);
    }

    /** The map and chart windows, for screenshots and tests. */
    public List<JFrame> frames() { return List.copyOf(frames); }

    public JFrame mapFrame() { return frames.isEmpty() ? null : frames.get(0); }

    public JFrame chartFrame(int k) { return frames.size() > k + 1 ? frames.get(k + 1) : null; }

    public String eventText() { return eventText == null ? "" : eventText.getText(); }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : frames) f.dispose();
        frames.clear();
        display = null;
        eventText = null;
    }

    /** Events go to stdout (for the terminal the GUI was started from) and to the events window. */
    private void say(String line) {
        System.out.println(line);
        JTextArea t = eventText;
        if (t != null) LiveCharts.onSwing(() -> {
            t.append(line + "\n");
            t.setCaretPosition(t.getDocument().getLength());
        });
    }
}
