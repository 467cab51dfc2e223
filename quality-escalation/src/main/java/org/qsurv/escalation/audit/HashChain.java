package org.qsurv.escalation.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.escalation.event.CaseEventJson;

/**
 * The tamper-evident hash chain of a case's log (003 §3, an audit trail; 003 §5.2.3 a: records "securely
 * stored"). Each event's hash is the SHA-256, in lower-case hex, of its canonical bytes
 * ({@link CaseEventJson#canonicalBytes}), which include the hash of the event before it; the first
 * event of a case links to {@link #GENESIS}. Changing anything recorded in a past event changes its
 * hash, which then no longer matches the hash stored in it nor the {@code previousHash} of the
 * next event: {@link ChainVerifier} reports the first such break.
 *
 * <pre>{@code
 * CaseEvent sealed = HashChain.seal(unsealed);          // sets hash from the content
 * boolean intact = HashChain.hashOf(sealed).equals(sealed.hash());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HashChain {
  /** The {@code previousHash} of a case's first event: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private HashChain() {}

  /** The hash that {@code event}'s content calls for, whatever its {@code hash} field says. */
  public static String hashOf(CaseEvent event) {
    return sha256(CaseEventJson.canonicalBytes(event));
  }

  /** {@code event} with its {@code hash} set from its content (and its {@code previousHash}). */
  public static CaseEvent seal(CaseEvent event) {
    return CaseEvent.builder().from(event).hash(hashOf(event)).build();
  }

  static String sha256(byte[] bytes) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
    byte[] hash = digest.digest(bytes);
    char[] hex = new char[hash.length * 2];
    for (int i = 0; i < hash.length; i++) {
      hex[2 * i] = HEX[(hash[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(hex);
  }
}
