package dev.hangtime.routines;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared layer's rules, checked on its shipped classes: both front ends drive it, so it knows neither of them
 * nor the libraries only one of them uses. The enforcer rule in routines' pom keeps those libraries off its class
 * path; these rules also catch a reference to a front end's own code.
 */
@AnalyzeClasses(packages = "dev.hangtime.routines", importOptions = ImportOption.DoNotIncludeTests.class)
class RoutinesArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoFrontEnd = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.googlecode.lanterna..", "javafx..", "org.apache.commons.cli..",
                    "dev.hangtime.tui..", "dev.hangtime.desktop..")
            .because("the terminal and the desktop app share this layer; what one of them alone needs lives there");

    @ArchTest
    static final ArchRule packagesFormNoCycle =
            slices().matching("dev.hangtime.routines.(*)..").should().beFreeOfCycles();
}
