package org.qsurv.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * STYLE.md rule 10 and COMMON.md: the escalation library does no I/O and reads no clock or
 * randomness; it never depends on the reference application; its packages form no cycles.
 */
@AnalyzeClasses(packages = "org.qsurv.escalation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noInputOutput = noClasses().should().dependOnClassesThat().resideInAnyPackage(
          "java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..", "java.util.logging..",
          "org.slf4j..", "org.apache.logging..", "java.util.concurrent..")
      .because("the domain libraries do no I/O, logging or threading; the caller reads the bytes");

  @ArchTest
  static final ArchRule noClockOrRandomness = noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
          "java.util.Random")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
      .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
          com.tngtech.archunit.base.DescribedPredicate.describe("now()", t -> t.getName().equals("now"))))
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .because("time and policy come in as parameters (STYLE.md rule 6)");

  @ArchTest
  static final ArchRule neverTheReferenceApp = noClasses().should().dependOnClassesThat()
      .resideInAPackage("org.qsurv.app..");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("org.qsurv.escalation.(*)..").should().beFreeOfCycles();
}
