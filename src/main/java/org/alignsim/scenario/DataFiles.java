package org.alignsim.scenario;

import org.alignsim.data.DataException;
import org.alignsim.data.DataTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a scenario's data files are (its {@code data} folder, or the one given with --data) and
 * the tables read from them, each file read once however often the scenario is bound (a sweep
 * binds it once per design point).
 */
public final class DataFiles {
    private final Path folder;
    private final Map<Path, DataTable> read = new HashMap<>();

    public DataFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() { return folder; }

    /** The table of a file named relative to the data folder; a one-line error naming the file otherwise. */
    public synchronized DataTable table(String relative, YamlNode.Origin at, String key, String... columns) {
        if (folder == null) throw new ScenarioException(at, key, "a series needs a data folder: give data: DIR in the scenario, or --data DIR");
        if (!Files.isDirectory(folder)) throw new ScenarioException(at, "data", "no such data folder: " + ScenarioLoader.display(folder));
        Path file = folder.resolve(relative).normalize();
        DataTable t = read.get(file);
        if (t == null) {
            try {
                t = DataTable.read(file, columns);
            } catch (DataException e) {
                throw new ScenarioException(at, key, e.getMessage());
            }
            read.put(file, t);
        } else {
            for (String c : columns) {
                if (!t.has(c)) throw new ScenarioException(at, key, ScenarioLoader.display(file) + " has no column '" + c + "'");
            }
        }
        return t;
    }
}
