package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.gui.LinkPortrayal.Link;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.World;
import sim.display.Display2D;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * The map's fields and portrayals, one MASON layer each so the display's layer menu switches them:
 * the grid, the countries, institutional ties, trade with each pole, the capitals, the labels and
 * a legend. The fields belong to the GUI, not the model: capitals do not move and the countries
 * and links read live values (GDP, alignment, commitment) when drawn, so nothing here needs
 * updating per step.
 */
public final class MapLayers {
    public static final String GRID = "Map grid", COUNTRIES = "Countries", TIES = "Institutional ties", TRADE_US = "Trade with the US",
            TRADE_CHINA = "Trade with China", CAPITALS = "Capitals", LABELS = "Labels", LEGEND = "Legend";

    /** Largest disc and smallest disc as fractions of the map's width: the disc layer's sizes, now that the map is the whole world. */
    private static final double MAX_DIAMETER = 0.025, MIN_DIAMETER = 0.008;
    /** Widest trade line, pixels, for the largest starting trade volume. */
    private static final double TRADE_MAX_PX = 7;
    private static final Color TIE = new Color(70, 80, 90, 75);

    public final MapProjection projection;
    public final Continuous2D places;
    public final Network ties = new Network(false), tradeUs = new Network(false), tradeChina = new Network(false);
    public final StateView[] states;
    public final StatePortrayal discs;
    public final ContinuousPortrayal2D statesLayer;
    final CountryLayer countriesLayer;
    final CountryLabels labelsLayer;
    final MapViews views;
    public final NetworkPortrayal2D tiesLayer = new NetworkPortrayal2D(), tradeUsLayer = new NetworkPortrayal2D(),
            tradeChinaLayer = new NetworkPortrayal2D();
    private final GraticulePortrayal grid;

    /** @param aspect width / height of the display the map is drawn in */
    public MapLayers(AlignmentModel model, double aspect) {
        World w = model.world;
        projection = new MapProjection(w.lat, w.lon, aspect);
        double maxDiameter = MAX_DIAMETER * projection.width;
        places = new Continuous2D(maxDiameter, projection.width, projection.height);
        states = new StateView[w.n];
        for (int i = 0; i < w.n; i++) {
            states[i] = new StateView(model, i);
            places.setObjectLocation(states[i], projection.place(w.lat[i], w.lon[i]));
            ties.addNode(states[i]);
            tradeUs.addNode(states[i]);
            tradeChina.addNode(states[i]);
        }
        addTies(w);
        addTrade(model);

        discs = new StatePortrayal(model, maxDiameter, MIN_DIAMETER * projection.width);
        statesLayer = new CapitalsPortrayal(w);
        statesLayer.setField(places);
        statesLayer.setPortrayalForAll(discs);
        countriesLayer = new CountryLayer(projection, states, s -> capital(w, s.index));
        labelsLayer = new CountryLabels(countriesLayer, w.gdp0);
        views = new MapViews(projection, states);
        tiesLayer.setField(new SpatialNetwork2D(places, ties));
        tiesLayer.setPortrayalForAll(new LinkPortrayal(TIE));
        tradeUsLayer.setField(new SpatialNetwork2D(places, tradeUs));
        tradeUsLayer.setPortrayalForAll(new LinkPortrayal(translucent(BlocColors.US)));
        tradeChinaLayer.setField(new SpatialNetwork2D(places, tradeChina));
        tradeChinaLayer.setPortrayalForAll(new LinkPortrayal(translucent(BlocColors.CHINA)));
        grid = new GraticulePortrayal(projection);
    }

    /**
     * Attaches the layers bottom to top. The countries carry the states' colours, so the ties and
     * trade lines (which cross the whole map) and the capitals' discs start hidden.
     */
    public void attachTo(Display2D display) {
        display.attach(grid, GRID);
        display.attach(countriesLayer, COUNTRIES);
        display.attach(tiesLayer, TIES, false);
        display.attach(tradeUsLayer, TRADE_US, false);
        display.attach(tradeChinaLayer, TRADE_CHINA, false);
        display.attach(statesLayer, CAPITALS, false);
        display.attach(labelsLayer, LABELS);
        display.attach(new LegendPortrayal(), LEGEND);
    }

    /**
     * Draws the countries and their labels once into a small scratch image, the whole world at a
     * pixel a degree. Java2D's antialiasing, the fonts and the code that turns shapes into pixels
     * are slow the first time they run; run once on another thread while MASON builds its Console,
     * they are quick by the time the map's first frame is drawn. Small, so that on a busy machine
     * it takes little from the frame it is meant to speed up.
     */
    void warmUp() {
        Rectangle2D.Double world = new Rectangle2D.Double(0, 0, projection.width, projection.height);
        BufferedImage scratch = new BufferedImage((int) world.width, (int) world.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            countriesLayer.draw(null, g, new DrawInfo2D(null, countriesLayer, world, world));
            labelsLayer.draw(null, g, new DrawInfo2D(null, labelsLayer, world, world));
        } finally {
            g.dispose();
        }
    }

    public StateView state(String code) {
        for (StateView s : states) if (s.getCode().equals(code)) return s;
        return null;
    }

    /** One line per pair sharing an institution, as wide as their summed cohesion (capped). */
    private void addTies(World w) {
        double[][] cohesion = new double[w.n][w.n];
        for (int k = 0; k < w.institutionMembers.length; k++) {
            int[] m = w.institutionMembers[k];
            for (int a = 0; a < m.length; a++) for (int b = a + 1; b < m.length; b++) {
                int i = Math.min(m[a], m[b]), j = Math.max(m[a], m[b]);
                cohesion[i][j] += w.institutionCohesion[k];
            }
        }
        for (int i = 0; i < w.n; i++) for (int j = i + 1; j < w.n; j++) {
            if (cohesion[i][j] <= 0) continue;
            double px = 0.6 + 1.2 * Math.min(2, cohesion[i][j]);
            ties.addEdge(states[i], states[j], new Link(w.codes[i] + "–" + w.codes[j] + " ties", () -> px));
        }
    }

    /**
     * A line from each deciding state to each pole it trades with, as wide as the square root of
     * the volume: live trade share with the pole (trade events move it) x openness x live GDP
     * (US$ bn). Before the run starts the model has no live values yet, so the scenario's are used.
     */
    private void addTrade(AlignmentModel model) {
        World w = model.world;
        double max = 1e-9;
        for (int i : w.actors) max = Math.max(max, Math.max(w.shareWest0[i], w.shareEast0[i]) * w.openness[i] * w.gdp0[i]);
        double scale = TRADE_MAX_PX / Math.sqrt(max);
        for (int i : w.actors) {
            final int s = i;
            if (w.shareWest0[i] > 0) tradeUs.addEdge(states[i], states[w.west], new Link(w.codes[i] + " trade with " + w.codes[w.west],
                    () -> 0.3 + scale * Math.sqrt((model.gdp(s) > 0 ? model.shareWest(s) : w.shareWest0[s]) * w.openness[s] * states[s].getGdp())));
            if (w.shareEast0[i] > 0) tradeChina.addEdge(states[i], states[w.east], new Link(w.codes[i] + " trade with " + w.codes[w.east],
                    () -> 0.3 + scale * Math.sqrt((model.gdp(s) > 0 ? model.shareEast(s) : w.shareEast0[s]) * w.openness[s] * states[s].getGdp())));
        }
    }

    /**
     * The capitals' discs. An inspector's "Position" row shows the capital's latitude and longitude
     * rather than MASON's field coordinates, which mean nothing to a reader of the map.
     */
    private static final class CapitalsPortrayal extends ContinuousPortrayal2D {
        private final World world;

        CapitalsPortrayal(World world) { this.world = world; }

        @Override
        public LocationWrapper getWrapper(Object state) {
            return new LocationWrapper(state, capital(world, ((StateView) state).index), this);
        }
    }

    /** A state's position as its inspector shows it: the capital's latitude and longitude, not MASON's field coordinates. */
    static String capital(World world, int i) {
        return String.format(Locale.ROOT, "capital %.2f°%s %.2f°%s", Math.abs(world.lat[i]), world.lat[i] >= 0 ? "N" : "S",
                Math.abs(world.lon[i]), world.lon[i] >= 0 ? "E" : "W");
    }

    private static Color translucent(Color c) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), 110); }
}
