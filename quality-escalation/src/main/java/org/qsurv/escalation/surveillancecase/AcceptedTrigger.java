package org.qsurv.escalation.surveillancecase;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/** A trigger accepted into a case (003 §5.2.1): its code, evidence ids and the date. */
@Value.Immutable
@QsurvStyle
public abstract class AcceptedTrigger {
  public abstract String code();

  public abstract ImmutableList<String> evidence();

  public abstract LocalDate at();

  public static AcceptedTrigger of(String code, Iterable<String> evidence, LocalDate at) {
    return ImmutableAcceptedTrigger.builder().code(code).addAllEvidence(evidence).at(at).build();
  }
}
