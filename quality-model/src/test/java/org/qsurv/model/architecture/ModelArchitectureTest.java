package org.qsurv.model.architecture;

import org.junit.jupiter.api.Test;

/**
 * quality-model does no I/O, reads no clock, draws no random numbers, starts no threads, prints
 * and logs nothing, depends on no other qsurv module, and holds public types only in the packages
 * of what a user names.
 */
class ModelArchitectureTest {

  @Test
  void theModelDoesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.model");
  }

  @Test
  void publicTypesResideOnlyInThePackagesOfWhatAUserNames() {
    DomainArchitecture.publicTypesOnlyIn("org.qsurv.model", "org.qsurv.model.contract",
            "org.qsurv.model.framework", "org.qsurv.model.improvement",
            "org.qsurv.model.incident", "org.qsurv.model.indicator",
            "org.qsurv.model.intelligence", "org.qsurv.model.json", "org.qsurv.model.organisation",
            "org.qsurv.model.regulation", "org.qsurv.model.risk", "org.qsurv.model.snapshot",
            "org.qsurv.model.surveillance", "org.qsurv.model.visit")
        .check(DomainArchitecture.mainClassesOf("org.qsurv.model"));
  }
}
