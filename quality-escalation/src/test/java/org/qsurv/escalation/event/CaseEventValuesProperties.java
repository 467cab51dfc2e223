package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qsurv.model.Checks;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Actor;
import org.qsurv.model.surveillance.Role;

/**
 * An entry of the case's log is the audit trail of 003 §3 ("an audit trail of actions and
 * rationale for decisions made"): its version counts from 1, it always says why, and its place in
 * the hash chain is two SHA-256 hashes written as 64 lower-case hex digits. Anything else is
 * refused naming the field and the value; a wrong but well-formed hash is accepted, for the chain
 * verifier to report.
 */
class CaseEventValuesProperties {
  private static final String HASH = "ab".repeat(32);

  private static CaseEvent.Builder event() {
    return CaseEvent.builder().provider(OrganisationCode.of("RX1")).version(1).at(LocalDate.of(2024, 3, 1))
        .by(Actor.of("A. Director", Role.ICB_DIRECTOR)).rationale("Concerns persist")
        .fact(LeadAppointed.of("Quality lead")).previousHash("0".repeat(64)).hash(HASH);
  }

  @Property
  void theVersionCountsFromOne(@ForAll long version) {
    if (version >= 1) {
      assertEquals(version, event().version(version).build().version());
    } else {
      assertEquals("event version must be 1 or more but was " + version,
          assertThrows(IllegalArgumentException.class, () -> event().version(version).build()).getMessage());
    }
  }

  @Test
  void theRationaleIsNeverBlank() {
    assertEquals("rationale of event 4 must not be blank but was \" \"", assertThrows(IllegalArgumentException.class,
        () -> event().version(4).rationale(" ").build()).getMessage());
  }

  @Property
  void aHashIsSixtyFourLowerCaseHexDigits(@ForAll("hashes") String hash) {
    boolean wellFormed = hash.matches("[0-9a-f]{64}");
    if (wellFormed) {
      CaseEvent made = event().previousHash(hash).hash(hash).build();
      assertEquals(hash, made.previousHash());
      assertEquals(hash, made.hash());
    } else {
      assertEquals("previousHash must be 64 lower-case hex digits but was " + Checks.quote(hash),
          assertThrows(IllegalArgumentException.class, () -> event().previousHash(hash).build()).getMessage());
      assertEquals("hash must be 64 lower-case hex digits but was " + Checks.quote(hash),
          assertThrows(IllegalArgumentException.class, () -> event().hash(hash).build()).getMessage());
    }
  }

  /** 64 lower-case hex digits, or 63 to 65 characters that are mostly hex, some upper-case or not hex. */
  @Provide
  Arbitrary<String> hashes() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
        Arbitraries.strings().withChars("0123456789abcdefABCDEFxg ").ofMinLength(63).ofMaxLength(65))
        .edgeCases(c -> c.add("f".repeat(64), "F".repeat(64), "0".repeat(63), "0".repeat(65)));
  }
}
