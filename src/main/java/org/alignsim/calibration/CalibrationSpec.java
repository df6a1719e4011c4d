package org.alignsim.calibration;

import org.alignsim.scenario.Fields;
import org.alignsim.scenario.ScenarioException;
import org.alignsim.scenario.ScenarioLoader;
import org.alignsim.scenario.YamlNode;
import org.alignsim.scenario.YamlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A calibration file: the scenario, the parameters to fit (scenario key paths with bounds), the
 * observed patterns (each state's 2024 stance class; the signs of the backcast's phases), which of
 * them the loss fits and which are held out, the loss weights, replications, seed and budget.
 * The format is in {@code scenarios/calibration/README.md}. Only the file's own structure is
 * checked here; {@link CalibrationCheck} checks it against the scenarios.
 */
public record CalibrationSpec(String name, String description, Path file, String sha256, String text,
                              Path scenarioFile, long seed, int replications, long budget, int population,
                              double sigma, List<Parameter> parameters, Fit fit, double misclassificationWeight,
                              double phasePenalty, Stances stances, Backcast backcast) {

    /** The same calibration with another seed (--seed). */
    public CalibrationSpec withSeed(long seed) {
        return new CalibrationSpec(name, description, file, sha256, text, scenarioFile, seed, replications,
                budget, population, sigma, parameters, fit, misclassificationWeight, phasePenalty, stances, backcast);
    }

    /** Which targets the loss fits; the others are the hold-out. */
    public enum Fit {
        STANCES("stances"), BACKCAST("backcast"), BOTH("both");
        public final String key;
        Fit(String key) { this.key = key; }
        public boolean stances() { return this != BACKCAST; }
        public boolean backcast() { return this != STANCES; }
    }

    /**
     * A parameter to fit.
     *
     * @param start the starting value, or null for the scenario's own value
     */
    public record Parameter(String path, double lower, double upper, Double start, int line) {}

    /** An observed class of one state, with the line that says so. */
    public record Target(String code, StanceClass observed, int line) {}

    /**
     * The 2024 stances: simulated classes from each state's mean alignment over the steps whose
     * year lies in [from, to]. Contestable states are those whose observed class the file itself
     * calls a judgement call that could go either way; they are fitted like the others, and
     * {@code alignsim validate} reports them apart when it lists the states a model gets wrong.
     */
    public record Stances(double from, double to, List<Target> classes, List<String> contestable, int line) {}

    /**
     * The backcast: the mean alignment of one state over consecutive phases [from, to); sign k is
     * +1 if phase k+1's mean must be above phase k's, -1 if below.
     */
    public record Backcast(Path scenarioFile, int replications, String state, int stateLine,
                           double[][] phases, int[] signs, int line) {}

    public static CalibrationSpec load(Path file) {
        String shown = ScenarioLoader.display(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(shown, 0, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioException(shown, 0, "", "cannot read: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        YamlNode root = YamlReader.read(text, shown);
        Fields f = Fields.of(root, "");
        String name = f.folderName("name");
        String description = f.str("description", "");
        Path scenario = relative(file, f, "scenario");
        long seed = f.seed("seed", 1);
        int reps = f.integer("replications", 10, 1, 100_000);
        long budget = f.integer("budget", 2000, 1, 1_000_000_000);

        Fields opt = f.map("optimizer");
        int population = opt.integer("population", 0, 0, 100_000);
        if (population == 1) throw opt.error("population", "CMA-ES needs at least 2 candidates a generation (or 0 for its default)");
        double sigma = opt.num("sigma", 0.3, 0, true, 1, false);
        opt.done();

        Fields ps = f.map("parameters");
        List<Parameter> params = new ArrayList<>();
        for (String path : ps.keys()) {
            YamlNode n = ps.node.entries().get(path);
            Fields pf = Fields.of(n, "parameters." + path);
            double lo = pf.num("lower", null, -1e300, 1e300);
            double hi = pf.num("upper", null, -1e300, 1e300);
            if (lo > hi) throw pf.error("lower", "bounds inverted: lower (" + Fields.fmt(lo) + ") is above upper (" + Fields.fmt(hi) + ")");
            if (lo == hi) throw pf.error("upper", "empty range: lower and upper are both " + Fields.fmt(lo) + " (fix the value in the scenario instead)");
            Double start = pf.has("start") ? pf.num("start", null, lo, hi) : null;
            pf.done();
            params.add(new Parameter(path, lo, hi, start, n.origin().line()));
        }
        if (params.isEmpty()) throw new ScenarioException(ps.node.origin(), "parameters", "name at least one parameter to fit");

        String fitText = f.str("fit", "stances");
        Fit fit = null;
        for (Fit x : Fit.values()) if (x.key.equals(fitText)) fit = x;
        if (fit == null) throw f.error("fit", "must be stances, backcast or both; found \"" + fitText + "\"");

        Fields loss = f.map("loss");
        double wMis = loss.num("misclassification", 1.0, 0, 1e6);
        double penalty = loss.num("phase_penalty", 0.25, 0, 1e6);
        loss.done();

        Stances stances = f.has("stances") ? stances(f.map("stances")) : null;
        Backcast backcast = f.has("backcast") ? backcast(file, f.map("backcast"), reps) : null;
        if (fit.stances() && stances == null) throw new ScenarioException(f.node.origin(), "stances", "fit: " + fit.key + " needs a stances section");
        if (fit.backcast() && backcast == null) throw new ScenarioException(f.node.origin(), "backcast", "fit: " + fit.key + " needs a backcast section");
        f.done();
        return new CalibrationSpec(name, description, file, ScenarioLoader.sha256(bytes), text, scenario, seed, reps, budget,
                population, sigma, List.copyOf(params), fit, wMis, penalty, stances, backcast);
    }

    private static Path relative(Path file, Fields f, String key) {
        String rel = f.str(key, null);
        Path p = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(rel).normalize();
        if (!Files.isRegularFile(p)) throw f.error(key, "no such scenario file: " + ScenarioLoader.display(p));
        return p;
    }

    private static Stances stances(Fields s) {
        Fields win = s.map("window");
        double from = win.num("from", null, -1e6, 1e6);
        double to = win.num("to", null, -1e6, 1e6);
        if (to < from) throw win.error("to", "the window ends (" + Fields.fmt(to) + ") before it starts (" + Fields.fmt(from) + ")");
        win.done();
        Fields cs = s.map("classes");
        List<Target> targets = new ArrayList<>();
        for (String code : cs.keys()) {
            YamlNode n = cs.node.entries().get(code);
            String v = Fields.text(n, cs.at(code));
            StanceClass c = StanceClass.parse(v);
            if (c == null) throw new ScenarioException(n.origin(), cs.at(code), "unknown class \"" + v + "\": use " + StanceClass.allowed());
            targets.add(new Target(code, c, n.origin().line()));
        }
        if (targets.isEmpty()) throw new ScenarioException(cs.node.origin(), cs.path, "list at least one state's observed class");
        List<String> contestable = s.strings("contestable", false);
        for (int i = 0; i < contestable.size(); i++) {
            String code = contestable.get(i);
            if (targets.stream().noneMatch(t -> t.code().equals(code))) {
                throw new ScenarioException(s.raw("contestable").origin(), s.at("contestable") + "[" + i + "]", code + " has no observed class under classes");
            }
        }
        s.done();
        return new Stances(from, to, List.copyOf(targets), List.copyOf(contestable), s.node.origin().line());
    }

    private static Backcast backcast(Path file, Fields b, int defaultReps) {
        Path scen = relative(file, b, "scenario");
        int reps = b.integer("replications", defaultReps, 1, 100_000);
        String state = b.str("state", null);
        int stateLine = b.node.entries().get("state").origin().line();
        List<YamlNode> ph = b.list("phases", true);
        if (ph.size() < 2) throw b.error("phases", "give at least two phases to compare");
        double[][] phases = new double[ph.size()][];
        for (int k = 0; k < ph.size(); k++) {
            Fields pf = Fields.of(ph.get(k), b.at("phases") + "[" + k + "]");
            double from = pf.num("from", null, -1e6, 1e6), to = pf.num("to", null, -1e6, 1e6);
            if (!(to > from)) throw pf.error("to", "a phase must end after it starts");
            pf.done();
            phases[k] = new double[]{from, to};
        }
        List<String> signText = b.strings("signs", true);
        if (signText.size() != phases.length - 1) {
            throw b.error("signs", "need one sign per consecutive pair of phases: " + (phases.length - 1) + ", found " + signText.size());
        }
        int[] signs = new int[signText.size()];
        for (int k = 0; k < signs.length; k++) {
            switch (signText.get(k)) {
                case "up" -> signs[k] = 1;
                case "down" -> signs[k] = -1;
                default -> throw b.error("signs", "each sign is up or down, found \"" + signText.get(k) + "\"");
            }
        }
        b.done();
        return new Backcast(scen, reps, state, stateLine, phases, signs, b.node.origin().line());
    }

    /** The file as it is shown in messages. */
    public String shown() { return ScenarioLoader.display(file); }
}
