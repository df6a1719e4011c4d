package org.alignsim.base;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages' layers, as README's "Architecture" draws them: the CLI on top calls the
 * commands' packages, which call the shared support below them, which calls the model; base is
 * usable by all and uses nothing. No dependency may point up, and no group of packages may
 * depend on each other in a circle (which also keeps packages of one layer from leaning on each
 * other both ways). The rules are checked on the compiled main classes, and shown to catch an
 * upward dependency and a cycle in a small fixture made to have them.
 */
class LayersTest {
    private static final String ROOT = "org.alignsim";
    private static final String FIXTURE = "org.alignsim.archfixture";

    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(root + ".cli..")
                .layer("commands").definedBy(root + ".report..", root + ".analysis..", root + ".calibration..", root + ".landscape..",
                        root + ".sweep..", root + ".cluster..", root + ".gui..", root + ".validation..", root + ".bench..")
                .layer("support").definedBy(root + ".scenario..", root + ".runtime..", root + ".results..", root + ".output..",
                        root + ".chart..", root + ".data..", root + ".geo..")
                .layer("model").definedBy(root + ".model..")
                .layer("base").definedBy(root + ".base..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("commands").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("support").mayOnlyBeAccessedByLayers("cli", "commands")
                .whereLayer("model").mayOnlyAccessLayers("base")
                .whereLayer("base").mayNotAccessAnyLayer();
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The main classes only, wherever the build puts them (-Dalignsim.buildDir moves target/). */
    private static JavaClasses main() {
        String mainClasses;
        try {
            mainClasses = Version.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ImportOption onlyMain = location -> location.asURI().toString().startsWith(mainClasses);
        return new ClassFileImporter().withImportOption(onlyMain).importPackages(ROOT);
    }

    @Test
    void dependenciesPointDownOnly() {
        JavaClasses classes = main();
        assertTrue(classes.size() > 150, "the compiled classes were found: " + classes.size());
        layers(ROOT).check(classes);
    }

    @Test
    void everyPackageHasALayer() {
        // A new package must be placed in README's diagram and here, or the layer rules would pass it by.
        layeredArchitectureOf(main());
    }

    private static void layeredArchitectureOf(JavaClasses classes) {
        ((com.tngtech.archunit.library.Architectures.LayeredArchitecture) layers(ROOT))
                .ensureAllClassesAreContainedInArchitecture().check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        noCycles(ROOT).check(main());
    }

    @Test
    void theRulesCatchAnUpwardDependencyAndACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        EvaluationResult up = layers(FIXTURE).evaluate(fixture);
        String report = up.getFailureReport().toString();
        assertTrue(report.contains(FIXTURE + ".model.Upward.up()") && report.contains(FIXTURE + ".cli.Top"), report);
        assertTrue(report.contains(FIXTURE + ".base.UsesModel"), report);
        assertFalse(report.contains("Method <" + FIXTURE + ".cli.Top"), "calling down is allowed: " + report);
        EvaluationResult cycle = noCycles(FIXTURE).evaluate(fixture);
        String cycles = cycle.getFailureReport().toString();
        // Both within one layer, so only the cycle rule can see it.
        assertTrue(cycles.matches("(?s).*Cycle detected: Slice landscape -> \\s*Slice sweep -> \\s*Slice landscape.*"), cycles);
    }
}
