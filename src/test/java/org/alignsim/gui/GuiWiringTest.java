package org.alignsim.gui;

import org.alignsim.chart.BlocColors;
import org.alignsim.cli.Main;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Scenario;
import org.alignsim.model.TestScenarios;
import org.alignsim.model.World;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.util.Bag;
import sim.util.Double2D;
import org.alignsim.chart.MapPainter;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The GUIState's wiring, without a screen: layers, portrayals, inspector beans, the Model tab, charts, events, restarts. */
class GuiWiringTest {

    private static AlignSimGui gui(Scenario s, long seed) {
        return new AlignSimGui(new AlignmentModel(new World(s), seed));
    }

    private static void flushSwing() throws Exception {
        SwingUtilities.invokeAndWait(() -> {});
    }

    @Test
    void mapPlacesEveryStateInsideTheFieldWithEuropeAsiaAndAmericaInOnePiece() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        MapLayers map = g.map;
        assertEquals(g.model.world.n, map.places.getAllObjects().numObjs);
        for (StateView s : map.states) {
            Double2D p = map.places.getObjectLocation(s);
            assertTrue(p.x > 0 && p.x < map.projection.width && p.y > 0 && p.y < map.projection.height, s + " at " + p);
        }
        // West to east: Washington, London, Delhi, Beijing, Tokyo, Wellington; north above south.
        double[] x = {xOf(map, "USA"), xOf(map, "GBR"), xOf(map, "IND"), xOf(map, "CHN"), xOf(map, "JPN"), xOf(map, "NZL")};
        for (int k = 1; k < x.length; k++) assertTrue(x[k - 1] < x[k], "order west to east at " + k);
        assertTrue(map.places.getObjectLocation(map.state("GBR")).y < map.places.getObjectLocation(map.state("AUS")).y);
        // Degrees stay square: the field has the display's aspect ratio.
        assertEquals(WindowLayout.MAP_FIELD.getWidth() / WindowLayout.MAP_FIELD.getHeight(),
                map.projection.width / map.projection.height, 1e-9);
    }

    private static double xOf(MapLayers map, String code) { return map.places.getObjectLocation(map.state(code)).x; }

    @Test
    void layersHaveTheirPortrayalsAndLinks() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        MapLayers map = g.map;
        StateView jpn = map.state("JPN");
        assertInstanceOf(StatePortrayal.class, map.statesLayer.getPortrayalForObject(jpn));
        // Every state of the scenario is a country of the map.
        assertEquals(g.model.world.n, map.countriesLayer.modelled.size());
        // Japan shares the IP4, the Quad and the US-Japan-Korea trilateral with the US.
        assertNotNull(map.ties.getEdge(jpn, map.state("USA")));
        assertInstanceOf(LinkPortrayal.class, map.tiesLayer.getPortrayalForObject(map.ties.getEdge(jpn, map.state("USA"))));
        assertTrue(map.ties.getEdge(map.state("PRK"), map.state("USA")) == null, "no institution joins PRK and the USA");
        // Trade: every deciding state links to the pole(s) it trades with, and nothing else.
        for (Bag edges : new Bag[]{allEdges(map.tradeUs), allEdges(map.tradeChina)}) {
            assertTrue(edges.numObjs > 20);
            for (Object o : edges) {
                Edge e = (Edge) o;
                String to = e.getTo().toString();
                assertTrue(to.equals("USA") || to.equals("CHN"), "trade edge to " + to);
                assertTrue(((LinkPortrayal.Link) e.info).doubleValue() > 0);
            }
        }
    }

    private static Bag allEdges(sim.field.network.Network n) {
        Bag out = new Bag();
        for (Object node : n.getAllNodes()) out.addAll(n.getEdgesOut(node));
        return out;
    }

    /** A layer drawn on a white image where the whole field is width x (width / aspect) pixels. */
    private record Drawn(BufferedImage img, Rectangle2D.Double draw, MapProjection p) {
        Point2D.Double at(double lat, double lon) {
            return new Point2D.Double(draw.x + p.x(lon) * draw.width / p.width, draw.y + p.y(lat) * draw.height / p.height);
        }

        Color colour(double lat, double lon) {
            Point2D.Double q = at(lat, lon);
            return new Color(img.getRGB((int) Math.round(q.x), (int) Math.round(q.y)));
        }
    }

    private static Drawn draw(AlignSimGui g, sim.portrayal.FieldPortrayal2D layer, int width) {
        MapProjection p = g.map.projection;
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, Math.round(width * p.height / p.width));
        BufferedImage img = new BufferedImage(width, (int) all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, img.getWidth(), img.getHeight());
        layer.draw(null, gr, new DrawInfo2D(g, layer, all, all));
        gr.dispose();
        return new Drawn(img, all, p);
    }

    /** Places from an atlas, away from the label points; the scenario's starting stances. */
    @Test
    void countriesTakeTheirStatesColoursOtherLandIsGreyTheSeaIsLeftClear() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        Drawn d = draw(g, g.map.countriesLayer, 1440);
        assertEquals(StatePortrayal.fill(g.map.state("JPN").getAlignment()), d.colour(43.4, 142.8), "Hokkaido");
        assertEquals(BlocColors.CHINA, d.colour(41.0, 85.0), "Xinjiang: China, a pole");
        assertEquals(BlocColors.US, d.colour(40.0, -100.0), "Kansas: the US, the other pole");
        assertEquals(StatePortrayal.fill(g.map.state("IND").getAlignment()), d.colour(27.0, 74.0), "Rajasthan");
        assertEquals(MapPainter.LAND, d.colour(48.0, 68.0), "Kazakhstan, not in the scenario");
        assertEquals(MapPainter.LAND, d.colour(-10.0, -55.0), "Brazil, not in the scenario");
        assertEquals(Color.WHITE, d.colour(30.0, 150.0), "the Pacific");
        assertEquals(Color.WHITE, d.colour(15.0, 88.0), "the Bay of Bengal");
        // Chukotka lies across the antimeridian, where the map is cut: Russia shows at both edges.
        Color russia = StatePortrayal.fill(g.map.state("RUS").getAlignment());
        assertEquals(russia, d.colour(66.5, 175.0), "Chukotka, east edge");
        assertEquals(russia, d.colour(66.5, -175.0), "Chukotka, west edge");
    }

    @Test
    void aClickOnACountryOrOnASmallStatesDotFindsTheState() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        CountryLayer layer = g.map.countriesLayer;
        for (int width : new int[]{360, 1440}) {
            Drawn d = draw(g, layer, width);
            assertEquals(List.of("JPN"), hits(g, layer, d, 43.4, 142.8), "Hokkaido at " + width);
            assertEquals(List.of("CHN"), hits(g, layer, d, 41.0, 85.0), "Xinjiang at " + width);
            assertEquals(List.of(), hits(g, layer, d, 30.0, 150.0), "the Pacific at " + width);
            assertEquals(List.of(), hits(g, layer, d, 48.0, 68.0), "Kazakhstan (not modelled) at " + width);
        }
        // A pixel per degree: Singapore is under a pixel across, so it is a dot at its label point.
        Drawn small = draw(g, layer, 360);
        var sgp = org.alignsim.geo.WorldMap.get().country("SGP");
        assertEquals(List.of("SGP"), hits(g, layer, small, sgp.labelLat(), sgp.labelLon() + 2.5), "within the dot's radius");
    }

    private static List<String> hits(AlignSimGui g, sim.portrayal.FieldPortrayal2D layer, Drawn d, double lat, double lon) {
        Point2D.Double p = d.at(lat, lon);
        Bag bag = new Bag();
        layer.hitObjects(new DrawInfo2D(g, layer, d.draw(), new Rectangle2D.Double(p.x, p.y, 1, 1)), bag);
        List<String> codes = new ArrayList<>();
        for (Object o : bag) codes.add(((StateView) ((sim.portrayal.LocationWrapper) o).getObject()).getCode());
        return codes;
    }

    @Test
    void labelsNeverOverlapAndMoreShowWhenZoomedIn() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        CountryLabels labels = g.map.labelsLayer;
        int[] shown = new int[2];
        int[] widths = {843, 4 * 843};
        for (int k = 0; k < 2; k++) {
            draw(g, labels, widths[k]);
            List<Rectangle2D> boxes = new ArrayList<>(labels.drawn.values());
            for (int i = 0; i < boxes.size(); i++) for (int j = i + 1; j < boxes.size(); j++) assertFalse(boxes.get(i).intersects(boxes.get(j)), "overlap at " + widths[k]);
            for (String big : List.of("USA", "CHN", "RUS", "IND", "AUS", "CAN")) assertTrue(labels.drawn.containsKey(big), big + " at " + widths[k]);
            shown[k] = boxes.size();
        }
        assertTrue(shown[0] < g.model.world.n, "some labels give way at the whole-world size: " + shown[0]);
        assertTrue(shown[1] > shown[0], "more labels fit when zoomed in: " + shown[0] + " then " + shown[1]);
    }

    @Test
    void hoveringOverACountryGivesItsFullName() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        String text = g.map.countriesLayer.getStatus(g.map.countriesLayer.getWrapper(g.map.state("JPN")));
        // Before the first play the baseline's states stand where its spin-up begins (0: no alignment given).
        assertTrue(text.startsWith("Japan (JPN): hedging, alignment +0.00, commitment minilateral"), text);
    }

    @Test
    void viewsFrameTheStatesTheWorldAndTheirRegion() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        MapViews v = g.map.views;
        Rectangle2D states = v.box(MapViews.STATES), world = v.box(MapViews.WORLD);
        for (StateView s : g.map.states) assertTrue(states.contains(point(g, s)), s + " in the states' view");
        assertTrue(states.getWidth() < world.getWidth(), "the states' view leaves out the empty Pacific");
        assertEquals(new Rectangle2D.Double(0, 0, g.map.projection.width, g.map.projection.height), world);
        Rectangle2D indoPacific = v.box(MapViews.INDO_PACIFIC), europe = v.box(MapViews.EUROPE);
        for (String c : List.of("JPN", "AUS", "IND", "IDN", "NZL")) assertTrue(indoPacific.contains(point(g, g.map.state(c))), c + " in the Indo-Pacific");
        for (String c : List.of("GBR", "USA", "DEU")) assertFalse(indoPacific.contains(point(g, g.map.state(c))), c + " not in the Indo-Pacific");
        for (String c : List.of("GBR", "DEU", "POL", "LTU", "ESP", "UKR")) assertTrue(europe.contains(point(g, g.map.state(c))), c + " in Europe");
        for (String c : List.of("JPN", "USA", "IND")) assertFalse(europe.contains(point(g, g.map.state(c))), c + " not in Europe");
    }

    private static Point2D point(AlignSimGui g, StateView s) {
        Double2D p = g.map.places.getObjectLocation(s);
        return new Point2D.Double(p.x, p.y);
    }

    @Test
    void theMapIsCutWhereNoStateIs() {
        // The project's scenarios leave the Pacific empty between New Zealand and the Americas: the antimeridian.
        assertEquals(-180, MapProjection.cut(new double[]{-77, 0, 77, 116, 175}));
        // States on both sides of the Pacific and none in the Atlantic: the cut goes down the middle of the Atlantic gap.
        assertEquals(10, MapProjection.cut(new double[]{100, 140, -120, -80}), 1e-9);
    }

    @Test
    void statePortrayalFillsWithTheSharedBlocColours() throws Exception {
        assertEquals(BlocColors.CHINA, StatePortrayal.fill(-1));
        assertEquals(BlocColors.HEDGING, StatePortrayal.fill(0));
        assertEquals(BlocColors.US, StatePortrayal.fill(1));

        AlignSimGui g = gui(TestScenarios.mini(), 1);
        g.start();
        // The poles sit at -1 and +1; IND starts at 0 (no alignment given). Draw each and read its centre pixel.
        assertEquals(BlocColors.US, centrePixel(g, "USA"));
        assertEquals(BlocColors.CHINA, centrePixel(g, "CHN"));
        assertEquals(0.0, g.map.state("IND").getAlignment());
        assertEquals(BlocColors.HEDGING, centrePixel(g, "IND"));
        g.finish();
    }

    private static Color centrePixel(AlignSimGui g, String code) {
        BufferedImage img = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        DrawInfo2D info = new DrawInfo2D(g, g.map.statesLayer, new Rectangle2D.Double(40, 40, 3, 3), new Rectangle2D.Double(0, 0, 80, 80));
        g.map.discs.draw(g.map.state(code), gr, info);
        gr.dispose();
        assertTrue(g.map.discs.hitObject(g.map.state(code), new DrawInfo2D(g, g.map.statesLayer,
                new Rectangle2D.Double(40, 40, 3, 3), new Rectangle2D.Double(40, 40, 1, 1))));
        return new Color(img.getRGB(40, 40));
    }

    @Test
    void inspectorShowsAlignmentCommitmentPullsAndThreats() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        g.start();
        for (int k = 0; k < 4; k++) g.step();
        StateView jpn = g.map.state("JPN");
        Properties p = Properties.getProperties(jpn);
        List<String> names = names(p);
        for (String n : List.of("Alignment", "Commitment", "ThreatPull", "TradePull", "ArmsPull", "TraditionPull", "HierarchyPull",
                "PowerPull", "InstitutionsPull", "PolesPull", "IdeologyPull", "ThreatFromChina", "ThreatFromRussia", "ThreatFromUS")) {
            assertTrue(names.contains(n), n + " in " + names);
            assertFalse(p.isHidden(names.indexOf(n)), n + " hidden");
        }
        int i = jpn.index;
        assertEquals(g.model.alignment(i), (Double) p.getValue(names.indexOf("Alignment")));
        assertEquals(g.model.threatFrom(i, g.model.world.index.get("CHN")), jpn.getThreatFromChina());
        // every mechanism of the decision has its row, and the rows are the model's pulls
        assertEquals(org.alignsim.model.Mechanism.ALL.length, names.stream().filter(n -> n.endsWith("Pull")).count(), names.toString());
        assertEquals(g.model.contribution(org.alignsim.model.Mechanism.ARMS, i), jpn.getArmsPull());
        assertTrue(jpn.getThreatFromChina() > 0);
        // Read-only: an inspector must not let a user overwrite the model's state.
        assertFalse(p.isReadWrite(names.indexOf("Alignment")));
        // China does not fear itself: the row is hidden.
        Properties chn = Properties.getProperties(g.map.state("CHN"));
        assertTrue(chn.isHidden(names(chn).indexOf("ThreatFromChina")));
        g.finish();
    }

    @Test
    void beforeTheFirstPlayTheMapShowsTheScenariosStartingValues() {
        AlignSimGui g = gui(TestScenarios.project("indo-pacific-2024.yaml"), 1);
        StateView jpn = g.map.state("JPN");
        assertEquals(0.0, jpn.getAlignment(), "the baseline gives no starting stance: its spin-up starts from 0");
        assertEquals("minilateral", jpn.getCommitment());
        assertEquals(4212.9, jpn.getGdp());
        assertEquals(BlocColors.US, StatePortrayal.fill(g.map.state("USA").getAlignment()));
    }

    @Test
    void threatRowsForPowersTheScenarioLacksAreHidden() {
        AlignSimGui g = gui(TestScenarios.mini(), 1);  // the mini world has no Russia
        Properties p = Properties.getProperties(g.map.state("JPN"));
        assertTrue(p.isHidden(names(p).indexOf("ThreatFromRussia")));
        assertFalse(p.isHidden(names(p).indexOf("ThreatFromChina")));
    }

    private static List<String> names(Properties p) {
        List<String> n = new ArrayList<>();
        for (int k = 0; k < p.numProperties(); k++) n.add(p.getName(k));
        return n;
    }

    @Test
    void modelTabShowsTheLiveWeightsWithSlidersAndChangesReachTheModel() {
        AlignSimGui g = gui(TestScenarios.mini(), 1);
        assertTrue(g.getSimulationInspectedObject() == g.model);
        Properties p = Properties.getProperties(g.getSimulationInspectedObject());
        List<String> names = names(p);
        for (String n : List.of("WeightThreat", "WeightTrade", "WeightTradition", "WeightHierarchy", "WeightPower",
                "WeightInstitutions", "WeightPoles", "WeightIdeology", "Rationality", "Inertia", "RevisionRate")) {
            int k = names.indexOf(n);
            assertTrue(k >= 0, n + " in " + names);
            assertTrue(p.isReadWrite(k), n);
            assertInstanceOf(Interval.class, p.getDomain(k), n + " has a slider range");
        }
        g.start();
        p.setValue(names.indexOf("WeightThreat"), "7.5");
        assertEquals(7.5, g.model.getWeightThreat());
        g.finish();
    }

    @Test
    void chartsFollowTheRunAndARestartClearsThem() throws Exception {
        AlignSimGui g = gui(TestScenarios.mini(), 1);
        g.start();
        for (int k = 0; k < 3; k++) assertTrue(g.step());
        flushSwing();
        for (TimeSeriesChartGenerator c : g.charts.all()) {
            XYSeriesCollection data = (XYSeriesCollection) c.getSeriesDataset();
            assertTrue(data.getSeriesCount() >= 2, c.getTitle());
            for (Object o : data.getSeries()) assertEquals(4, ((XYSeries) o).getItemCount(), c.getTitle() + ": step 0 and 3 steps");
        }
        XYSeries us = ((XYSeriesCollection) g.charts.byCount.getSeriesDataset()).getSeries(0);
        assertEquals(g.model.year(), us.getX(3).doubleValue(), 1e-9);
        assertEquals(g.model.aggregates().usCount(), us.getY(3).doubleValue(), 1e-12);
        g.finish();
        g.start();
        flushSwing();
        assertEquals(1, us.getItemCount());
        g.finish();
    }

    @Test
    void runStopsAtTheHorizonAndRestartsWithANewSeed() throws Exception {
        AlignSimGui g = gui(TestScenarios.mini(), 5);
        double[] first = run(g, 5), again = run(g, 5), other = run(g, 6);
        assertArrayEquals(first, again, "same seed, same run");
        assertFalse(java.util.Arrays.equals(first, other), "a new seed gives a new run");
        assertEquals(6, g.model.seed());
    }

    /** Restarts as the Console does (setSeed, then start) and steps until the schedule ends. */
    private static double[] run(AlignSimGui g, long seed) {
        g.state.setSeed(seed);
        g.start();
        int steps = 0;
        while (g.step()) steps++;
        assertEquals(TestScenarios.mini().time().steps(), steps, "stops at the horizon");
        assertEquals(TestScenarios.mini().time().steps(), g.model.step());
        double[] a = new double[g.model.world.n];
        for (int i = 0; i < a.length; i++) a[i] = g.model.alignment(i);
        g.finish();
        return a;
    }

    @Test
    void eventsAreReportedWhenTheirYearIsCrossed() {
        AlignmentModel m = new AlignmentModel(new World(TestScenarios.mini()), 1);
        EventLog log = new EventLog(m.world.events);
        List<String> lines = new ArrayList<>();
        m.addObserver(model -> lines.addAll(log.onStep(model)));
        m.runToEnd();
        assertEquals(List.of("[2026.00] event crisis (hostility) fires"), lines);

        AlignmentModel ip = new AlignmentModel(new World(TestScenarios.project("indo-pacific-2024.yaml")), 1);
        EventLog ipLog = new EventLog(ip.world.events);
        ip.start();
        List<String> first = ipLog.onStep(ip);
        assertTrue(first.stream().anyMatch(l -> l.startsWith("[2024.50] event russia-ukraine-war (hostility) under way since 2022.15: ")), first.toString());
    }

    @Test
    void theGuiStatePrintsEventsToStdout() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            AlignSimGui g = gui(TestScenarios.mini(), 1);
            g.start();
            while (g.step()) { }
            g.finish();
        } finally {
            System.setOut(old);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("[2026.00] event crisis (hostility) fires"), s);
        assertTrue(s.contains("[2034.50] the scenario's horizon"), s);
    }

    @Test
    void guiCommandNeedsADisplayAndChecksTheScenarioFirst() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "only meaningful without a display");
        String mini = TestScenarios.resource("mini.yaml").toString();
        String[] r = cli("gui", mini, "--seed", "3");
        assertEquals("2", r[0]);
        assertEquals(List.of("alignsim: error: a display is needed for the GUI (set DISPLAY); run and sweep work headless"), r[1].lines().toList());

        String[] bad = cli("gui", TestScenarios.resource("bad/unknown-key.yaml").toString());
        assertEquals("2", bad[0]);
        assertEquals(1, bad[1].lines().count(), bad[1]);
        assertTrue(bad[1].startsWith("alignsim: error: ") && bad[1].contains("unknown-key.yaml"), bad[1]);
    }

    /** Runs the CLI with stderr captured: {exit code, stderr}. */
    private static String[] cli(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.setErr(old);
        }
        return new String[]{Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void legendAndGridDrawWithoutAModelField() {
        AlignSimGui g = gui(TestScenarios.mini(), 1);
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, 400, 200);
        DrawInfo2D info = new DrawInfo2D(g, null, new Rectangle2D.Double(0, 0, 400, 200), new Rectangle2D.Double(0, 0, 400, 200));
        new GraticulePortrayal(g.map.projection).draw(null, gr, info);
        new LegendPortrayal().draw(null, gr, info);
        gr.dispose();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 200; y++) for (int x = 0; x < 400; x++) colours.add(img.getRGB(x, y));
        assertTrue(colours.contains(BlocColors.US.getRGB()) && colours.contains(BlocColors.CHINA.getRGB()), "legend's colour bar");
        assertTrue(colours.size() > 20);
    }
}
