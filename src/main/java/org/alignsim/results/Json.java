package org.alignsim.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alignsim.base.FileBatch;

import java.nio.file.Path;
import java.util.Arrays;
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

    /** The file as {@link #write} writes it: indented JSON and a final newline. */
    public static byte[] bytes(Object value) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(tree(value));
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot express as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the file whole under a temporary name and renames it into place. */
    public static void write(Path p, Object value) {
        byte[] b = bytes(value);
        FileBatch.writeAtomically(p, out -> out.write(b));
    }
}
