package org.alignsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;

/** Reads and writes a {@link YamlNode} tree by key path ({@code a.b.c}, {@code a.list[2]}). */
public final class TreePaths {
    private TreePaths() {}

    /** Sets the value at {@code path}, creating intermediate maps; the value is a scalar or list. */
    public static void set(YamlNode.MapNode root, String path, Object value, YamlNode.Origin at) {
        String[] parts = path.split("\\.", -1);
        YamlNode.MapNode cur = root;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            String k = parts[i];
            if (k.isEmpty()) throw new ScenarioException(at, path, "empty part in key path");
            walked.append(walked.length() == 0 ? "" : ".").append(k);
            YamlNode next = cur.entries().get(k);
            if (next == null) {
                next = new YamlNode.MapNode(at, new LinkedHashMap<>());
                cur.entries().put(k, next);
            } else if (!(next instanceof YamlNode.MapNode)) {
                throw new ScenarioException(at, path, walked + " is " + YamlNode.describe(next) + ", not a mapping");
            }
            cur = (YamlNode.MapNode) next;
        }
        String last = parts[parts.length - 1];
        int bracket = last.indexOf('[');
        if (bracket > 0 && last.endsWith("]")) {
            String key = last.substring(0, bracket);
            int index;
            try {
                index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
            } catch (NumberFormatException e) {
                throw new ScenarioException(at, path, "bad list index");
            }
            YamlNode list = cur.entries().get(key);
            if (!(list instanceof YamlNode.ListNode l) || index < 0 || index >= l.items().size()) {
                throw new ScenarioException(at, path, "no list element at that index");
            }
            l.items().set(index, toNode(value, at));
            return;
        }
        if (last.isEmpty()) throw new ScenarioException(at, path, "empty part in key path");
        cur.entries().put(last, toNode(value, at));
    }

    static YamlNode toNode(Object v, YamlNode.Origin at) {
        if (v == null) return new YamlNode.Scalar(at, YamlNode.Kind.NULL, "null");
        if (v instanceof YamlNode n) return n;
        if (v instanceof Number n) {
            String text = (n instanceof Double || n instanceof Float) ? Double.toString(n.doubleValue()) : n.toString();
            return new YamlNode.Scalar(at, YamlNode.Kind.NUMBER, text);
        }
        if (v instanceof Boolean b) return new YamlNode.Scalar(at, YamlNode.Kind.BOOLEAN, b.toString());
        if (v instanceof List<?> l) {
            java.util.ArrayList<YamlNode> items = new java.util.ArrayList<>();
            for (Object o : l) items.add(toNode(o, at));
            return new YamlNode.ListNode(at, items);
        }
        return new YamlNode.Scalar(at, YamlNode.Kind.STRING, v.toString());
    }
}
