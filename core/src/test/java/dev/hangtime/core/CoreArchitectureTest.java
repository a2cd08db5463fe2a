package dev.hangtime.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's layer rules, checked on its shipped classes: it is the part every front end shares, so it uses no
 * library and does no I/O. The enforcer rule in core's pom keeps libraries off its class path; these rules also
 * catch the JDK's own process and file classes, which no build rule can ban.
 */
@AnalyzeClasses(packages = "dev.hangtime.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule usesNoFrontEndOrFileFormatLibrary = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.googlecode.lanterna..", "javafx..", "org.apache.commons.cli..",
                    "com.fasterxml.jackson..")
            .because("the core is shared by every front end and is JDK only; JSON belongs to routines");

    @ArchTest
    static final ArchRule startsNoProcess = noClasses().should().dependOnClassesThat(
            belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class))
            .because("a program the user runs, such as espeak-ng, is a device: routines starts it");

    @ArchTest
    static final ArchRule touchesNoFile = noClasses().should().dependOnClassesThat(
            resideInAnyPackage("java.nio.file..").or(resideInAnyPackage("java.io").and(simpleNameStartingWith("File"))))
            .because("what is kept on disk is read and written in routines; the core gets values");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("dev.hangtime.core.(*)..").should().beFreeOfCycles();
}
