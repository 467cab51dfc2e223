package org.qsurv.evaluation;

import org.junit.jupiter.api.Test;
import org.qsurv.model.architecture.DomainArchitecture;

/**
 * quality-evaluation is a domain library like the three it joins: no I/O, clock, randomness,
 * threads, console or logging, never the reference app, and the one library that depends on both
 * quality-scoring and quality-escalation (the shared {@link DomainArchitecture} rules).
 */
class ArchitectureTest {
  @Test
  void doesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.evaluation");
  }

  @Test
  void publicTypesResideOnlyInTheEvaluationPackage() {
    DomainArchitecture.publicTypesOnlyIn("org.qsurv.evaluation")
        .check(DomainArchitecture.mainClassesOf("org.qsurv.evaluation"));
  }
}
