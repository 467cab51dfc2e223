package org.qsurv.escalation.audit;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link ChainVerifier} found: an intact chain, or the first broken link with the reason.
 *
 * @since 0.1.0
 */
public final class ChainVerification {
  private static final ChainVerification INTACT = new ChainVerification(OptionalLong.empty(), Optional.empty());

  private final OptionalLong firstBrokenVersion;
  private final Optional<String> reason;

  private ChainVerification(OptionalLong firstBrokenVersion, Optional<String> reason) {
    this.firstBrokenVersion = firstBrokenVersion;
    this.reason = reason;
  }

  static ChainVerification intact() {
    return INTACT;
  }

  static ChainVerification brokenAt(long position, String reason) {
    return new ChainVerification(OptionalLong.of(position), Optional.of(reason));
  }

  /** Whether every link holds. */
  public boolean isIntact() {
    return firstBrokenVersion.isEmpty();
  }

  /**
   * The position (1 for the first event of the log) of the first event whose link is broken: its
   * content was altered, or the event before it was altered, removed or reordered.
   */
  public OptionalLong firstBrokenVersion() {
    return firstBrokenVersion;
  }

  /** Why the link is broken, in words. */
  public Optional<String> reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChainVerification v
        && v.firstBrokenVersion.equals(firstBrokenVersion) && v.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return firstBrokenVersion.hashCode() * 31 + reason.hashCode();
  }

  @Override
  public String toString() {
    return isIntact() ? "intact" : "broken at " + firstBrokenVersion.getAsLong() + ": " + reason.get();
  }
}
