package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.qsurv.escalation.event.CaseEvent;
import org.qsurv.model.Checks;

/**
 * A command rejected: the rule it broke and the reason in words a quality lead understands, e.g.
 * "Assurance was gained on 2025-04-01 and must be sustained before a step down (003 Appendix 1), so
 * RH5 can step down on or after 2025-07-01, not on 2025-06-30". A rejected command changes
 * nothing: {@link #after()} is the case it was checked against.
 *
 * @param rule the rule the command broke, for programs that act on it
 * @param reason the reason in words, for the person who asked: what is wrong and, where there is
 *     one, what to do instead; never blank
 * @param after the case the command was checked against, unchanged
 * @since 0.1.0
 */
public record Rejected(BrokenRule rule, String reason, SurveillanceCase after) implements Outcome {
  /** Rejects a blank reason with an {@link IllegalArgumentException}. */
  public Rejected {
    Objects.requireNonNull(rule, "rule");
    Checks.notBlank("rejection reason", reason);
    Objects.requireNonNull(after, "after");
  }

  /** No events: a rejected command records nothing. */
  @Override
  public ImmutableList<CaseEvent> events() {
    return ImmutableList.of();
  }

  @Override
  public String toString() {
    return rule + ": " + reason;
  }
}
