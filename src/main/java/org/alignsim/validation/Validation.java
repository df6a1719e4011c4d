package org.alignsim.validation;

import org.alignsim.data.History;
import org.alignsim.data.YearPanel;
import org.alignsim.model.World;
import org.alignsim.results.Json;
import org.alignsim.results.ValidateManifest;
import org.alignsim.output.OutputFolder;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * `alignsim validate`: runs each scenario with seeds 1 to N and scores it against what states
 * actually did (docs/VALIDATION.md defines every metric). A scenario whose run lies after the UN
 * data's last year is scored as a present-day scenario (2024 classes, stickiness, UN
 * cross-section, the paper's arguments, the headline's drivers); one whose run spans at least one
 * comparison period of the data is scored as a history (stickiness, UN cross-section period by
 * period, China's phases). Everything is computed before the folder is written; the folder
 * appears whole or not at all.
 */
public final class Validation {
    private Validation() {}

    /**
     * @param quick      leave out metric 6 (the judgement calls, most of the runs)
     * @param seriesData the folder the scenarios' series read instead of their own {@code data} (null: their own)
     * @param un         the UN ideal points' file instead of the data folder's (null: the folder's)
     */
    public record Options(List<Path> scenarios, Path spec, Path data, int seeds, int threads, Path out, boolean force,
                          String version, boolean quick, Path seriesData, Path un) {
        public Options(List<Path> scenarios, Path spec, Path data, int seeds, int threads, Path out, boolean force, String version) {
            this(scenarios, spec, data, seeds, threads, out, force, version, false, null, null);
        }
    }

    public record Outcome(Path dir, Scorecard card, long runs) {}

    /** Files written into the folder, in the order the manifest lists them. */
    static final List<String> FILES = List.of("scorecard.csv", "classes.csv", "class_drivers.csv", "stickiness.csv", "class_switches.csv",
            "cross_section.csv", "cross_section_states.csv", "china_path.csv", "history_paths.csv", "history_states.csv", "decade_shifts.csv", "paper.csv",
            "headline.csv");

    /** Loaded inputs, checked before anything runs. */
    /** @param heldOut the states the UN file scored against has and the data folder's own lacks (empty without --un) */
    public record Inputs(ValidationSpec spec, History data, List<ScenarioLoader.Loaded> scenarios, List<Path> files, Set<String> heldOut) {}

    public static Inputs load(Options o) {
        ValidationSpec spec = ValidationSpec.load(o.spec());
        History data = History.at(o.data(), o.un(), spec.unExcluded().stream().map(ValidationSpec.UnExcluded::excluded).toList());
        for (ValidationSpec.UnExcluded e : spec.unExcluded()) {
            // An exclusion that matches nothing is a typo (a wrong code or years), not a no-op.
            if (data.idealPointsAsRead().count(e.state(), e.from(), e.to()) == 0) {
                throw new ScenarioException(ScenarioLoader.display(o.spec()), e.line(), "observations.un_excluded",
                        "the UN ideal points have no value for " + e.state() + " in " + e.from() + "-" + e.to());
            }
        }
        data.electoralDemocracy();
        data.usDefencePacts();
        List<ScenarioLoader.Loaded> loaded = new ArrayList<>();
        for (Path p : o.scenarios()) loaded.add(ScenarioLoader.load(p, java.util.Map.of(), o.seriesData()));
        return new Inputs(spec, data, loaded, o.scenarios(), heldOut(o, data));
    }

    /**
     * The out-of-sample states: with --un, those its file has and the data folder's own UN file
     * lacks (all of them if the folder has none). Sorted, so the scorecard is the same however read.
     */
    private static Set<String> heldOut(Options o, History data) {
        if (o.un() == null) return Set.of();
        Set<String> given = Files.exists(o.data().resolve(History.IDEAL_POINTS)) ? History.at(o.data()).idealPoints().states() : Set.of();
        Set<String> held = new TreeSet<>(data.idealPoints().states());
        held.removeAll(given);
        return held;
    }

    /** The held-out states that decide in this scenario (a full UN file has many states no scenario models). */
    private static Set<String> heldOut(World w, Set<String> heldOut) {
        Set<String> here = new TreeSet<>();
        for (int i : w.actors) if (heldOut.contains(w.codes[i])) here.add(w.codes[i]);
        return here;
    }

    /** Whether a run has at least one whole comparison period inside the UN data's years. */
    static boolean historical(World w, YearPanel un, ValidationSpec spec) {
        double start = w.scenario.time().startYear();
        double end = start + w.scenario.time().horizonYears();
        int firstWhole = (int) Math.ceil(start - 1e-9);
        int lastWhole = (int) Math.floor(end + 1e-9) - 1;
        return Math.min(lastWhole, un.lastYear()) - firstWhole + 1 >= spec.periods().years();
    }

    /** An estimate of the model runs a validation makes, for the progress bar. */
    public static long plannedRuns(Inputs in, int seeds, boolean quick) {
        long n = 0;
        for (ScenarioLoader.Loaded l : in.scenarios()) {
            World w = new World(l.scenario());
            if (historical(w, in.data().idealPoints(), in.spec())) n += 2L * seeds;
            else n += seeds * (2L + in.spec().knockouts().size()) + (quick ? 0 : HeadlineDrivers.runs(JudgementInputs.expand(l.scenario(), in.spec()), seeds));
        }
        return n;
    }

    public static Outcome run(Options o, Inputs in, LongConsumer progress) {
        Instant started = Instant.now();
        ValidationSpec spec = in.spec();
        Scorecard card = new Scorecard(spec);
        Map<String, CsvFile> files = new LinkedHashMap<>();
        files.put("classes.csv", new CsvFile("classes.csv", ClassFit.HEADER));
        files.put("class_drivers.csv", new CsvFile("class_drivers.csv", ClassDrivers.HEADER));
        files.put("stickiness.csv", new CsvFile("stickiness.csv", Stickiness.HEADER));
        files.put("class_switches.csv", new CsvFile("class_switches.csv", Stickiness.SWITCH_HEADER));
        files.put("cross_section.csv", new CsvFile("cross_section.csv", CrossSection.HEADER));
        files.put("cross_section_states.csv", new CsvFile("cross_section_states.csv", CrossSection.STATES_HEADER));
        files.put("china_path.csv", new CsvFile("china_path.csv", ChinaPhases.PATH_HEADER));
        files.put("history_paths.csv", new CsvFile("history_paths.csv", HistoryPaths.HEADER));
        files.put("history_states.csv", new CsvFile("history_states.csv", HistoryPaths.STATES_HEADER));
        files.put("decade_shifts.csv", new CsvFile("decade_shifts.csv", HistoryPaths.SHIFTS_HEADER));
        files.put("paper.csv", new CsvFile("paper.csv", PaperArguments.HEADER));
        files.put("headline.csv", new CsvFile("headline.csv", HeadlineDrivers.HEADER));
        AtomicLong done = new AtomicLong();
        List<ValidateManifest.Scenario> scenarioInfo = new ArrayList<>();
        try (Parallel pool = new Parallel(o.threads(), () -> progress.accept(done.incrementAndGet()))) {
            for (int k = 0; k < in.scenarios().size(); k++) {
                ScenarioLoader.Loaded l = in.scenarios().get(k);
                String name = l.scenario().name();
                World w = new World(l.scenario());
                YearPanel un = in.data().idealPoints();
                boolean historical = historical(w, un, spec);
                scenarioInfo.add(new ValidateManifest.Scenario(ScenarioLoader.display(in.files().get(k)), name,
                        historical ? "history" : "present", l.files()));
                Trajectories t = Trajectories.run(w, o.seeds(), pool, historical);
                if (!historical) {
                    ClassFit.score(name, t, spec, card, files.get("classes.csv"));
                    ClassDrivers.write(name, w, spec, o.seeds(), pool, files.get("class_drivers.csv"));
                }
                Stickiness.score(name, t, un, spec, historical, card, files.get("stickiness.csv"), files.get("class_switches.csv"));
                Trajectories votes = t.votes();
                CrossSection.score(name, votes, in.data(), spec, historical, card, files.get("cross_section.csv"), files.get("cross_section_states.csv"));
                CrossSection.stance(name, t, in.data(), spec, historical, card);
                CrossSection.split(name, votes, in.data(), spec, historical, card, heldOut(w, in.heldOut()));
                if (historical) {
                    HistoryPaths.score(name, votes, t, un, card, files.get("history_paths.csv"), files.get("history_states.csv"),
                            files.get("decade_shifts.csv"), heldOut(w, in.heldOut()));
                    if (ChinaPhases.applies(t, spec.china())) {
                        Trajectories noIdeology = Trajectories.run(new World(l.with(Map.of("weights.ideology", 0.0))), o.seeds(), pool);
                        ChinaPhases.score(name, t, noIdeology, un, spec.china(), card, files.get("china_path.csv"));
                    }
                } else {
                    Finals base = Finals.of(t);
                    Map<String, Finals> knockouts = new LinkedHashMap<>();
                    for (String m : spec.knockouts()) knockouts.put(m, Finals.run(new World(l.with(Map.of("weights." + m, 0.0))), o.seeds(), pool));
                    PaperArguments.score(name, base, knockouts, spec, card, files.get("paper.csv"));
                    HeadlineDrivers.base(name, base, card);
                    if (!o.quick()) HeadlineDrivers.score(name, l, base, JudgementInputs.expand(l.scenario(), spec), spec, o.seeds(), pool, card, files.get("headline.csv"));
                }
            }
        }
        try (OutputFolder folder = new OutputFolder(o.out(), o.force())) {
            Path dir = folder.dir();
            Files.writeString(dir.resolve("scorecard.csv"), card.csv(), StandardCharsets.UTF_8);
            for (CsvFile f : files.values()) Files.writeString(dir.resolve(f.name), f.text(), StandardCharsets.UTF_8);
            Files.copy(spec.file(), dir.resolve("validation.yaml"));
            Json.write(dir.resolve("manifest.json"), manifest(o, in, scenarioInfo, card, done.get(), started));
            folder.commit();
            return new Outcome(folder.target(), card, done.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidateManifest manifest(Options o, Inputs in, List<ValidateManifest.Scenario> scenarios, Scorecard card, long runs,
                                             Instant started) {
        List<ValidateManifest.FileRef> data = new ArrayList<>();
        for (String[] f : in.data().filesRead()) data.add(new ValidateManifest.FileRef(f[0], f[1]));
        List<String> outputs = new ArrayList<>(FILES);
        outputs.add("validation.yaml");
        outputs.add("manifest.json");
        return new ValidateManifest("alignsim", ValidateManifest.COMMAND, "validate", "complete", o.version(),
                new ValidateManifest.FileRef(in.spec().shown(), in.spec().sha256()), ScenarioLoader.display(in.spec().classesFile()),
                scenarios, data, "1-" + o.seeds(), o.quick(), runs, o.threads(), card.failures(), outputs, System.getProperty("java.version"),
                started.toString(), Instant.now().toString());
    }
}
