package org.alignsim.landscape;

import org.alignsim.base.FileBatch;
import org.alignsim.base.FolderName;
import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.model.Scenario;
import org.alignsim.results.Json;
import org.alignsim.results.LandscapeManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.runtime.Landscape;
import org.alignsim.runtime.ScenarioLandscape;
import org.alignsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code alignsim landscape} does: build the landscape (from a scenario or from CSV files),
 * search its minima, compare the global one with the model's blocs, and write the result folder.
 */
public final class LandscapeRun {
    private LandscapeRun() {}

    /** The command's settings; scenario, propensities, sizes, observed and out may be null. */
    public record Settings(Path scenario, Path propensities, Path sizes, Path observed, Path out, boolean force,
                           int exhaustiveMax, long restarts, long seed, int replications, int maxMinima) {
        void check() {
            if ((propensities == null) != (sizes == null)) throw new UserError("--propensities and --sizes go together");
            if (scenario == null && propensities == null) throw new UserError("give a SCENARIO, or --propensities and --sizes");
            if (exhaustiveMax < 1 || exhaustiveMax > ExhaustiveSearch.MAX_ACTORS) {
                throw new UserError("--exhaustive-max must be from 1 to " + ExhaustiveSearch.MAX_ACTORS + " (2^(n-1) configurations are enumerated)");
            }
            if (restarts < 1) throw new UserError("--restarts must be at least 1");
            if (replications < 0) throw new UserError("--replications must be 0 or more");
            if (maxMinima < 1) throw new UserError("--max-minima must be at least 1");
            if (observed != null && scenario == null) throw new UserError("--observed needs a SCENARIO to compare with");
        }
    }

    /** What was found and where it went; comparison is null without a scenario or with 0 replications. */
    public record Result(Landscape landscape, Minima minima, ModelComparison.Result comparison, Scenario scenario, Path folder) {}

    public static Result run(Settings set) {
        set.check();
        ScenarioLoader.Loaded loaded = set.scenario() == null ? null : ScenarioLoader.load(set.scenario());
        Map<String, ModelComparison.Bloc> observed = observed(set.observed());
        if (set.observed() != null && set.replications() == 0) {
            throw new UserError("--observed compares the observed classes within the comparison with the model, which --replications 0 turns off; "
                    + "give --replications 1 or more, or leave out --observed");
        }
        Scenario s = loaded == null ? null : loaded.scenario();
        Landscape l = landscape(set, s);
        String name = s != null ? s.name() : stem(set.propensities());
        if (set.out() == null && FolderName.problem(name) != null) {
            throw new UserError(ScenarioLoader.display(set.propensities()) + ": its name '" + name + "' cannot name the result folder ("
                    + FolderName.problem(name) + "); give --out DIR");
        }
        Path target = set.out() != null ? set.out() : OutputFolder.timestamped(Path.of("results", "landscape", name));
        Instant started = Instant.now();
        Minima m = LandscapeSearch.run(l, set.exhaustiveMax(), set.restarts(), set.seed(), set.maxMinima());
        ModelComparison.Result cmp;
        try (OutputFolder folder = new OutputFolder(target, set.force())) {
            cmp = folder.fill(dir -> write(dir, set, loaded, l, m, name, started, observed));
        }
        return new Result(l, m, cmp, s, target);
    }

    private static Landscape landscape(Settings set, Scenario s) {
        try {
            return set.propensities() != null
                    ? LandscapeFiles.read(set.propensities(), set.sizes(), s == null ? null : new HashSet<>(s.states().stream().map(x -> x.iso3()).toList()))
                    : ScenarioLandscape.of(s);
        } catch (IllegalArgumentException e) {
            throw new UserError((set.propensities() != null ? ScenarioLoader.display(set.propensities()) + ": " : "") + e.getMessage());
        }
    }

    /** The folder's files; returns the comparison with the model, if one was made. */
    private static ModelComparison.Result write(Path dir, Settings set, ScenarioLoader.Loaded loaded, Landscape l, Minima m, String name,
                                                Instant started, Map<String, ModelComparison.Bloc> observed) {
        Scenario s = loaded == null ? null : loaded.scenario();
        ModelComparison.Result cmp = null;
        LandscapeFiles.writeMinima(dir.resolve("minima.csv"), m);
        LandscapeFiles.writeLandscape(dir.resolve("actors.csv"), dir.resolve("propensities.csv"), l);
        List<String> outputs = new ArrayList<>(List.of("minima.csv", "actors.csv", "propensities.csv"));
        String west = s == null ? null : s.poles().west(), east = s == null ? null : s.poles().east();
        if (s != null && set.replications() > 0) {
            cmp = ModelComparison.compare(s, m.global(), l, set.replications(), set.seed(), observed);
            FileBatch.writeAtomically(dir.resolve("comparison.md"), ModelComparison.markdown(cmp, m, s.name(), west, east));
            FileBatch.writeAtomically(dir.resolve("comparison.csv"), ModelComparison.csv(cmp, west, east));
            outputs.add("comparison.md");
            outputs.add("comparison.csv");
        }
        outputs.add("manifest.json");
        Json.write(dir.resolve("manifest.json"), manifest(set, loaded, l, m, name, cmp != null, outputs, started));
        return cmp;
    }

    private static LandscapeManifest manifest(Settings set, ScenarioLoader.Loaded loaded, Landscape l, Minima m, String name,
                                              boolean compared, List<String> outputs, Instant started) {
        Scenario s = loaded == null ? null : loaded.scenario();
        boolean files = set.propensities() != null;
        return new LandscapeManifest("alignsim", Version.get(), LandscapeManifest.COMMAND, name,
                "Axelrod & Bennett (1993): E(X) = sum over ordered pairs i != j of s_i s_j p_ij d_ij(X); p_ij > 0 = propensity to be together",
                s == null ? null : s.name(), loaded == null ? null : loaded.files(),
                s == null ? null : new LandscapeManifest.Poles(s.poles().west(), s.poles().east()),
                files ? ScenarioLoader.display(set.propensities()) : "built from the scenario (ScenarioLandscape; docs/MODEL.md, Landscape theory)",
                files ? ScenarioLoader.display(set.sizes()) : null, l.n(), m.exhaustive() ? "exhaustive" : "random restarts", m.starts(),
                m.exhaustive() ? null : set.seed(), m.found(), m.minima().size(), m.global().energy(),
                compared ? set.replications() : null, compared ? set.seed() : null, outputs, System.getProperty("java.version"),
                started.toString(), Instant.now().toString());
    }

    /** The lines the command prints: the best minima and how the model and the observed classes compare. */
    public static String summary(Result r) {
        Landscape l = r.landscape();
        Minima m = r.minima();
        ModelComparison.Result cmp = r.comparison();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d actors, %s: %d local minima%s%n", l.n(),
                m.exhaustive() ? "exhaustive (" + m.starts() + " configurations)" : "heuristic (" + m.starts() + " random restarts)",
                m.found(), m.exhaustive() ? "" : " found"));
        b.append(String.format(Locale.ROOT, "%4s  %14s  %10s  %s%n", "rank", "energy", "basin", "coalition A | coalition B"));
        int shown = Math.min(10, m.minima().size());
        for (int k = 0; k < shown; k++) {
            Minima.Minimum x = m.minima().get(k);
            b.append(String.format(Locale.ROOT, "%4d  %14.6g  %10d  %s | %s%n", k + 1, x.energy(), x.basinSize(),
                    String.join(" ", x.members(l, false)), String.join(" ", x.members(l, true))));
        }
        if (m.minima().size() > shown) b.append(String.format("  ... %d more in minima.csv%n", m.minima().size() - shown));
        if (cmp != null) {
            b.append(String.format(Locale.ROOT, "model (%d runs) vs the global minimum, %d states: agree %d, hedge in the model %d, disagree %d; mean stance leans to the landscape's side for %d%s%n",
                    cmp.replications(), cmp.actors(), cmp.count("agree"), cmp.count("hedges"), cmp.count("disagree"), cmp.leanAgreements(),
                    cmp.polesSplit() ? "" : " (the minimum puts " + r.scenario().poles().west() + " and " + r.scenario().poles().east() + " together: sides undefined)"));
            if (cmp.hasObserved()) {
                b.append(String.format(Locale.ROOT, "observed 2024 classes vs the global minimum: on the observed side %d, on the other side %d, observed hedgers %d%n",
                        cmp.observedCount("agree"), cmp.observedCount("disagree"), cmp.observedCount("hedger")));
            }
        }
        b.append("wrote ").append(r.folder().toAbsolutePath().normalize()).append(System.lineSeparator());
        return b.toString();
    }

    /** Observed classes from a calibration file, as the comparison's blocs. */
    private static Map<String, ModelComparison.Bloc> observed(Path observedFile) {
        Map<String, ModelComparison.Bloc> out = new LinkedHashMap<>();
        if (observedFile == null) return out;
        CalibrationSpec spec = CalibrationSpec.load(observedFile);
        if (spec.stances() == null) throw new UserError(ScenarioLoader.display(observedFile) + ": has no stances section with observed classes");
        for (CalibrationSpec.Target t : spec.stances().classes()) {
            out.put(t.code(), switch (t.observed()) {
                case US_ALIGNED -> ModelComparison.Bloc.US;
                case HEDGER -> ModelComparison.Bloc.HEDGING;
                case CHINA_ALIGNED -> ModelComparison.Bloc.CHINA;
            });
        }
        return out;
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
