package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qsurv.escalation.audit.ChainVerifier;
import org.qsurv.escalation.surveillancecase.SurveillanceCase;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * A case log written by qsurv 0.1.0, kept as a fixture: every kind of event, as an application
 * stored it. Stored logs and their hash chains must keep verifying and replaying under every later
 * version (003 §3: "an audit trail of actions and rationale for decisions made" is only an audit
 * trail if it still verifies), so the reader must accept the old form and the writer must reproduce
 * it byte for byte.
 */
class StoredLogCompatibilityTest {
  private static final String FIXTURE = "case-log-0.1.0.json";

  @Test
  void aLogStoredBy010ReadsVerifiesReplaysAndIsWrittenBackByteForByte() throws IOException {
    String stored = read(FIXTURE).strip();
    List<CaseEvent> log = CaseEventJson.logFromJson(stored);

    assertEquals(28, log.size());
    EnumSet<FactType> kinds = EnumSet.noneOf(FactType.class);
    log.forEach(e -> kinds.add(e.fact().type()));
    assertEquals(EnumSet.allOf(FactType.class), kinds, "the fixture holds every kind of event");

    assertTrue(ChainVerifier.verify(log).isIntact(), "the stored hash chain still verifies");
    assertEquals(stored, CaseEventJson.toJson(log), "written back in the same canonical form");

    SurveillanceCase rbt = SurveillanceCase.replay(OrganisationCode.of("RBT"), log);
    assertEquals(Level.ROUTINE, rbt.level(), "the log ends with the step down to routine");
    assertEquals(log.get(log.size() - 1).hash(), rbt.lastHash());
  }

  private static String read(String name) throws IOException {
    try (InputStream in = StoredLogCompatibilityTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
