package org.alignsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node remembers the file and line it came from, so that
 * an error found after merging and binding can still point at the right place.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

    record Origin(String file, int line) {}

    Origin origin();

    /** A mapping; keys keep the order of the file. */
    record MapNode(Origin origin, LinkedHashMap<String, YamlNode> entries) implements YamlNode {
        public MapNode copy() {
            LinkedHashMap<String, YamlNode> m = new LinkedHashMap<>();
            for (Map.Entry<String, YamlNode> e : entries.entrySet()) m.put(e.getKey(), deepCopy(e.getValue()));
            return new MapNode(origin, m);
        }
    }

    record ListNode(Origin origin, List<YamlNode> items) implements YamlNode {}

    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    /** A scalar as written, with the kind the YAML parser gave it. */
    record Scalar(Origin origin, Kind kind, String text) implements YamlNode {}

    static YamlNode deepCopy(YamlNode n) {
        if (n instanceof MapNode m) return m.copy();
        if (n instanceof ListNode l) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode i : l.items()) items.add(deepCopy(i));
            return new ListNode(l.origin(), items);
        }
        return n;
    }

    /** At most a line's worth of what the user wrote: an error must stay one readable line even when the file is not YAML at all. */
    static String quote(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "... (" + text.length() + " characters)";
    }

    static String describe(YamlNode n) {
        if (n instanceof MapNode) return "a mapping";
        if (n instanceof ListNode) return "a list";
        Scalar s = (Scalar) n;
        return switch (s.kind()) {
            case NULL -> "nothing (null)";
            case BOOLEAN -> "the boolean " + s.text();
            case NUMBER -> "the number " + s.text();
            case STRING -> "the text \"" + quote(s.text()) + "\"";
        };
    }
}
