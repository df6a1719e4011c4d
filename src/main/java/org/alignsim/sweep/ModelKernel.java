package org.alignsim.sweep;

import org.alignsim.model.Aggregates;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Outcome;
import org.alignsim.model.World;
import org.alignsim.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The alignment model as a sweep kernel: one World per design point, one AlignmentModel per run. */
public final class ModelKernel implements RunKernel {
    private final ScenarioLoader.Loaded base;
    private final List<String> codes;
    private final List<String> outcomes = new ArrayList<>();

    public ModelKernel(ScenarioLoader.Loaded base) {
        this.base = base;
        this.codes = base.scenario().states().stream().map(st -> st.iso3()).toList();
        outcomes.add("asian_nato_year");
        outcomes.addAll(List.of(Aggregates.COLUMNS));
        for (String c : codes) outcomes.add("alignment_" + c);
    }

    @Override public List<String> outcomes() { return outcomes; }
    @Override public List<String> seriesOutcomes() { return List.of(Aggregates.COLUMNS); }
    @Override public List<String> stateCodes() { return codes; }
    @Override public int steps() { return base.scenario().time().steps(); }
    @Override public double startYear() { return base.scenario().time().startYear(); }
    @Override public double dt() { return base.scenario().time().dt(); }

    @Override
    public Object prepare(Map<String, Object> overrides) {
        return new World(base.with(overrides));
    }

    /**
     * The model a worker thread last ran, started again (new seed, new observer) for the next run
     * of the same World: start() sets every part of a run's state, as it does when the Console
     * starts a new run, and building a model for every run (its arrays, two random generators) was
     * a few per cent of a sweep.
     */
    private final ThreadLocal<AlignmentModel> reused = new ThreadLocal<>();

    @Override
    public Run run(Object prepared, long seed, boolean keepStates) {
        World w = (World) prepared;
        AlignmentModel m = reused.get();
        if (m == null || m.world != w) {
            m = org.alignsim.runtime.DecisionRules.model(w, seed);
            m.setRecordingPulls(false);   // a sweep records stances and aggregates, not the pulls
            m.setOwnStreamOnly(true);
            reused.set(m);
        } else {
            m.setSeed(seed);
            m.clearObservers();
        }
        int steps = steps();
        double[][] series = new double[steps + 1][];
        double[][] stance = keepStates ? new double[steps + 1][w.n * 3] : null;
        m.addObserver(model -> {
            int s = (int) model.step();
            series[s] = model.aggregates().values();
            if (stance != null) {
                for (int i = 0; i < w.n; i++) {
                    stance[s][3 * i] = model.alignment(i);
                    stance[s][3 * i + 1] = model.voting(i);
                    stance[s][3 * i + 2] = model.commitment(i);
                }
            }
        });
        Outcome o = m.runToEnd();
        double[] out = new double[outcomes.size()];
        out[0] = o.asianNatoYear();
        double[] last = o.last().values();
        System.arraycopy(last, 0, out, 1, last.length);
        for (int i = 0; i < codes.size(); i++) out[1 + last.length + i] = o.alignment(i);
        return new Run(out, series, stance);
    }
}
