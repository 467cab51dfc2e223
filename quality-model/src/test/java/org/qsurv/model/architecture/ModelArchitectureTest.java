package org.qsurv.model.architecture;

import org.junit.jupiter.api.Test;

/**
 * quality-model does no I/O, reads no clock, draws no random numbers, starts no threads, prints
 * and logs nothing, and does not depend on the reference app.
 */
class ModelArchitectureTest {

  @Test
  void theModelDoesNoIoReadsNoClockDrawsNoRandomNumbersStartsNoThreadsAndLogsNothing() {
    DomainArchitecture.check("org.qsurv.model");
  }
}
