package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * A trigger accepted into a case (003 §5.2.1): its code, evidence ids and the date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class AcceptedTrigger {
  /** The trigger's code as it was accepted, e.g. {@code WHISTLEBLOWING}. */
  public abstract String code();

  /** The ids of its evidence, in the order given; empty if none were given. */
  public abstract ImmutableList<String> evidence();

  /** The date it was accepted: the date of the event that recorded it. */
  public abstract LocalDate at();

  /** A trigger accepted on {@code at}, with the ids of its evidence. */
  public static AcceptedTrigger of(String code, Iterable<String> evidence, LocalDate at) {
    return ImmutableAcceptedTrigger.builder().code(code).addAllEvidence(evidence).at(at).build();
  }
}
