package dev.hangtime.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The desktop app's layer rules, checked on the shipped classes of every module it is built from: it never
 * reaches into the other front end, its view-models know no toolkit (so that they are tested without one), and
 * no module or package loops back on another.
 */
@AnalyzeClasses(packages = "dev.hangtime",
        importOptions = {ImportOption.DoNotIncludeTests.class, DesktopArchitectureTest.NoTestJars.class})
class DesktopArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherFrontEnd = noClasses().that().resideInAPackage("dev.hangtime.desktop..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hangtime.tui..", "com.googlecode.lanterna..",
                    "org.apache.commons.cli..")
            .because("the two front ends share core and routines, never each other's code");

    @ArchTest
    static final ArchRule viewModelsKnowNoToolkit = noClasses().that().resideInAPackage("dev.hangtime.desktop.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..",
                    "dev.hangtime.desktop.view..")
            .because("view-models hold the state and logic, tested without the toolkit; views bind to them");

    @ArchTest
    static final ArchRule toolkitInternalsInTwoPlacesOnly = noClasses().that()
            .doNotHaveFullyQualifiedName("dev.hangtime.desktop.Measures")
            .and().doNotHaveFullyQualifiedName("dev.hangtime.desktop.PausingPulseTimer")
            .should().dependOnClassesThat().resideInAnyPackage("com.sun..")
            .because("JavaFX's internals change without notice; only the bench's frame clock and the pulse timer that"
                    + " sleeps on GTK reach them");

    @ArchTest
    static final ArchRule modulesFormNoCycle = slices().matching("dev.hangtime.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("dev.hangtime.desktop.(*)..").should().beFreeOfCycles();

    /** Leaves out the other modules' test jars, which the import of test class folders does not catch. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
