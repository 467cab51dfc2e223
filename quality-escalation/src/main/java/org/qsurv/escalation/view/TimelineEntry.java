package org.qsurv.escalation.view;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.qsurv.escalation.event.FactType;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Actor;

/**
 * One line of a case's timeline: when, who, what (in words) and why, with the corrections made to
 * it later and, for a correction, what it corrects.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TimelineEntry {
  /** The event's position in the case's log: 1 for the first event. */
  public abstract long version();

  /** The date the event happened. */
  public abstract LocalDate at();

  /** Who did it, and in what role. */
  public abstract Actor by();

  /** The kind of event. */
  public abstract FactType type();

  /** What happened, in words, e.g. "Stepped down from intensive to enhanced surveillance". */
  public abstract String what();

  /** The rationale recorded. */
  public abstract String why();

  /** For a correction: the version of the event it corrects. */
  public abstract OptionalLong corrects();

  /** The versions of the later corrections of this event. */
  public abstract ImmutableList<Long> correctedBy();
}
