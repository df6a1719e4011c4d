package org.alignsim.validation;

import org.alignsim.calibration.CalibrationSpec;
import org.alignsim.model.AlignmentModel;
import org.alignsim.model.Decomposition;
import org.alignsim.model.Mechanism;
import org.alignsim.model.World;
import org.alignsim.runtime.DecisionRules;

import java.util.ArrayList;
import java.util.List;

/**
 * What holds each state of the 2024 classes where it is: the runs of {@link Trajectories} (the
 * same seeds) are taken apart at the middle of the observation window
 * ({@link AlignmentModel#decomposition}), and each mechanism's part L x - C x^2 is averaged over
 * the seeds. Beside the classes metric, it says which mechanism puts a state in the wrong class.
 */
final class ClassDrivers {
    private ClassDrivers() {}

    static final String HEADER = "scenario,state,year,term,linear,curvature,alone";

    static void write(String scenario, World w, ValidationSpec spec, int runs, Parallel pool, CsvFile out) {
        CalibrationSpec.Stances st = spec.classes();
        double mid = (st.from() + st.to()) / 2;
        List<Integer> states = new ArrayList<>();
        for (CalibrationSpec.Target target : st.classes()) {
            if (w.index.containsKey(target.code())) states.add(StateLookup.actor(w, target.code(), spec.classesFile(), target.line()));
        }
        int m = Mechanism.ALL.length, s = states.size();
        double[][][] linear = new double[runs][s][], curvature = new double[runs][s][];
        double[] year = new double[runs];
        pool.forEach(runs, r -> {
            AlignmentModel model = DecisionRules.model(w, Trajectories.seed(r));
            model.setRecordingPulls(false);
            model.setOwnStreamOnly(true);
            model.runUntil(mid);
            year[r] = model.year();
            for (int k = 0; k < s; k++) {
                if (!model.active(states.get(k))) continue;
                Decomposition d = model.decomposition(states.get(k));
                linear[r][k] = d.linear();
                curvature[r][k] = d.curvature();
            }
        });
        for (int k = 0; k < s; k++) {
            double[] l = new double[m], c = new double[m];
            int present = 0;
            for (int r = 0; r < runs; r++) {
                if (linear[r][k] == null) continue;
                present++;
                for (int j = 0; j < m; j++) {
                    l[j] += linear[r][k][j];
                    c[j] += curvature[r][k][j];
                }
            }
            if (present == 0) continue;
            double lAll = 0, cAll = 0;
            String code = w.codes[states.get(k)];
            for (int j = 0; j < m; j++) {
                l[j] /= present;
                c[j] /= present;
                lAll += l[j];
                cAll += c[j];
                out.row(scenario, code, year[0], Mechanism.ALL[j].key, l[j], c[j], Decomposition.alone(l[j], c[j]));
            }
            out.row(scenario, code, year[0], "all", lAll, cAll, Decomposition.alone(lAll, cAll));
        }
    }
}
