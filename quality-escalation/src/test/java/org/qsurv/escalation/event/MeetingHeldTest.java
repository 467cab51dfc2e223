package org.qsurv.escalation.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.qsurv.escalation.levers.NhsEnglandMeeting;

/**
 * The record of an NHS England meeting (003 §5.2.3 a; 003 Appendix 1): a risk summit's record names
 * its chair and attendees (the chair provides "a record of discussion and agreed actions"); the
 * other meetings may be recorded without them; no name in the record is blank.
 */
class MeetingHeldTest {
  private static final Optional<String> CHAIR = Optional.of("Regional Chief Nurse");
  private static final ImmutableList<String> ATTENDEES = ImmutableList.of("CQC", "ICB");

  @Test
  void aRiskSummitRecordNamesItsChairAndAttendees() {
    assertRefused("a risk summit must name its chair (003 Appendix 1)",
        () -> new MeetingHeld(NhsEnglandMeeting.RISK_SUMMIT, Optional.empty(), ATTENDEES, ImmutableList.of()));
    assertRefused("a risk summit must name its attendees (003 Appendix 1)",
        () -> new MeetingHeld(NhsEnglandMeeting.RISK_SUMMIT, CHAIR, ImmutableList.of(), ImmutableList.of()));
    MeetingHeld summit = new MeetingHeld(NhsEnglandMeeting.RISK_SUMMIT, CHAIR, ATTENDEES, ImmutableList.of());
    assertEquals(FactType.MEETING_HELD, summit.type());
  }

  @Test
  void anIntelligenceSharingCallOrSingleItemQsgMayBeRecordedWithoutNames() {
    for (NhsEnglandMeeting meeting : new NhsEnglandMeeting[] {
        NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL, NhsEnglandMeeting.SINGLE_ITEM_QSG}) {
      MeetingHeld held = new MeetingHeld(meeting, null, null, null);
      assertEquals(Optional.empty(), held.chair(), "absent from a stored event: none");
      assertEquals(ImmutableList.of(), held.attendees());
      assertEquals(ImmutableList.of(), held.agreedActions());
    }
  }

  @Test
  void noNameInTheRecordIsBlank() {
    NhsEnglandMeeting call = NhsEnglandMeeting.INTELLIGENCE_SHARING_CALL;
    assertRefusedNaming("meeting chair",
        () -> new MeetingHeld(call, Optional.of(" "), ImmutableList.of(), ImmutableList.of()));
    assertRefusedNaming("meeting attendee",
        () -> new MeetingHeld(call, Optional.empty(), ImmutableList.of("CQC", ""), ImmutableList.of()));
    assertRefusedNaming("agreed action",
        () -> new MeetingHeld(call, Optional.empty(), ImmutableList.of(), ImmutableList.of("Audit", "  ")));
    assertRefusedNaming("meeting is required", () -> new MeetingHeld(null, CHAIR, ATTENDEES, ImmutableList.of()));
  }

  private static void assertRefused(String message, Executable construction) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, construction).getMessage());
  }

  private static void assertRefusedNaming(String field, Executable construction) {
    String message = assertThrows(IllegalArgumentException.class, construction).getMessage();
    assertTrue(message.contains(field), message);
  }
}
