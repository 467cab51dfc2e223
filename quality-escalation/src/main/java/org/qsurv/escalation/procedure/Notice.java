package org.qsurv.escalation.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;

/**
 * The formal notice to the provider (003 §5.2.3 a): how and when.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice {
  /** How the provider was told: written notice, or a contract performance notice. */
  public abstract NoticeMethod method();

  /** The date the notice was recorded: the date of its event. */
  public abstract LocalDate at();

  /** The notice given by {@code method} on {@code at}. */
  public static Notice of(NoticeMethod method, LocalDate at) {
    return ImmutableNotice.builder().method(method).at(at).build();
  }
}
