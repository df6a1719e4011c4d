package org.alignsim.results;

/**
 * Number formatting for tidy CSV: dot decimals, at most six decimal places, no exponent for
 * ordinary magnitudes, an empty field (NA in R, NaN in pandas, NULL in DuckDB) for a value that
 * is not finite. Deterministic and locale-free, unlike String.format.
 */
public final class Csv {
    private Csv() {}

    public static void append(StringBuilder b, double v) {
        if (!Double.isFinite(v)) return;
        if (Math.abs(v) >= 1e12) {
            b.append(v);
            return;
        }
        long scaled = Math.round(v * 1e6);
        if (scaled == 0) {
            b.append('0');
            return;
        }
        if (scaled < 0) {
            b.append('-');
            scaled = -scaled;
        }
        long whole = scaled / 1_000_000, frac = scaled % 1_000_000;
        b.append(whole);
        if (frac != 0) {
            b.append('.');
            String f = Long.toString(frac + 1_000_000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') end--;
            b.append(f, 0, end);
        }
    }

    public static String format(double v) {
        StringBuilder b = new StringBuilder();
        append(b, v);
        return b.toString();
    }

    /**
     * A value that must read back exactly (design factor values): the shortest decimal that
     * round-trips to the same double, without an exponent.
     */
    public static void appendExact(StringBuilder b, double v) {
        if (!Double.isFinite(v)) return;
        String s = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        b.append(s.equals("-0") ? "0" : s);
    }

    /** Quotes a text field only when it needs it (RFC 4180). */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Splits one CSV line into fields, honouring RFC 4180 quotes; a stray carriage return is dropped. */
    public static java.util.List<String> split(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c != '\r') {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
