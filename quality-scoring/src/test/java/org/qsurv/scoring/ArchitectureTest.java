package org.qsurv.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * quality-scoring is a domain library: no I/O, clock, randomness, threads, console or logging
 * (COMMON.md; STYLE.md rule 10), and its packages do not depend on each other in a cycle.
 */
class ArchitectureTest {
  private static final JavaClasses SCORING = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.qsurv.scoring");

  @Test
  void doesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..",
        "java.net..", "java.sql..", "javax.sql..", "java.util.logging..", "org.slf4j..",
        "java.util.concurrent..")
        .because("the domain libraries do no I/O, logging or threading; time and policy come in "
            + "as parameters")
        .check(SCORING);
  }

  @Test
  void readsNoClockAndDrawsNoRandomNumbers() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethodWhere(
            com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("now")))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(SCORING);
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().matching("org.qsurv.scoring.(*)..").should().beFreeOfCycles()
        .check(SCORING);
  }
}
