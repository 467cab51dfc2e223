package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import org.qsurv.model.Checks;

/**
 * A trigger accepted into the case as a reason for concern (003 §5.2.1), with the ids of its
 * evidence (SNAPSHOT.md {@code triggers}). Accepting one clears any sustained assurance: a step
 * down needs assurance sustained with no new concern since (003 §5.2.1, Appendix 1).
 *
 * @param code the trigger's code, e.g. {@code WHISTLEBLOWING} or {@code SPC_SHIFT}
 * @param evidence the ids of the evidence, e.g. intelligence or risk ids
 * @since 0.1.0
 */
public record TriggerAccepted(String code, ImmutableList<String> evidence) implements CaseFact {
  /**
   * Rejects a missing or blank field, and the combinations the rule does not allow, with an
   * {@link IllegalArgumentException} that names the field.
   */
  public TriggerAccepted {
    evidence = evidence == null ? ImmutableList.of() : evidence; // absent from stored JSON
    Checks.notBlank("trigger code", code);
    evidence.forEach(e -> Checks.notBlank("trigger evidence id", e));
  }

  /** Trigger {@code code} accepted, with the ids of its evidence. */
  public static TriggerAccepted of(String code, Iterable<String> evidence) {
    return new TriggerAccepted(code, ImmutableList.copyOf(evidence));
  }

  @JsonIgnore
  @Override
  public FactType type() {
    return FactType.TRIGGER_ACCEPTED;
  }
}
