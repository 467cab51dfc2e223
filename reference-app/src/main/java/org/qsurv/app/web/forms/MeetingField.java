package org.qsurv.app.web.forms;

import java.util.Optional;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.surveillance.Meeting;

/**
 * The {@code meeting} field of a decision form: the meeting the decision was taken at, or none
 * (""). It matters to a STEP_DOWN from enhanced: taken by the ICB director at an NHS England-led
 * meeting (INTELLIGENCE_CALL, SINGLE_ITEM_QSG or RISK_SUMMIT) it is accepted at once (003 §5.2.3
 * a); at a QUALITY_REVIEW or none, the sustained-assurance period applies (003 Appendix 1). The
 * escalation lifecycle applies that rule; this only reads the field.
 *
 * @since 1.0.0
 */
public final class MeetingField {
  /** The field's name. */
  public static final String NAME = "meeting";

  private MeetingField() {}

  /** The meeting the form names, or none; refused when it names no meeting. */
  public static FormResult<Optional<Meeting>> read(FormData form) {
    FormReader f = new FormReader(form);
    Optional<Meeting> meeting = f.optionalOneOf(NAME, Meeting.class);
    return f.result(NAME, () -> meeting);
  }
}
