package org.alignsim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one builder of every report page: the head with its style, headings, paragraphs, tables,
 * figures, the data-file links and the footer, in the order they are added. Text goes in escaped;
 * a parameter named html is markup already (built with {@link Html}'s helpers from escaped text).
 */
final class HtmlPage {
    private final StringBuilder b = new StringBuilder(64 * 1024);

    HtmlPage(String title) {
        Html.head(b, title);
    }

    HtmlPage h1(String text) {
        return html("<h1>" + Html.esc(text) + "</h1>\n");
    }

    HtmlPage h2(String text) {
        return html("<h2>" + Html.esc(text) + "</h2>\n");
    }

    HtmlPage h3Html(String html) {
        return html("<h3>" + html + "</h3>\n");
    }

    HtmlPage lead(String html) {
        return p("lead", html);
    }

    HtmlPage p(String html) {
        return html("<p>" + html + "</p>\n");
    }

    HtmlPage p(String cssClass, String html) {
        return html("<p class=\"" + cssClass + "\">" + html + "</p>\n");
    }

    /** A fragment of markup made elsewhere (a note shared by two pages, a preformatted block). */
    HtmlPage html(String html) {
        b.append(html);
        return this;
    }

    HtmlPage figure(Figure f) {
        Html.figure(b, f);
        return this;
    }

    HtmlPage figure(String png, String svg, int width, int height, String alt, String caption) {
        Html.figure(b, png, svg, width, height, alt, caption);
        return this;
    }

    /** A table; cssClass may be null; scroll wraps it in a box that scrolls sideways on a narrow screen. */
    Table table(String cssClass, boolean scroll) {
        html((scroll ? "<div class=\"scroll\">" : "") + "<table" + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">\n");
        return new Table(scroll);
    }

    /** The "Data files" section: a link to each of the files that exist in dir, relative to where the page goes. */
    HtmlPage dataFiles(Path outDir, Path dir, List<String> names) {
        return h2("Data files").p(links(outDir, dir, names));
    }

    /** A link to each of the files that exist in dir, relative to outDir, each followed by a space. */
    static String links(Path outDir, Path dir, List<String> names) {
        StringBuilder links = new StringBuilder();
        for (String n : names) {
            if (!Files.exists(dir.resolve(n))) continue;
            links.append("<a href=\"").append(Html.esc(Html.href(outDir, dir.resolve(n)))).append("\">").append(Html.code(n)).append("</a> ");
        }
        return links.toString();
    }

    /** The page, ended by the footer naming the program's version. */
    String end(String version) {
        Html.foot(b, version);
        return b.toString();
    }

    /** The page, ended by a footer with its own sentence (HTML) after the version. */
    String end(String version, String noteHtml) {
        Html.foot(b, version, noteHtml);
        return b.toString();
    }

    /** A table being filled; {@link #end} closes it and returns to the page. */
    final class Table {
        private final boolean scroll;

        private Table(boolean scroll) {
            this.scroll = scroll;
        }

        /** A row of header cells, each given as HTML. */
        Table head(String... html) {
            StringBuilder r = new StringBuilder("<tr>");
            for (String h : html) r.append("<th>").append(h).append("</th>");
            return row(r.append("</tr>\n").toString());
        }

        /** A row of a meta table: a header and its value (HTML). */
        Table meta(String header, String html) {
            Html.row(b, header, html);
            return this;
        }

        /** A row whose cells are given whole, as {@link Html#td}, {@link Html#tdN} and {@link Html#th} make them. */
        Table cells(String... cells) {
            return row("<tr>" + String.join("", cells) + "</tr>\n");
        }

        /** A row given whole (from "<tr>" to the newline after "</tr>"). */
        Table row(String html) {
            b.append(html);
            return this;
        }

        HtmlPage end() {
            return html("</table>" + (scroll ? "</div>" : "") + "\n");
        }
    }
}
