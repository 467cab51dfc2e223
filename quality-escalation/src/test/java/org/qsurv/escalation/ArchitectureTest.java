package org.qsurv.escalation;

import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.qsurv.model.architecture.DomainArchitecture;

/**
 * quality-escalation is a domain library: no I/O, clock, randomness, threads, console or logging,
 * never the reference app (the shared {@link DomainArchitecture} rules), and its
 * packages do not depend on each other in a cycle.
 */
class ArchitectureTest {
  @Test
  void doesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.escalation");
  }

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().matching("org.qsurv.escalation.(*)..").should().beFreeOfCycles()
        .check(DomainArchitecture.mainClassesOf("org.qsurv.escalation"));
  }
}
