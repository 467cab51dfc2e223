package org.qsurv.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * I/O lives at the edge, behind ports. The ports know nothing of the
 * adapters, the commands or the web; only the JDBC adapters touch {@code java.sql}; the domain never
 * depends on the application.
 */
class ArchitectureTest {
  // This module's own tests are not the application; quality-testing, on the test classpath for
  // the fuzz test, holds generators only, in org.qsurv.testing, which no rule here names.
  private static final JavaClasses APP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.qsurv");

  @Test
  void portsDependOnTheDomainAloneNeverOnAnAdapter() {
    noClasses().that().resideInAPackage("org.qsurv.app.port..")
        .should().dependOnClassesThat().resideInAnyPackage("org.qsurv.app.jdbc..",
            "org.qsurv.app.cli..", "org.qsurv.app.web..", "org.qsurv.app.api..",
            "org.qsurv.app.importer..",
            "org.qsurv.app.demo..", "org.qsurv.app.export..", "java.sql..", "javax.sql..",
            "org.flywaydb..", "org.h2..", "org.postgresql..", "io.javalin..", "org.eclipse.jetty..",
            "gg.jte..")
        .check(APP);
  }

  @Test
  void onlyTheJdbcAdaptersTouchTheDatabase() {
    noClasses().that().resideOutsideOfPackage("org.qsurv.app.jdbc..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
            "org.flywaydb..", "org.h2..", "org.postgresql..")
        .check(APP);
  }

  @Test
  void applicationServicesUseThePortsNotTheAdapters() {
    noClasses().that().resideInAnyPackage("org.qsurv.app.importer..", "org.qsurv.app.export..",
            "org.qsurv.app.demo..", "org.qsurv.app.audit..", "org.qsurv.app.web..",
            "org.qsurv.app.csv..", "org.qsurv.app.api..")
        .should().dependOnClassesThat().resideInAnyPackage("org.qsurv.app.jdbc..",
            "org.qsurv.app.cli..")
        .check(APP);
  }

  /**
   * What is logged, and what never is (passwords, query values, display names), is decided in one
   * place: the application logs through {@code org.qsurv.app.ops} alone.
   */
  @Test
  void onlyTheOperationsPackageLogs() {
    noClasses().that().resideOutsideOfPackage("org.qsurv.app.ops..")
        .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..",
            "java.util.logging..", "org.apache.logging..")
        .check(APP);
  }

  /** The web layer: the pages, and the JSON API beside them (its own package, its own gate). */
  @Test
  void onlyTheWebLayerKnowsTheHttpServer() {
    noClasses().that().resideOutsideOfPackages("org.qsurv.app.web..", "org.qsurv.app.api..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
            "gg.jte..", "jakarta.servlet..")
        .check(APP);
  }

  @Test
  void theDomainNeverDependsOnTheApplication() {
    noClasses().that().resideInAnyPackage("org.qsurv.model..", "org.qsurv.scoring..",
            "org.qsurv.escalation..")
        .should().dependOnClassesThat().resideInAPackage("org.qsurv.app..")
        .check(APP);
  }
}
