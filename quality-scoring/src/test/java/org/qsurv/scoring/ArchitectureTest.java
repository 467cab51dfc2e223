package org.qsurv.scoring;

import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.qsurv.model.architecture.DomainArchitecture;

/**
 * quality-scoring is a domain library: no I/O, clock, randomness, threads, console or logging,
 * never the reference app, never quality-escalation (the shared {@link DomainArchitecture} rules),
 * its packages do not depend on each other in a cycle, and it holds public types only in the
 * packages of what a user names.
 */
class ArchitectureTest {
  @Test
  void doesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.scoring");
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().matching("org.qsurv.scoring.(*)..").should().beFreeOfCycles()
        .check(DomainArchitecture.mainClassesOf("org.qsurv.scoring"));
  }

  @Test
  void publicTypesResideOnlyInThePackagesOfWhatAUserNames() {
    DomainArchitecture.publicTypesOnlyIn("org.qsurv.scoring.assessment",
            "org.qsurv.scoring.assurance", "org.qsurv.scoring.policy",
            "org.qsurv.scoring.profile", "org.qsurv.scoring.reminder", "org.qsurv.scoring.report",
            "org.qsurv.scoring.risk",
            "org.qsurv.scoring.spc",
            "org.qsurv.scoring.threshold", "org.qsurv.scoring.triangulation",
            "org.qsurv.scoring.trigger")
        .check(DomainArchitecture.mainClassesOf("org.qsurv.scoring"));
  }
}
