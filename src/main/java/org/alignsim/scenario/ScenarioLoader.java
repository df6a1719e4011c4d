package org.alignsim.scenario;

import org.alignsim.base.FileError;
import org.alignsim.base.Shown;
import org.alignsim.model.Scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario file: follows its {@code extends} chain, lays each file over its base, applies
 * any overrides (a sweep's factor values) and binds the result to a validated {@link Scenario}.
 */
public final class ScenarioLoader {

    /** A loaded scenario with what a manifest needs to say where it came from. */
    public record Loaded(Scenario scenario, YamlNode.MapNode tree, List<SourceFile> files, DataFiles data) {
        public Loaded(Scenario scenario, YamlNode.MapNode tree, List<SourceFile> files) {
            this(scenario, tree, files, new DataFiles(null));
        }

        /** The same scenario with some keys replaced; the merged tree and the data files are reused, not re-read. */
        public Scenario with(Map<String, Object> overrides) {
            YamlNode.MapNode copy = tree.copy();
            for (Map.Entry<String, Object> o : overrides.entrySet()) {
                TreePaths.set(copy, o.getKey(), o.getValue(), new YamlNode.Origin("override", 0));
            }
            return ScenarioBinder.bind(copy, data);
        }
    }

    /** One file of the extends chain with the SHA-256 of its bytes. */
    public record SourceFile(String path, String sha256) {}

    private ScenarioLoader() {}

    public static Loaded load(Path file) {
        return load(file, Map.of());
    }

    /**
     * @param overrides key path (e.g. {@code weights.trade}, {@code states.IND.hedging}) to a
     *                  value; each replaces the value at that path after merging
     */
    public static Loaded load(Path file, Map<String, Object> overrides) {
        return load(file, overrides, null);
    }

    /**
     * @param dataDir the folder of the data files a scenario's series read, instead of the
     *                scenario's own {@code data} key (a path relative to the file that sets it); null keeps that
     */
    public static Loaded load(Path file, Map<String, Object> overrides, Path dataDir) {
        List<SourceFile> files = new ArrayList<>();
        YamlNode.MapNode tree = readChain(file, new ArrayList<>(), files);
        YamlNode d = tree.entries().get("data");
        if (dataDir == null && d instanceof YamlNode.Scalar sc && sc.kind() == YamlNode.Kind.STRING) dataDir = Path.of(sc.text());
        else if (d != null && dataDir == null && !(d instanceof YamlNode.Scalar x && x.kind() == YamlNode.Kind.NULL)) {
            throw new ScenarioException(d.origin(), "data", "must be the path of a folder, found " + YamlNode.describe(d));
        }
        DataFiles data = new DataFiles(dataDir);
        Scenario plain = ScenarioBinder.bind(tree.copy(), data);
        Loaded loaded = new Loaded(plain, tree, List.copyOf(files), data);
        return overrides.isEmpty() ? loaded : new Loaded(loaded.with(overrides), tree, loaded.files(), data);
    }

    private static YamlNode.MapNode readChain(Path file, List<Path> chain, List<SourceFile> files) {
        Path norm = file.toAbsolutePath().normalize();
        String shown = display(file);
        if (chain.contains(norm)) {
            throw new ScenarioException(shown, 0, "extends", "extends cycle: " + cycle(chain, norm));
        }
        byte[] bytes = readBytes(file, shown);
        String text = utf8(bytes, shown);
        YamlNode root = YamlReader.read(text, shown);
        if (!(root instanceof YamlNode.MapNode map)) {
            throw new ScenarioException(root.origin(), "", "a scenario must be a mapping of keys, found " + YamlNode.describe(root));
        }
        chain.add(norm);
        YamlNode data = map.entries().get("data");
        if (data instanceof YamlNode.Scalar ds && ds.kind() == YamlNode.Kind.STRING) {
            // A data folder is relative to the file that names it, wherever the chain is read from.
            Path dir = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(ds.text()).normalize();
            map.entries().put("data", new YamlNode.Scalar(ds.origin(), YamlNode.Kind.STRING, dir.toString()));
        }
        YamlNode ext = map.entries().remove("extends");
        YamlNode.MapNode result = map;
        if (ext != null) {
            if (!(ext instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING || s.text().isBlank()) {
                throw new ScenarioException(ext.origin(), "extends", "must be the path of another scenario file, found " + YamlNode.describe(ext));
            }
            Path basePath = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(s.text());
            if (Files.isDirectory(basePath)) {
                throw new ScenarioException(ext.origin(), "extends", display(basePath) + " is a folder, not a scenario file");
            }
            if (!Files.isRegularFile(basePath)) {
                throw new ScenarioException(ext.origin(), "extends", "no such file: " + display(basePath));
            }
            Path baseNorm = basePath.toAbsolutePath().normalize();
            if (chain.contains(baseNorm)) {
                throw new ScenarioException(ext.origin(), "extends", "extends cycle: " + cycle(chain, baseNorm));
            }
            YamlNode.MapNode base = readChain(basePath, chain, files);
            result = merge(base, map);
        }
        chain.remove(chain.size() - 1);
        files.add(new SourceFile(shown, sha256(bytes)));
        return result;
    }

    /** Lays {@code over} onto {@code base}: maps merge, anything else replaces, null removes. */
    static YamlNode.MapNode merge(YamlNode.MapNode base, YamlNode.MapNode over) {
        LinkedHashMap<String, YamlNode> out = new LinkedHashMap<>(base.copy().entries());
        for (Map.Entry<String, YamlNode> e : over.entries().entrySet()) {
            YamlNode v = e.getValue();
            YamlNode old = out.get(e.getKey());
            if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) {
                out.remove(e.getKey());
            } else if (old instanceof YamlNode.MapNode om && v instanceof YamlNode.MapNode vm) {
                out.put(e.getKey(), merge(om, vm));
            } else {
                out.put(e.getKey(), YamlNode.deepCopy(v));
            }
        }
        return new YamlNode.MapNode(over.origin(), out);
    }

    /** An input file's bytes, or a one-line error naming it. */
    public static byte[] readBytes(Path file, String shown) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(shown, 0, "", "no such file");
        } catch (IOException e) {
            if (Files.isDirectory(file)) throw new ScenarioException(shown, 0, "", "is a folder, not a file");
            throw new ScenarioException(shown, 0, "", "cannot read: " + FileError.reason(e));
        }
    }

    /** Strict UTF-8: a file in another encoding is an error, not mojibake in the results. */
    public static String utf8(byte[] bytes, String shown) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(shown, 0, "", "not UTF-8 text");
        }
    }

    private static String cycle(List<Path> chain, Path again) {
        StringBuilder b = new StringBuilder();
        for (Path p : chain.subList(chain.indexOf(again), chain.size())) b.append(p.getFileName()).append(" -> ");
        return b.append(again.getFileName()).toString();
    }

    public static String display(Path p) {
        return Shown.path(p);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
