package org.alignsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads YAML text into a {@link YamlNode} tree with file and line on every node. */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {}

    public static YamlNode read(String text, String file) {
        try (JsonParser p = FACTORY.createParser(new StringReader(text))) {
            try {
                JsonToken t = p.nextToken();
                if (t == null) throw new ScenarioException(file, 1, "", "the file is empty");
                YamlNode root = node(p, t, file, "", -1);
                if (p.nextToken() != null) {
                    throw new ScenarioException(file, line(p.currentTokenLocation()), "",
                            "more than one YAML document in one file");
                }
                return root;
            } catch (StreamConstraintsException e) {
                // Jackson's guard against absurd input (nesting, huge numbers or names); say where, not which guard.
                throw new ScenarioException(file, line(p.currentLocation()), "", "too deeply nested or too large to read ("
                        + oneLine(e.getOriginalMessage()).replaceAll(",? ?from `[^`]*`", "").toLowerCase(java.util.Locale.ROOT) + ")");
            }
        } catch (JsonProcessingException e) {
            // SnakeYAML's own marks say where the problem is; Jackson's location is the end of
            // the last good token, often a line or more earlier.
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                org.yaml.snakeyaml.error.Mark mark = m.getProblemMark();
                boolean atEnd = mark != null && mark.getIndex() >= text.length() - 1;
                if ((mark == null || atEnd) && m.getContextMark() != null) mark = m.getContextMark();
                String problem = m.getProblem() == null ? m.getContext() : m.getProblem();
                if (m.getContext() != null && m.getProblem() != null && (mark == m.getContextMark())) problem = m.getContext() + ": " + m.getProblem();
                throw new ScenarioException(file, mark == null ? 0 : mark.getLine() + 1, "", "YAML syntax error: " + oneLine(problem));
            }
            JsonLocation loc = e.getLocation();
            throw new ScenarioException(file, loc == null ? 0 : line(loc), "", "YAML syntax error: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static int line(JsonLocation loc) { return Math.max(loc.getLineNr(), 0); }

    private static String oneLine(String s) {
        return s == null ? "unreadable YAML" : s.replaceAll("\\s+", " ").trim();
    }

    /** keyLine: the line of the key this value belongs to (-1 if none); errors about a
     *  nested mapping or list point there rather than at its first child. */
    private static YamlNode node(JsonParser p, JsonToken t, String file, String path, int keyLine) throws IOException {
        int here = line(p.currentTokenLocation());
        boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        YamlNode.Origin at = new YamlNode.Origin(file, container && keyLine > 0 ? keyLine : here);
        // Jackson hands an alias (*name) over as the text "name"; refuse rather than misread it.
        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
            throw new ScenarioException(file, here, path, "YAML aliases (*" + p.getText() + ") are not supported: write the value out");
        }
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
                    String key = p.currentName();
                    int kLine = line(p.currentTokenLocation());
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (entries.containsKey(key)) {
                        throw new ScenarioException(file, kLine, childPath, "duplicate key");
                    }
                    YamlNode child = node(p, p.nextToken(), file, childPath, kLine);
                    entries.put(key, child);
                }
                return new YamlNode.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, t, file, path + "[" + i++ + "]", -1));
                }
                return new YamlNode.ListNode(at, items);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(at, YamlNode.Kind.NUMBER, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(at, YamlNode.Kind.BOOLEAN, p.getText());
            case VALUE_NULL:
                return new YamlNode.Scalar(at, YamlNode.Kind.NULL, "null");
            case VALUE_STRING:
                return new YamlNode.Scalar(at, YamlNode.Kind.STRING, p.getText());
            default:
                throw new ScenarioException(file, at.line(), path, "unsupported YAML content (" + t + ")");
        }
    }

    /** For tests and overrides: parse a reader fully. */
    public static YamlNode read(Reader r, String file) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) > 0) b.append(buf, 0, n);
        return read(b.toString(), file);
    }
}
