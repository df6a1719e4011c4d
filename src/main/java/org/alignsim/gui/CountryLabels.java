package org.alignsim.gui;

import org.alignsim.chart.MapPainter;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each modelled state's ISO3 code on its country, as its own layer so the layer menu can hide
 * them. Labels are offered largest economy first and one that would overlap another is left out
 * (zoom in to see it, or hover for the full name). Hits nothing, so a double-click never opens a
 * second inspector for the same state.
 */
final class CountryLabels extends FieldPortrayal2D {
    private static final Font FONT = new Font("SansSerif", Font.BOLD, 10);
    private final CountryLayer countries;
    private final List<Integer> order = new ArrayList<>();
    /** The labels of the last frame, by code, for tests: where each went. */
    final Map<String, Rectangle2D> drawn = new LinkedHashMap<>();

    /** @param startGdp each state's GDP at the start, by state index */
    CountryLabels(CountryLayer countries, double[] startGdp) {
        this.countries = countries;
        for (int k = 0; k < countries.modelled.size(); k++) order.add(k);
        // By the scenario's GDP, not the live one, so labels do not flicker as economies overtake each other.
        order.sort(Comparator.comparingDouble(k -> -startGdp[countries.modelled.get(k).state().index]));
    }

    /** Synchronized: the map's warm-up may draw on another thread while Swing draws the first frame. */
    @Override
    protected synchronized void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null) return;
        CountryLayer.Pixels px = countries.pixels(info);
        MapPainter painter = new MapPainter(g);
        drawn.clear();
        for (int k : order) {
            Point2D at = px.labels().get(k);
            if (!info.clip.contains(at)) continue;
            StateView s = countries.modelled.get(k).state();
            Rectangle2D box = painter.label(s.getCode(), at, px.states().get(k), StatePortrayal.fill(s.getAlignment()), FONT);
            if (box != null) drawn.put(s.getCode(), box);
        }
    }
}
