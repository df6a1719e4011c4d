package org.alignsim.report;

import org.alignsim.results.Json;
import org.alignsim.results.Sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small helpers for writing the report's HTML by hand: escaping (every text that comes from an
 * input file goes through {@link #esc}), number formats and relative links.
 */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Three decimals, dot separator; an en dash for a missing value. */
    static String num(double v) {
        if (Double.isNaN(v)) return "–";
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    /** A signed difference: "+0.012", "−0.030". */
    static String diff(double v) {
        if (Double.isNaN(v)) return "–";
        String s = num(Math.abs(v));
        if (s.equals("0.000")) return "0.000";
        return (v > 0 ? "+" : "−") + s;
    }

    static String percent(double share) {
        if (Double.isNaN(share)) return "–";
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** A link target from the report's folder to a file, as a relative URL with escaped segments. */
    static String href(Path from, Path to) {
        Path rel = from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize());
        List<String> parts = new ArrayList<>();
        for (Path p : rel) {
            String seg = p.toString();
            parts.add(seg.equals("..") ? ".." : URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String s = String.join("/", parts);
        return s.isEmpty() ? "." : s;
    }

    /** "1 h 2 min", "3 min 4 s", "1.2 s" */
    static String duration(double seconds) {
        if (Double.isNaN(seconds)) return "–";
        if (seconds < 60) return String.format(Locale.ROOT, "%.1f s", seconds);
        long s = Math.round(seconds);
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    static final String STYLE = """
            body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#222;margin:0;background:#fff;line-height:1.45}
            main{max-width:1060px;margin:0 auto;padding:24px 28px 48px}
            h1{font-size:1.7em;margin:0 0 4px}h2{font-size:1.25em;margin:32px 0 10px;border-bottom:1px solid #ddd;padding-bottom:4px}
            .lead{color:#555;margin:0 0 16px}
            .partial{background:#fff4e0;border-left:6px solid #E69F00;padding:10px 14px;font-weight:bold}
            table{border-collapse:collapse;font-size:0.9em;margin:8px 0}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}
            table.stats td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.meta th{width:190px}
            .band{color:#666;font-size:0.85em}
            .scroll{overflow-x:auto}
            figure{margin:24px 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#444;font-size:0.92em;margin-top:6px}
            .pair{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.pair figure{flex:1 1 440px;margin:12px 0}
            h3{font-size:1.05em;margin:24px 0 8px}
            .pos{color:#0072B2}.neg{color:#D55E00}
            code{font-family:"DejaVu Sans Mono",monospace;font-size:0.92em}
            pre{background:#f6f6f6;border:1px solid #e4e4e4;padding:8px 12px;overflow-x:auto}
            footer{margin-top:40px;color:#777;font-size:0.85em}
            """;

    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                // An empty icon, so that no browser asks for /favicon.ico.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    }

    static void foot(StringBuilder b, String version) {
        foot(b, version, "Charts are in <code>charts/</code> as PNG and SVG; this page needs no network access.");
    }

    /** The footer with its own sentence (HTML) after the version. */
    static void foot(StringBuilder b, String version, String noteHtml) {
        b.append("<footer>Written by alignsim ").append(esc(version)).append(". ").append(noteHtml).append("</footer>\n")
                .append("</main>\n</body>\n</html>\n");
    }

    /** Four significant digits, no trailing zeros: 2.461, 0.09961, 8; an en dash for a missing value. */
    static String g(double v) {
        if (!Double.isFinite(v)) return "–";
        String s = new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static void row(StringBuilder b, String header, String htmlValue) {
        b.append("<tr><th>").append(esc(header)).append("</th><td>").append(htmlValue).append("</td></tr>\n");
    }

    static void figure(StringBuilder b, Figure f) {
        String alt = f.chart().getTitle() != null ? f.chart().getTitle().getText() : f.file();
        figure(b, "charts/" + f.file() + ".png", "charts/" + f.file() + ".svg", f.width(), f.height(), alt, f.caption());
    }

    /** A chart by its relative URLs (svg may be null), shown at its nominal size and linking to its SVG. */
    static void figure(StringBuilder b, String png, String svg, int width, int height, String alt, String caption) {
        String link = svg != null ? svg : png;
        b.append("<figure>\n<a href=\"").append(esc(link)).append("\"><img src=\"").append(esc(png)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" alt=\"").append(esc(alt)).append("\"></a>\n<figcaption>")
                .append(esc(caption));
        if (svg != null) b.append(" <a href=\"").append(esc(svg)).append("\">SVG</a> ·");
        b.append(" <a href=\"").append(esc(png)).append("\">PNG</a></figcaption>\n</figure>\n");
    }

    /** A data cell holding html. */
    static String td(String html) {
        return "<td>" + html + "</td>";
    }

    /** A number's cell, right-aligned in a stats table. */
    static String tdN(Object html) {
        return "<td class=\"n\">" + html + "</td>";
    }

    /** A header cell holding html. */
    static String th(String html) {
        return "<th>" + html + "</th>";
    }

    /** Text as code. */
    static String code(String text) {
        return "<code>" + esc(text) + "</code>";
    }

    /** Secondary text under or beside a value (html). */
    static String band(String html) {
        return "<span class=\"band\">" + html + "</span>";
    }

    /** A file a manifest names, {"path", "sha256"}: its path as code and its SHA-256 beside it. */
    static String fileSum(com.fasterxml.jackson.databind.JsonNode f) {
        return code(f.path("path").asText()) + " " + band("sha256 " + esc(f.path("sha256").asText()));
    }

    /** Such files as a manifest record lists them (null: none), one a line. */
    static String fileSums(Object files) {
        StringBuilder b = new StringBuilder();
        if (files != null) for (com.fasterxml.jackson.databind.JsonNode f : Json.tree(files)) b.append(fileSum(f)).append("<br>");
        return b.toString();
    }

    /** Mean with its 5–95 % range under it, for a stats table cell. */
    static String cell(Sample s) {
        if (s.n() == 0) return tdN("–");
        if (s.n() == 1 || s.p5() == s.p95()) return tdN(num(s.mean()));
        return tdN(num(s.mean()) + "<br>" + band(num(s.p5()) + " – " + num(s.p95())));
    }
}
