package org.alignsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** JSON output: indented, stable key order, non-finite numbers written as null. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    public static JsonNode tree(Object value) {
        return clean(MAPPER.valueToTree(value));
    }

    /** Replaces NaN and infinities (not JSON) by null, recursively. */
    static JsonNode clean(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(clean(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) a.set(i, clean(a.get(i)));
            return a;
        }
        if (n.isNumber() && !Double.isFinite(n.doubleValue())) return NullNode.getInstance();
        return n;
    }

    public static void write(Path p, Object value) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(tree(value));
            Files.write(p, concat(bytes, new byte[]{'\n'}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
