package org.alignsim.cli;

import org.alignsim.landscape.LandscapeRun;
import org.alignsim.landscape.LandscapeSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
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

    @Mixin Options.Out out;

    @Mixin Options.Force force;

    @Option(names = "--exhaustive-max", paramLabel = "N", description = "Enumerate every configuration up to this many actors (default: ${DEFAULT-VALUE}; at most 28); beyond, random restarts.")
    int exhaustiveMax = LandscapeSearch.DEFAULT_EXHAUSTIVE_MAX;

    @Option(names = "--restarts", paramLabel = "N", description = "Random restarts of the heuristic (default: ${DEFAULT-VALUE}).")
    long restarts = 100_000;

    @Mixin Options.Seed seed;

    @Option(names = "--replications", paramLabel = "R", description = "Model runs for the comparison (default: ${DEFAULT-VALUE}; 0 = no comparison).")
    int replications = 20;

    @Option(names = "--max-minima", paramLabel = "K", description = "Write at most the K best local minima (default: ${DEFAULT-VALUE}); all are counted.")
    int maxMinima = 10_000;

    @Option(names = "--observed", paramLabel = "CALIBRATION.yaml", description = "Also compare with the observed classes of a calibration file's stances, e.g. scenarios/calibration/alignments-2024.yaml.")
    Path observedFile;

    @Mixin Options.NoReport noReport;

    @Mixin Options.Quiet quiet;

    @Override
    public Integer call() {
        LandscapeRun.Result r = LandscapeRun.run(new LandscapeRun.Settings(scenarioFile, propensityFile, sizeFile, observedFile, out.dir, force.on,
                exhaustiveMax, restarts, seed.or(1), replications, maxMinima));
        if (!quiet.on) System.out.print(LandscapeRun.summary(r));
        if (!noReport.on) {
            Path report = ResultFolders.report(r.folder());
            if (!quiet.on) System.out.println("report " + report);
        }
        return 0;
    }
}
