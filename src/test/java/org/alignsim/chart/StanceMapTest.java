package org.alignsim.chart;

import org.alignsim.chart.BlocColors.Bloc;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceMapTest {

    @TempDir
    Path tmp;

    /** The drawn map, and where a place lands on it. */
    private record Drawn(BufferedImage img, AffineTransform lonLatToPixel) {
        Color at(double lat, double lon) {
            Point2D p = lonLatToPixel.transform(new Point2D.Double(lon, lat), null);
            return new Color(img.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())));
        }
    }

    private static Drawn draw(StanceMap m, Iterable<String> framed) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = ChartFiles.render(m.chart(), m.width(), m.height(), 1, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return new Drawn(img, MapAnnotation.transform(StanceMap.extent(framed), area));
    }

    @Test
    void statesTakeTheirColourOnTheBlocScaleOtherLandIsGreyTheSeaIsSea() {
        Map<String, Double> stance = new LinkedHashMap<>();
        stance.put("JPN", 0.8);
        stance.put("CHN", -1.0);
        stance.put("IND", 0.0);
        Drawn d = draw(StanceMap.alignment("Final alignment", "test", stance), stance.keySet());
        // Places from an atlas, away from the label points (the middle of Honshu, China and India).
        assertEquals(BlocColors.forAlignment(0.8), d.at(43.4, 142.8), "Hokkaido");
        assertEquals(BlocColors.CHINA, d.at(41.0, 85.0), "Xinjiang");
        assertEquals(BlocColors.HEDGING, d.at(27.0, 74.0), "Rajasthan");
        assertEquals(MapPainter.LAND, d.at(48.0, 68.0), "Kazakhstan, not given");
        assertEquals(MapPainter.SEA, d.at(30.0, 145.0), "the Pacific");
        assertEquals(MapPainter.SEA, d.at(15.0, 88.0), "the Bay of Bengal");
    }

    @Test
    void classesTakeTheirBlocsColour() {
        Map<String, Bloc> classes = new LinkedHashMap<>();
        classes.put("JPN", Bloc.US);
        classes.put("PAK", Bloc.CHINA);
        classes.put("IND", Bloc.HEDGING);
        Drawn d = draw(StanceMap.blocs("Observed", null, classes), classes.keySet());
        assertEquals(BlocColors.US, d.at(43.4, 142.8), "Hokkaido");
        assertEquals(BlocColors.CHINA, d.at(28.0, 65.0), "Balochistan");
        assertEquals(BlocColors.HEDGING, d.at(27.0, 74.0), "Rajasthan");
        assertEquals(MapPainter.LAND, d.at(35.0, 100.0), "China, not given");
    }

    @Test
    void theMapFramesItsStatesWithSquareDegrees() {
        Rectangle2D europe = StanceMap.extent(java.util.List.of("FRA", "POL"));
        // Metropolitan France (about 5 W to 10 E with Corsica) and Poland (up to 24 E), not French Guiana.
        assertTrue(europe.getMinX() > -15 && europe.getMaxX() < 35, europe.toString());
        AffineTransform t = MapAnnotation.transform(europe, new Rectangle2D.Double(10, 20, 800, 300));
        Point2D a = t.transform(new Point2D.Double(0, 45), null), b = t.transform(new Point2D.Double(10, 55), null);
        assertEquals(b.getX() - a.getX(), a.getY() - b.getY(), 1e-9, "ten degrees east as long as ten degrees north");
        assertTrue(b.getX() > a.getX() && b.getY() < a.getY(), "east is right, north is up");
    }

    @Test
    void writesPngAndSvgWithLabelsAndALegend() throws Exception {
        Map<String, Double> stance = Map.of("JPN", 0.8, "CHN", -1.0, "KOR", 0.5, "AUS", 0.9);
        StanceMap m = StanceMap.alignment("Final alignment", null, stance);
        m.save(tmp.resolve("map"));
        ChartImages.assertPng(tmp.resolve("map.png"), m.width() * ChartFiles.PNG_SCALE, m.height() * ChartFiles.PNG_SCALE);
        ChartImages.assertSvg(tmp.resolve("map.svg"), m.width(), m.height());
        String svg = Files.readString(tmp.resolve("map.svg"));
        for (String text : new String[]{">JPN<", ">CHN<", ">AUS<", ">not modelled<", "US-aligned"}) assertTrue(svg.contains(text), text);
        assertTrue(Files.size(tmp.resolve("map.svg")) < 1 << 20, "SVG size " + Files.size(tmp.resolve("map.svg")));
    }

    @Test
    void labelsThatWouldOverlapAreLeftOut() {
        LabelPlacer p = new LabelPlacer();
        assertTrue(p.take(new Rectangle2D.Double(0, 0, 20, 10)));
        assertFalse(p.take(new Rectangle2D.Double(15, 5, 20, 10)), "overlaps the first");
        assertFalse(p.take(new Rectangle2D.Double(21, 0, 20, 10)), "closer than the gap");
        assertTrue(p.take(new Rectangle2D.Double(30, 0, 20, 10)));
    }

    @Test
    void detailUnderAPixelIsDroppedAndSpecksVanish() {
        Path2D.Double fine = new Path2D.Double();
        fine.moveTo(0, 0);
        for (int k = 1; k <= 100; k++) fine.lineTo(k * 0.1, 0);   // 10 pixels in steps of a tenth
        fine.lineTo(10, 10);
        fine.lineTo(0, 10);
        fine.closePath();
        fine.moveTo(50, 50);   // a speck a fifth of a pixel across
        fine.lineTo(50.2, 50);
        fine.lineTo(50.2, 50.2);
        fine.closePath();
        Path2D.Double px = MapPainter.toPixels(fine, new AffineTransform(), 1.0);
        int points = 0;
        for (var it = px.getPathIterator(null); !it.isDone(); it.next()) if (it.currentSegment(new double[6]) != java.awt.geom.PathIterator.SEG_CLOSE) points++;
        assertTrue(points >= 4 && points <= 14, "about one point a pixel along the edge, and the corners: " + points);
        assertTrue(px.contains(5, 5), "the square stays");
        assertFalse(px.getBounds2D().contains(50.1, 50.1), "the speck is gone");
    }
}
