package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  // One hasher for the whole class: each hash at 600,000 iterations costs a noticeable fraction of
  // a second, so the tests make as few as they need.
  private static final PasswordHasher HASHER = PasswordHasher.owaspDefault();
  private static final String STORED = HASHER.hash("correct horse battery".toCharArray());

  @Test
  void theDefaultFollowsOwaspAdviceForPbkdf2HmacSha256() {
    assertEquals(600_000, HASHER.iterations());
    assertTrue(HASHER.iterations() >= 210_000);
  }

  @Test
  void theRightPasswordVerifies() {
    assertTrue(HASHER.verify("correct horse battery".toCharArray(), STORED));
  }

  @Test
  void aWrongPasswordDoesNotVerify() {
    assertFalse(HASHER.verify("correct horse batterY".toCharArray(), STORED));
    assertFalse(HASHER.verify("".toCharArray(), STORED));
  }

  @Test
  void theEncodedFormRecordsAlgorithmIterationsSaltAndHash() {
    String[] parts = STORED.split("\\$");
    assertEquals(4, parts.length, STORED);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals("600000", parts[1]);
    assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "a 16-byte salt");
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "a 256-bit hash");
  }

  @Test
  void theHashIsPbkdf2OfThePasswordWithTheRecordedSalt() {
    String[] parts = STORED.split("\\$");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    assertArrayEquals(Base64.getDecoder().decode(parts[3]),
        PasswordHasher.derive("correct horse battery".toCharArray(), salt, 600_000));
  }

  @Test
  void eachHashHasItsOwnRandomSalt() {
    String again = HASHER.hash("correct horse battery".toCharArray());
    assertNotEquals(STORED, again);
    assertNotEquals(STORED.split("\\$")[2], again.split("\\$")[2]);
    assertTrue(HASHER.verify("correct horse battery".toCharArray(), again));
  }

  @Test
  void aHashAtTheCurrentCountNeedsNoRehash() {
    assertFalse(HASHER.needsRehash(STORED));
  }

  @Test
  void aHashWithFewerIterationsStillVerifiesButNeedsRehash() {
    // A legacy hash (1,000 iterations) such as an older release might have stored.
    byte[] salt = new byte[16];
    String legacy = PasswordHasher.encode(1_000, salt,
        PasswordHasher.derive("old secret".toCharArray(), salt, 1_000));
    assertTrue(HASHER.verify("old secret".toCharArray(), legacy));
    assertTrue(HASHER.needsRehash(legacy));
  }

  @Test
  void aHasherWithTheMinimumCountMakesHashesTheDefaultWantsToUpgrade() {
    PasswordHasher minimum = PasswordHasher.withIterations(PasswordHasher.MINIMUM_ITERATIONS);
    String stored = minimum.hash("pw".toCharArray());
    assertFalse(minimum.needsRehash(stored));
    assertTrue(HASHER.needsRehash(stored));
  }

  @Test
  void fewerThanTheMinimumIterationsAreRefusedForNewHashes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PasswordHasher.withIterations(209_999));
    assertTrue(e.getMessage().contains("209999"), e.getMessage());
  }

  @Test
  void malformedOrForeignEncodingsNeverVerifyAndAlwaysNeedRehash() {
    String[] bad = {"", "plain text", "pbkdf2-sha256$600000$AAAA",
        "pbkdf2-sha1$600000$" + STORED.split("\\$")[2] + "$" + STORED.split("\\$")[3],
        "pbkdf2-sha256$-5$" + STORED.split("\\$")[2] + "$" + STORED.split("\\$")[3],
        "pbkdf2-sha256$600000$!!!$" + STORED.split("\\$")[3],
        "pbkdf2-sha256$600000$" + STORED.split("\\$")[2] + "$AAAA"};
    for (String encoded : bad) {
      assertFalse(HASHER.verify("correct horse battery".toCharArray(), encoded), encoded);
      assertTrue(HASHER.needsRehash(encoded), encoded);
    }
    assertFalse(HASHER.verify("x".toCharArray(), null));
  }

  @Test
  void anEmptyPasswordIsNeverHashed() {
    assertThrows(IllegalArgumentException.class, () -> HASHER.hash(new char[0]));
  }
}
