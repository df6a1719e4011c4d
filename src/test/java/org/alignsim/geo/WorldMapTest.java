package org.alignsim.geo;

import org.alignsim.model.Scenario;
import org.alignsim.model.TestScenarios;
import org.junit.jupiter.api.Test;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldMapTest {

    @Test
    void theShapesAreSmallAndTheirLoadTimeIsPrinted() throws IOException {
        byte[] bytes = resource();
        assertTrue(bytes.length < 1 << 20, "under 1 MiB: " + bytes.length);
        long t0 = System.nanoTime();
        WorldMap map = WorldMap.parse(bytes);
        double ms = (System.nanoTime() - t0) / 1e6;
        long points = map.countries().values().stream().flatMap(c -> c.polygons().stream()).flatMap(List::stream).mapToLong(r -> r.length / 2).sum();
        System.out.printf(Locale.ROOT, "country shapes: %d bytes, %d countries, %d points, read in %.0f ms (first read in this JVM)%n",
                bytes.length, map.countries().size(), points, ms);
        assertTrue(map.countries().size() > 200, "Natural Earth has about 240 admin-0 countries");
        assertTrue(map.source().contains("Natural Earth") && map.source().contains("world-atlas 2.0.2"), map.source());
    }

    /** Capitals and open sea, from an atlas: each point lies in the country named, or in none. */
    @Test
    void knownPlacesFallInTheRightCountryAndTheSeaInNone() {
        WorldMap map = WorldMap.get();
        Object[][] places = {
                {"JPN", 35.68, 139.69}, {"CHN", 39.90, 116.40}, {"FRA", 48.86, 2.35}, {"AUS", -35.28, 149.13},
                {"TWN", 25.03, 121.56}, {"SGP", 1.35, 103.82}, {"USA", 38.90, -77.04}, {"USA", 61.22, -149.90},
                {"IND", 28.61, 77.21}, {"RUS", 55.76, 37.62}, {"ZAF", -25.75, 28.19}, {"BRA", -15.79, -47.88}};
        for (Object[] p : places) {
            String code = (String) p[0];
            double lat = (Double) p[1], lon = (Double) p[2];
            assertTrue(map.country(code).lonLatPath().contains(lon, lat), code + " contains " + lat + ", " + lon);
            for (Country other : map.countries().values()) {
                if (!other.iso3().equals(code)) assertTrue(!other.lonLatPath().contains(lon, lat), other.iso3() + " also contains " + code + "'s point");
            }
        }
        double[][] sea = {{30, 150}, {0, -30}, {15, 88}, {-40, 80}, {40, 135}, {36, -40}};
        for (double[] s : sea) {
            for (Country c : map.countries().values()) assertTrue(!c.lonLatPath().contains(s[1], s[0]), c.iso3() + " at sea " + Arrays.toString(s));
        }
        // Lesotho is a hole in South Africa.
        assertTrue(map.country("LSO").lonLatPath().contains(28.2, -29.6));
        assertTrue(!map.country("ZAF").lonLatPath().contains(28.2, -29.6));
    }

    /** Chukotka lies across the antimeridian: a world map from 180 W to 180 E shows it at both edges. */
    @Test
    void aCountryAcrossTheAntimeridianShowsAtBothEdges() {
        Path2D russia = WorldMap.get().country("RUS").lonLatPath();
        assertTrue(russia.contains(175.0, 66.5), "Chukotka west of the antimeridian");
        assertTrue(russia.contains(-175.0, 66.5), "Chukotka east of it, at the map's western edge");
        Path2D pacific = WorldMap.get().country("RUS").path(-30);
        assertTrue(pacific.contains(185.0, 66.5), "on a map from 30 W, eastern Chukotka sits at 185");
        assertTrue(!pacific.contains(-175.0, 66.5), "and not west of the map");
    }

    @Test
    void everyLabelPointLiesInsideItsCountry() {
        for (Country c : WorldMap.get().countries().values()) {
            Path2D p = c.lonLatPath();
            assertTrue(p.contains(c.labelLon(), c.labelLat()), c.iso3() + " label at " + c.labelLat() + ", " + c.labelLon());
        }
    }

    @Test
    void everyStateOfTheProjectsScenariosIsOnTheMap() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Scenario s = TestScenarios.project(f.getFileName().toString());
                for (var state : s.states()) assertNotNull(WorldMap.get().country(state.iso3()), state.iso3() + " of " + f);
            }
        }
    }

    @Test
    void mainBoundsFrameTheCountryProperNotItsFarIslands() {
        Country usa = WorldMap.get().country("USA");
        assertTrue(usa.polygons().size() >= 3, "the contiguous states, Alaska, Hawaii");
        Rectangle2D main = usa.mainBounds();
        // The contiguous United States: about 125 W to 67 W, 25 N to 49 N.
        assertEquals(-124.7, main.getMinX(), 1.0);
        assertEquals(-67.0, main.getMaxX(), 1.0);
        assertEquals(25.1, main.getMinY(), 1.0);
        assertEquals(49.4, main.getMaxY(), 1.0);
    }

    @Test
    void aDamagedResourceIsRefused() throws IOException {
        byte[] bytes = resource();
        assertThrows(IllegalStateException.class, () -> WorldMap.parse(Arrays.copyOf(bytes, bytes.length - 7)));
        byte[] wrongMagic = bytes.clone();
        wrongMagic[0] = 'X';
        assertThrows(IllegalStateException.class, () -> WorldMap.parse(wrongMagic));
    }

    private static byte[] resource() throws IOException {
        try (InputStream in = WorldMap.class.getResourceAsStream(WorldMap.RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
