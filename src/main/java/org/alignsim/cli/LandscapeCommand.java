package org.alignsim.cli;

import org.alignsim.base.UserError;
import org.alignsim.base.Version;
import org.alignsim.base.FileBatch;
import org.alignsim.base.FolderName;
import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.landscape.ExhaustiveSearch;
import org.alignsim.runtime.Landscape;
import org.alignsim.landscape.LandscapeFiles;
import org.alignsim.landscape.LandscapeSearch;
import org.alignsim.landscape.Minima;
import org.alignsim.landscape.ModelComparison;
import org.alignsim.runtime.ScenarioLandscape;
import org.alignsim.model.Scenario;
import org.alignsim.output.Json;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "landscape", mixinStandardHelpOptions = true,
        description = {"Axelrod and Bennett's landscape theory of aggregation (1993): split the actors into two coalitions "
                + "by minimising the energy E = sum_{i!=j} s_i s_j p_ij d_ij, and list every local minimum under single-actor moves with its basin.",
                "Sizes and propensities come from the scenario's state data (see docs/MODEL.md, \"Landscape theory\") or from --sizes and --propensities. "
                        + "With a scenario, the global minimum is compared with the alignment model's blocs (comparison.md).",
                "Writes minima.csv, actors.csv, propensities.csv, comparison.md and comparison.csv (with a scenario), manifest.json and report.html."})
public final class LandscapeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/indo-pacific-2024.yaml (optional with --sizes and --propensities).")
    Path scenarioFile;

    @Option(names = "--propensities", paramLabel = "FILE.csv", description = "Symmetric propensity matrix: header 'actor,A,B,...', one row per actor.")
    Path propensityFile;

    @Option(names = "--sizes", paramLabel = "FILE.csv", description = "Actor sizes: header 'actor,size', one positive size per actor.")
    Path sizeFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/landscape/<name>/<timestamp>).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder if it exists; only a folder of AlignSim results (or an empty one) is replaced.")
    boolean force;

    @Option(names = "--exhaustive-max", paramLabel = "N", description = "Enumerate every configuration up to this many actors (default: ${DEFAULT-VALUE}; at most 28); beyond, random restarts.")
    int exhaustiveMax = LandscapeSearch.DEFAULT_EXHAUSTIVE_MAX;

    @Option(names = "--restarts", paramLabel = "N", description = "Random restarts of the heuristic (default: ${DEFAULT-VALUE}).")
    long restarts = 100_000;

    @Option(names = "--seed", converter = SeedConverter.class, paramLabel = "S", description = "Seed of the restarts and master seed of the model's replications (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--replications", paramLabel = "R", description = "Model runs for the comparison (default: ${DEFAULT-VALUE}; 0 = no comparison).")
    int replications = 20;

    @Option(names = "--max-minima", paramLabel = "K", description = "Write at most the K best local minima (default: ${DEFAULT-VALUE}); all are counted.")
    int maxMinima = 10_000;

    @Option(names = "--observed", paramLabel = "CALIBRATION.yaml", description = "Also compare with the observed classes of a calibration file's stances, e.g. scenarios/calibration/alignments-2024.yaml.")
    Path observedFile;

    @Option(names = "--no-report", description = "Do not write report.html at the end.")
    boolean noReport;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Override
    public Integer call() {
        if ((propensityFile == null) != (sizeFile == null)) throw new UserError("--propensities and --sizes go together");
        if (scenarioFile == null && propensityFile == null) throw new UserError("give a SCENARIO, or --propensities and --sizes");
        if (exhaustiveMax < 1 || exhaustiveMax > ExhaustiveSearch.MAX_ACTORS) {
            throw new UserError("--exhaustive-max must be from 1 to " + ExhaustiveSearch.MAX_ACTORS + " (2^(n-1) configurations are enumerated)");
        }
        if (restarts < 1) throw new UserError("--restarts must be at least 1");
        if (replications < 0) throw new UserError("--replications must be 0 or more");
        if (maxMinima < 1) throw new UserError("--max-minima must be at least 1");
        if (observedFile != null && scenarioFile == null) throw new UserError("--observed needs a SCENARIO to compare with");
        ScenarioLoader.Loaded loaded = scenarioFile == null ? null : ScenarioLoader.load(scenarioFile);
        Map<String, ModelComparison.Bloc> observed = observed();
        if (observedFile != null && replications == 0) {
            throw new UserError("--observed compares the observed classes within the comparison with the model, which --replications 0 turns off; "
                    + "give --replications 1 or more, or leave out --observed");
        }
        Scenario s = loaded == null ? null : loaded.scenario();
        Landscape l;
        try {
            l = propensityFile != null
                    ? LandscapeFiles.read(propensityFile, sizeFile, s == null ? null : new HashSet<>(s.states().stream().map(x -> x.iso3()).toList()))
                    : ScenarioLandscape.of(s);
        } catch (IllegalArgumentException e) {
            throw new UserError((propensityFile != null ? ScenarioLoader.display(propensityFile) + ": " : "") + e.getMessage());
        }
        String name = s != null ? s.name() : stem(propensityFile);
        if (out == null && FolderName.problem(name) != null) {
            throw new UserError(ScenarioLoader.display(propensityFile) + ": its name '" + name + "' cannot name the result folder ("
                    + FolderName.problem(name) + "); give --out DIR");
        }
        Path target = out != null ? out : ResultFolders.timestamped(Path.of("results", "landscape", name));
        Instant started = Instant.now();
        Minima m = LandscapeSearch.run(l, exhaustiveMax, restarts, seed, maxMinima);
        ModelComparison.Result cmp;
        try (OutputFolder folder = new OutputFolder(target, force)) {
            cmp = folder.fill(dir -> write(dir, loaded, l, m, name, started, observed));
        }
        if (!quiet) print(l, m, cmp, s, target);
        if (!noReport) {
            Path report = ResultFolders.report(target);
            if (!quiet) System.out.println("report " + report);
        }
        return 0;
    }

    /** The folder's files; returns the comparison with the model, if one was made. */
    private ModelComparison.Result write(Path dir, ScenarioLoader.Loaded loaded, Landscape l, Minima m, String name, Instant started,
                                         Map<String, ModelComparison.Bloc> observed) {
        Scenario s = loaded == null ? null : loaded.scenario();
        ModelComparison.Result cmp = null;
        LandscapeFiles.writeMinima(dir.resolve("minima.csv"), m);
        LandscapeFiles.writeLandscape(dir.resolve("actors.csv"), dir.resolve("propensities.csv"), l);
        List<String> outputs = new ArrayList<>(List.of("minima.csv", "actors.csv", "propensities.csv"));
        String west = s == null ? null : s.poles().west(), east = s == null ? null : s.poles().east();
        if (s != null && replications > 0) {
            cmp = ModelComparison.compare(s, m.global(), l, replications, seed, observed);
            write(dir.resolve("comparison.md"), ModelComparison.markdown(cmp, m, s.name(), west, east));
            write(dir.resolve("comparison.csv"), ModelComparison.csv(cmp, west, east));
            outputs.add("comparison.md");
            outputs.add("comparison.csv");
        }
        outputs.add("manifest.json");
        Map<String, Object> man = new LinkedHashMap<>();
        man.put("program", "alignsim");
        man.put("version", Version.get());
        man.put("command", "landscape");
        man.put("name", name);
        man.put("rule", "Axelrod & Bennett (1993): E(X) = sum over ordered pairs i != j of s_i s_j p_ij d_ij(X); p_ij > 0 = propensity to be together");
        if (loaded != null) {
            man.put("scenario", s.name());
            man.put("scenario_files", loaded.files());
            Map<String, Object> poles = new LinkedHashMap<>();
            poles.put("west", west);
            poles.put("east", east);
            man.put("poles", poles);
        }
        if (propensityFile != null) {
            man.put("propensities", ScenarioLoader.display(propensityFile));
            man.put("sizes", ScenarioLoader.display(sizeFile));
        } else {
            man.put("propensities", "built from the scenario (ScenarioLandscape; docs/MODEL.md, Landscape theory)");
        }
        man.put("actors", l.n());
        man.put("search", m.exhaustive() ? "exhaustive" : "random restarts");
        man.put("configurations_or_restarts", m.starts());
        if (!m.exhaustive()) man.put("seed", seed);
        man.put("local_minima", m.found());
        man.put("local_minima_written", m.minima().size());
        man.put("global_minimum_energy", m.global().energy());
        if (cmp != null) {
            man.put("comparison_replications", replications);
            man.put("comparison_master_seed", seed);
        }
        man.put("outputs", outputs);
        man.put("java", System.getProperty("java.version"));
        man.put("started", started.toString());
        man.put("ended", Instant.now().toString());
        Json.write(dir.resolve("manifest.json"), man);
        return cmp;
    }

    private static void print(Landscape l, Minima m, ModelComparison.Result cmp, Scenario s, Path target) {
        System.out.printf(Locale.ROOT, "%d actors, %s: %d local minima%s%n", l.n(),
                m.exhaustive() ? "exhaustive (" + m.starts() + " configurations)" : "heuristic (" + m.starts() + " random restarts)",
                m.found(), m.exhaustive() ? "" : " found");
        System.out.printf(Locale.ROOT, "%4s  %14s  %10s  %s%n", "rank", "energy", "basin", "coalition A | coalition B");
        int shown = Math.min(10, m.minima().size());
        for (int k = 0; k < shown; k++) {
            Minima.Minimum x = m.minima().get(k);
            System.out.printf(Locale.ROOT, "%4d  %14.6g  %10d  %s | %s%n", k + 1, x.energy(), x.basinSize(),
                    String.join(" ", x.members(l, false)), String.join(" ", x.members(l, true)));
        }
        if (m.minima().size() > shown) System.out.printf("  ... %d more in minima.csv%n", m.minima().size() - shown);
        if (cmp != null) {
            System.out.printf(Locale.ROOT, "model (%d runs) vs the global minimum, %d states: agree %d, hedge in the model %d, disagree %d; mean stance leans to the landscape's side for %d%s%n",
                    cmp.replications(), cmp.actors(), cmp.count("agree"), cmp.count("hedges"), cmp.count("disagree"), cmp.leanAgreements(),
                    cmp.polesSplit() ? "" : " (the minimum puts " + s.poles().west() + " and " + s.poles().east() + " together: sides undefined)");
            if (cmp.hasObserved()) {
                System.out.printf(Locale.ROOT, "observed 2024 classes vs the global minimum: on the observed side %d, on the other side %d, observed hedgers %d%n",
                        cmp.observedCount("agree"), cmp.observedCount("disagree"), cmp.observedCount("hedger"));
            }
        }
        System.out.println("wrote " + target.toAbsolutePath().normalize());
    }

    /** Observed classes from a calibration file, as the comparison's blocs. */
    private Map<String, ModelComparison.Bloc> observed() {
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

    private static void write(Path p, String text) {
        FileBatch.writeAtomically(p, text);
    }
}
