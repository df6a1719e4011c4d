package org.alignsim.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world's country shapes, from Natural Earth's 1:50m admin-0 countries (public domain), as
 * scripts/shapes/convert.mjs wrote them into the resource countries.bin (that script documents
 * the format). Read once, on first use, and shared: the shapes never change while the program runs.
 */
public final class WorldMap {
    static final String RESOURCE = "countries.bin";
    private static final byte[] MAGIC = "ALSHAPES".getBytes(StandardCharsets.US_ASCII);

    private final String source;
    private final Map<String, Country> byCode;

    private WorldMap(String source, Map<String, Country> byCode) {
        this.source = source;
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    private static final class Holder {
        static final WorldMap MAP = read();
    }

    /** The shapes shipped with the program. */
    public static WorldMap get() { return Holder.MAP; }

    /** Where the shapes come from, with versions, as the conversion recorded it. */
    public String source() { return source; }

    /** Every country, by code. */
    public Map<String, Country> countries() { return byCode; }

    /** A country by its ISO 3166-1 alpha-3 code; null if the map has none. */
    public Country country(String iso3) { return byCode.get(iso3); }

    static WorldMap read() {
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the country shapes (" + RESOURCE + ") are missing from the program");
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorldMap parse(byte[] bytes) {
        Reader r = new Reader(bytes);
        for (byte b : MAGIC) if (r.in.read() != (b & 0xFF)) throw new IllegalStateException(RESOURCE + ": not a shapes file");
        long version = r.varint();
        if (version != 1) throw new IllegalStateException(RESOURCE + ": format version " + version + ", this program reads 1");
        String source = r.string();
        int n = r.count();
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            String iso3 = r.string(), name = r.string();
            double labelLon = r.signed() / 100.0, labelLat = r.signed() / 100.0;
            List<List<double[]>> polygons = new ArrayList<>();
            for (int p = r.count(); p > 0; p--) {
                List<double[]> rings = new ArrayList<>();
                for (int k = r.count(); k > 0; k--) {
                    double[] ring = new double[2 * r.count()];
                    long x = 0, y = 0;
                    for (int i = 0; i < ring.length; i += 2) {
                        x += r.signed();
                        y += r.signed();
                        ring[i] = x / 100.0;
                        ring[i + 1] = y / 100.0;
                    }
                    rings.add(ring);
                }
                polygons.add(List.copyOf(rings));
            }
            byCode.put(iso3, new Country(iso3, name, labelLon, labelLat, List.copyOf(polygons)));
        }
        if (r.in.available() != 0) throw new IllegalStateException(RESOURCE + ": " + r.in.available() + " bytes after the last country");
        return new WorldMap(source, byCode);
    }

    /** LEB128 varints, zigzag for signed values, strings as a length and UTF-8. */
    private static final class Reader {
        final ByteArrayInputStream in;

        Reader(byte[] bytes) { in = new ByteArrayInputStream(bytes); }

        long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.read();
                if (b < 0) throw new IllegalStateException(RESOURCE + ": cut short");
                v |= (long) (b & 0x7F) << shift;
                if (b < 0x80) return v;
            }
        }

        long signed() {
            long z = varint();
            return (z >>> 1) ^ -(z & 1);
        }

        int count() { return Math.toIntExact(varint()); }

        String string() {
            byte[] b = new byte[count()];
            if (in.read(b, 0, b.length) != b.length) throw new IllegalStateException(RESOURCE + ": cut short");
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
