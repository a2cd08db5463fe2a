package dev.hangtime.tui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The terminal app's layer rules, checked on the shipped classes of every module it is built from (its class path
 * holds them all): it never reaches into the other front end, and no module or package loops back on another.
 */
@AnalyzeClasses(packages = "dev.hangtime",
        importOptions = {ImportOption.DoNotIncludeTests.class, TuiArchitectureTest.NoTestJars.class})
class TuiArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherFrontEnd = noClasses().that().resideInAPackage("dev.hangtime.tui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hangtime.desktop..", "javafx..")
            .because("the two front ends share core and routines, never each other's code");

    @ArchTest
    static final ArchRule modulesFormNoCycle = slices().matching("dev.hangtime.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("dev.hangtime.tui.(*)..").should().beFreeOfCycles();

    /** Leaves out the other modules' test jars, which the import of test class folders does not catch. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
