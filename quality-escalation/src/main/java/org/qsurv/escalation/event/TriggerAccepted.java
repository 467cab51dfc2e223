package org.qsurv.escalation.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.qsurv.model.Checks;

/**
 * A trigger accepted into the case as a reason for concern (003 §5.2.1), with the ids of its
 * evidence (SNAPSHOT.md {@code triggers}). Accepting one clears any sustained assurance: a step
 * down needs assurance "with no new trigger accepted since" (issue 4 item 2).
 */
@Value.Immutable
@PublicImplementationStyle
@JsonSerialize(as = ImmutableTriggerAccepted.class)
@JsonDeserialize(as = ImmutableTriggerAccepted.class)
public abstract class TriggerAccepted implements CaseFact {
  /** The trigger's code, e.g. {@code WHISTLEBLOWING} or {@code SPC_SHIFT}. */
  public abstract String code();

  /** The ids of the evidence, e.g. intelligence or risk ids. */
  public abstract ImmutableList<String> evidence();

  @JsonIgnore
  @Override
  public final FactType type() {
    return FactType.TRIGGER_ACCEPTED;
  }

  /** The fact that the trigger {@code code} was accepted, with the ids of its evidence. */
  public static TriggerAccepted of(String code, Iterable<String> evidence) {
    return ImmutableTriggerAccepted.builder().code(code).addAllEvidence(evidence).build();
  }

  /**
   * Rejects a blank code or a blank evidence id with an {@link IllegalArgumentException} that names
   * the field and the value.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("trigger code", code());
    evidence().forEach(e -> Checks.notBlank("trigger evidence id", e));
  }
}
