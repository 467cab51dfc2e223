package org.qsurv.model.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.qsurv.model.architecture.fixture.library.HiddenValue;
import org.qsurv.model.architecture.fixture.library.ShownValue;
import org.qsurv.model.architecture.fixture.sibling.Sibling;

/**
 * Every rule of {@link DomainArchitecture} fails on a class that does what it forbids, and none
 * fails on what the domain may do: an architecture rule that cannot fail proves nothing.
 */
class DomainArchitectureTest {

  // Imported once: importing resolves the JDK classes the fixtures use, which takes a while.
  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importClasses(Violations.class.getDeclaredClasses());

  // The two fake libraries of the fixture package, for the module-direction and surface rules.
  private static final String LIBRARY = "org.qsurv.model.architecture.fixture.library";
  private static final String SIBLING = "org.qsurv.model.architecture.fixture.sibling";
  private static final JavaClasses LIBRARIES =
      new ClassFileImporter().importPackages(LIBRARY, SIBLING);

  private static EvaluationResult evaluate(ArchRule rule, Class<?> fixture) {
    return rule.evaluate(FIXTURES.that(JavaClass.Predicates.equivalentTo(fixture)));
  }

  private static void assertBreaks(ArchRule rule, Class<?> fixture, String mentioned) {
    EvaluationResult result = evaluate(rule, fixture);
    assertTrue(result.hasViolation(), () -> fixture.getSimpleName() + " should break " + rule);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(mentioned), () -> "expected the report to name " + mentioned
        + " but it was:\n" + report);
    assertTrue(evaluate(DomainArchitecture.ALL, fixture).hasViolation());
  }

  @Test
  void filesStreamsReadersAndSocketsBreakTheIoRule() {
    ArchRule rule = DomainArchitecture.NO_FILES_STREAMS_OR_SOCKETS;
    assertBreaks(rule, Violations.ReadsAFile.class, "java.nio.file.Files.readString");
    assertBreaks(rule, Violations.OpensAFileStream.class, "java.io.FileInputStream");
    assertBreaks(rule, Violations.WrapsAReader.class, "java.io.BufferedReader");
    assertBreaks(rule, Violations.OpensASocket.class, "java.net.Socket");
  }

  @Test
  void jdbcBreaksTheDatabaseRule() {
    assertBreaks(DomainArchitecture.NO_DATABASE, Violations.QueriesADatabase.class,
        "java.sql.DriverManager");
  }

  @Test
  void everyWayOfReadingTheSystemClockBreaksTheClockRule() {
    ArchRule rule = DomainArchitecture.NO_SYSTEM_CLOCK;
    assertBreaks(rule, Violations.AsksInstantNow.class, "Instant.now()");
    assertBreaks(rule, Violations.AsksLocalDateNow.class, "LocalDate.now(java.time.ZoneId)");
    assertBreaks(rule, Violations.AsksTheSystemClock.class, "Clock.systemUTC()");
    assertBreaks(rule, Violations.CountsMillis.class, "System.currentTimeMillis()");
  }

  @Test
  void randomNumbersBreakTheRandomnessRule() {
    assertBreaks(DomainArchitecture.NO_RANDOMNESS, Violations.DrawsFromRandom.class,
        "java.util.Random");
    assertBreaks(DomainArchitecture.NO_RANDOMNESS, Violations.DrawsFromMathRandom.class,
        "Math.random()");
  }

  @Test
  void threadsExecutorsAndParallelStreamsBreakTheThreadRule() {
    assertBreaks(DomainArchitecture.NO_THREADS, Violations.StartsAThread.class, "java.lang.Thread");
    assertBreaks(DomainArchitecture.NO_THREADS, Violations.UsesAnExecutor.class,
        "java.util.concurrent.Executors");
    assertBreaks(DomainArchitecture.NO_THREADS, Violations.RunsAParallelStream.class,
        "parallelStream()");
  }

  @Test
  void printingBreaksTheConsoleRule() {
    assertBreaks(DomainArchitecture.NO_CONSOLE, Violations.PrintsToSystemOut.class, "System.out");
    assertBreaks(DomainArchitecture.NO_CONSOLE, Violations.PrintsAStackTrace.class,
        "printStackTrace()");
  }

  @Test
  void loggersBreakTheLoggingRule() {
    assertBreaks(DomainArchitecture.NO_LOGGING, Violations.LogsWithJavaUtilLogging.class,
        "java.util.logging.Logger");
    assertBreaks(DomainArchitecture.NO_LOGGING, Violations.LogsWithSystemLogger.class,
        "System.getLogger");
  }

  @Test
  void jacksonParsersIoExceptionsAndAClockPassedInAreAllowed() {
    EvaluationResult result = evaluate(DomainArchitecture.ALL, Violations.AllowedUses.class);
    assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
  }

  @Test
  void checkingAPackageWithNoDomainClassesFailsRatherThanPassingVacuously() {
    assertThrows(AssertionError.class, () -> DomainArchitecture.check("org.qsurv.nosuchpackage"));
  }

  @Test
  void aLibraryCallingIntoALibraryItMayNotDependOnBreaksTheDirectionRule() {
    EvaluationResult result =
        DomainArchitecture.dependsOnlyOn(LIBRARY, LIBRARY).evaluate(LIBRARIES);
    assertTrue(result.hasViolation());
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(Sibling.class.getName()), report);
    assertFalse(DomainArchitecture.dependsOnlyOn(LIBRARY, LIBRARY, SIBLING).evaluate(LIBRARIES)
        .hasViolation());
  }

  @Test
  void aPublicGeneratedClassBreaksTheSurfaceRuleAndAPackagePrivateOneDoesNot() {
    EvaluationResult result = DomainArchitecture.NO_PUBLIC_GENERATED_CLASS.evaluate(LIBRARIES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(LIBRARY + ".Immutable" + ShownValue.class.getSimpleName()), report);
    assertFalse(report.contains("Immutable" + HiddenValue.class.getSimpleName()), report);
  }

  @Test
  void aPublicTypeOutsideTheListedPackagesBreaksThePublicPackagesRule() {
    EvaluationResult result = DomainArchitecture.publicTypesOnlyIn(SIBLING).evaluate(LIBRARIES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(ShownValue.class.getName()), report);
    assertFalse(DomainArchitecture.publicTypesOnlyIn(LIBRARY, SIBLING).evaluate(LIBRARIES)
        .hasViolation());
  }
}
