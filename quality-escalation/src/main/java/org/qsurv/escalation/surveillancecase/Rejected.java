package org.qsurv.escalation.surveillancecase;

import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * Why a command was rejected: the rule it broke and the reason in words a quality lead
 * understands, e.g. "Stepping down needs the sustained-assurance period to pass: assurance was
 * gained on 2025-04-01 and must be sustained until 2025-07-01". A rejected command changes
 * nothing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class Rejected {
  /** The rule the command broke, for programs that act on it. */
  public abstract BrokenRule rule();

  /**
   * The reason in words, for the person who asked: what is wrong and, where there is one, what to
   * do instead; never blank.
   */
  public abstract String reason();

  /** The rejection for breaking {@code rule}, explained by {@code reason}. */
  public static Rejected of(BrokenRule rule, String reason) {
    return ImmutableRejected.builder().rule(rule).reason(reason).build();
  }

  /** Rejects a blank reason with an {@link IllegalArgumentException}. */
  @Value.Check
  protected void check() {
    Checks.notBlank("rejection reason", reason());
  }

  @Override
  public String toString() {
    return rule() + ": " + reason();
  }
}
