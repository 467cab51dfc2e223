package org.qsurv.scoring.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.model.snapshot.SnapshotReader;
import org.qsurv.testing.model.ModelArbitraries;

/**
 * Reminders: risk reviews coming due and overdue (NPSA 2008; 004 §4.4: 15 and above at least
 * monthly), intelligence not triaged within the week (004 §4.3), overdue learning responses
 * (002 QAF ¶40-41) and plan actions (003 §5.2.3 e), each to its owner, in a daily digest that
 * never sends the same fact twice.
 */
class RemindersTest {
  private static final ReminderPolicy POLICY = ReminderPolicy.nhsDefaults();
  private static final String JSON = "{\"format\": \"qsurv-snapshot/1.1\", \"asOf\": \"2025-07-01\","
      + " \"commissioner\": {\"code\": \"QSL\", \"name\": \"ICB\"},"
      + " \"providers\": [{\"code\": \"RH5\", \"name\": \"Somerset FT\", \"kind\": \"ACUTE\"}],"
      + " \"indicators\": [], \"observations\": [],"
      + " \"intelligence\": [{\"id\": \"I-1\", \"provider\": \"RH5\", \"received\": \"2025-06-01\","
      + " \"source\": \"COMPLAINT\", \"nature\": \"SOFT\", \"domain\": \"SAFE\", \"summary\":"
      + " \"Call bells unanswered\"}],"
      + " \"risks\": [{\"id\": \"R-1\", \"provider\": \"RH5\", \"title\": \"Night staffing\","
      + " \"domain\": \"SAFE\", \"owner\": \"Deputy Chief Nurse\", \"likelihood\": 4,"
      + " \"consequence\": 4, \"lastReviewed\": \"2025-05-20\"}], \"decisions\": [],"
      + " \"actions\": [{\"id\": \"A-1\", \"provider\": \"RH5\", \"description\": \"Recruit\","
      + " \"owner\": \"Director of Nursing\", \"due\": \"2025-06-08\"}],"
      + " \"incidents\": [{\"id\": \"SI-1\", \"provider\": \"RH5\", \"reported\": \"2025-05-01\","
      + " \"framework\": \"PSIRF\", \"neverEvent\": false, \"responseDue\": \"2025-06-07\"}]}";

  private static List<String> keys(List<Reminder> reminders) {
    return reminders.stream().map(Reminder::key).toList();
  }

  @Test
  void aRiskOf16IsAnnouncedBeforeItsMonthlyReviewAndThenOverdueOnTheSameFact() {
    Snapshot s = SnapshotReader.read(JSON).snapshot();
    // Score 16: reviewed monthly (004 §4.4), so due 2025-06-20; announced 14 days ahead, on
    // 2025-06-06, when nothing else is due yet (the action on 06-08, the response on 06-07).
    List<Reminder> june6 = Reminders.dueOn(s, LocalDate.of(2025, 6, 6), POLICY);
    assertEquals(List.of("RISK_REVIEW_DUE/R-1/reviewed-2025-05-20"), keys(june6));
    assertEquals("Deputy Chief Nurse", june6.get(0).owner());
    assertEquals(List.of(), Reminders.dueOn(s, LocalDate.of(2025, 6, 6), new ReminderPolicy(
        POLICY.riskReview(), 7, 7, "ICB quality lead")), "14 days ahead, announced 7 ahead");
    List<Reminder> june10 = Reminders.dueOn(s, LocalDate.of(2025, 6, 10), POLICY);
    assertEquals(List.of("RISK_REVIEW_DUE/R-1/reviewed-2025-05-20",
        "INTELLIGENCE_NOT_TRIAGED/I-1/2025-06-01", "LEARNING_RESPONSE_OVERDUE/SI-1/2025-06-07", "PLAN_ACTION_OVERDUE/A-1/2025-06-08"),
        keys(june10));
    List<Reminder> july1 = Reminders.dueOn(s, LocalDate.of(2025, 7, 1), POLICY);
    assertEquals(ReminderKind.RISK_REVIEW_OVERDUE, july1.get(0).kind());
    assertEquals("RISK_REVIEW_OVERDUE/R-1/reviewed-2025-05-20", july1.get(0).key());
    assertEquals(keys(june10).subList(1, 4), keys(july1).subList(1, 4),
        "the same facts, still due, keep their keys");
  }

  /**
   * A risk reminder says the interval and the rule behind it (004 §4.4: 15 and above monthly;
   * otherwise NPSA 2008 by rating), when the review is or was due and how many days away that
   * is; reminders come by kind (those coming due before those overdue), whatever the risks'
   * order; a concern triaged only after the day is still untriaged on it (004 §4.3).
   */
  @Test
  void remindersSayTheIntervalTheRuleAndTheDaysAndComeByKind() {
    String json = JSON.replace("\"risks\": [{", "\"risks\": [{\"id\": \"R-0\", \"provider\":"
            + " \"RH5\", \"title\": \"Falls\", \"domain\": \"SAFE\", \"owner\": \"Matron\","
            + " \"likelihood\": 3, \"consequence\": 4, \"lastReviewed\": \"2025-04-12\"}, {")
        .replace("\"summary\": \"Call bells unanswered\"}", "\"summary\": \"Call bells"
            + " unanswered\", \"tone\": \"CONCERN\", \"triage\": {\"on\": \"2025-06-20\","
            + " \"outcome\": \"ACT\", \"credible\": true}}");
    SnapshotReader.Result read = SnapshotReader.read(json);
    assertTrue(read.isValid(), () -> read.problems().toString());
    Snapshot s = read.snapshot();
    List<Reminder> june6 = Reminders.dueOn(s, LocalDate.of(2025, 6, 6), POLICY);
    assertEquals("Risk R-1 (\"Night staffing\", score 16, EXTREME) is to be reviewed every 1 month"
        + " (004 §4.4: 15 and above at least monthly): its review is due on 2025-06-20, in 14"
        + " days", june6.stream().filter(r -> r.subject().equals("R-1")).findFirst().orElseThrow()
            .why());
    List<Reminder> june10 = Reminders.dueOn(s, LocalDate.of(2025, 6, 10), POLICY);
    assertTrue(keys(june10).contains("INTELLIGENCE_NOT_TRIAGED/I-1/2025-06-01"),
        "triaged on 20 June: on 10 June it is not");
    List<Reminder> july1 = Reminders.dueOn(s, LocalDate.of(2025, 7, 1), POLICY);
    assertEquals(List.of(ReminderKind.RISK_REVIEW_DUE, ReminderKind.RISK_REVIEW_OVERDUE),
        july1.stream().map(Reminder::kind).toList().subList(0, 2),
        "R-0 (first in the snapshot) coming due before R-1 overdue");
    assertEquals("Risk R-0 (\"Falls\", score 12, HIGH) is to be reviewed every 3 months (NPSA"
        + " 2008): its review is due on 2025-07-12, in 11 days", july1.get(0).why());
    assertTrue(july1.get(1).why().endsWith("its review was due on 2025-06-20, 11 days ago"),
        july1.get(1).why());
    assertFalse(keys(july1).contains("INTELLIGENCE_NOT_TRIAGED/I-1/2025-06-01"), "triaged by then");
  }

  @Test
  void whatHasNoOwnerInTheDataGoesToThePolicysDefaultOwnerAndTheDigestSendsEachOnce() {
    Snapshot s = SnapshotReader.read(JSON).snapshot();
    List<Reminder> june10 = Reminders.dueOn(s, LocalDate.of(2025, 6, 10), POLICY);
    var digest = Reminders.digest(june10, Set.of());
    assertEquals(List.of("Deputy Chief Nurse", "Director of Nursing", "ICB quality lead"),
        List.copyOf(digest.keySet()));
    assertEquals(List.of("INTELLIGENCE_NOT_TRIAGED/I-1/2025-06-01",
        "LEARNING_RESPONSE_OVERDUE/SI-1/2025-06-07"), keys(digest.get("ICB quality lead")));
    Set<String> sent = new HashSet<>(keys(june10));
    List<Reminder> june11 = Reminders.dueOn(s, LocalDate.of(2025, 6, 11), POLICY);
    assertEquals(Map.of(), Reminders.digest(june11, sent), "nothing new the next day");
  }

  /**
   * An action agreed at a contract meeting that was held is followed up as a plan action is
   * (003 §5.1.2; 003 §5.2.3 e), to its owner, once past its date and not completed; the actions of
   * a meeting not held, or held after the day, are not; its key names the meeting, as an action
   * id may repeat a plan action's.
   */
  @Test
  void theActionsOfAMeetingHeldAreFollowedUpOncePastTheirDate() {
    String meetings = ", \"meetings\": ["
        + meeting("M-1", "2025-05-12", true, "MA-1", "2025-06-01", null)
        + ", " + meeting("M-2", "2025-05-20", true, "A-1", "2025-06-01", "2025-06-02")
        + ", " + meeting("M-3", "2025-05-20", false, "MA-3", "2025-06-01", null)
        + ", " + meeting("M-4", "2025-06-20", true, "MA-4", "2025-06-01", null) + "]}";
    Snapshot s = SnapshotReader.read(JSON.substring(0, JSON.length() - 1) + meetings).snapshot();
    List<Reminder> june10 = Reminders.dueOn(s, LocalDate.of(2025, 6, 10), POLICY).stream()
        .filter(r -> r.kind() == ReminderKind.PLAN_ACTION_OVERDUE).toList();
    assertEquals(List.of("PLAN_ACTION_OVERDUE/A-1/2025-06-08",
        "PLAN_ACTION_OVERDUE/M-1/MA-1/2025-06-01"), keys(june10));
    Reminder ma1 = june10.get(1);
    assertEquals("Chief Nurse", ma1.owner());
    assertEquals("MA-1", ma1.subject());
    assertEquals(Optional.of(OrganisationCode.of("RH5")), ma1.provider());
    assertTrue(Reminders.dueOn(s, LocalDate.of(2025, 6, 1), POLICY).stream()
        .noneMatch(r -> r.subject().equals("MA-1")), "not overdue on its due date");
  }

  private static String meeting(String id, String date, boolean held, String action, String due,
      String completed) {
    return "{\"id\": \"" + id + "\", \"provider\": \"RH5\", \"kind\": \"CQPG\","
        + " \"date\": \"" + date + "\", \"held\": " + held + (held ? "" : ", \"reasonNotHeld\": \"Not quorate\"")
        + ", \"actions\": [{\"id\": \"" + action + "\", \"description\": \"Share the review\","
        + " \"owner\": \"Chief Nurse\", \"due\": \"" + due + "\""
        + (completed == null ? "" : ", \"completed\": \"" + completed + "\"") + "}]}";
  }

  /**
   * For any snapshot and any two days: keys are unique within a day, and a fact due on both days
   * (same kind and subject, and for a risk no review between the days) has the same key on both,
   * so a digest never repeats it.
   */
  @Property
  void theKeyOfAFactIsTheSameOnEveryDayItStaysDue(@ForAll("snapshots") Snapshot snapshot,
      @ForAll @IntRange(min = -400, max = 0) int first,
      @ForAll @IntRange(min = 1, max = 60) int later) {
    LocalDate day = snapshot.asOf().plusDays(first);
    LocalDate next = day.plusDays(later);
    List<Reminder> one = Reminders.dueOn(snapshot, day, POLICY);
    List<Reminder> two = Reminders.dueOn(snapshot, next, POLICY);
    assertEquals(one.size(), new HashSet<>(keys(one)).size(), "keys unique within a day");
    Set<String> reviewedBetween = new HashSet<>();
    snapshot.risks().forEach(r -> r.lastReviewed().filter(d -> d.isAfter(day) && !d.isAfter(next))
        .ifPresent(d -> reviewedBetween.add(r.id().value())));
    Map<String, String> keyOfFact = new HashMap<>();
    one.forEach(r -> keyOfFact.put(fact(r), r.key()));
    int kept = 0;
    for (Reminder r : two) {
      String earlier = keyOfFact.get(fact(r));
      boolean riskReviewed = r.kind().name().startsWith("RISK_")
          && reviewedBetween.contains(r.subject());
      if (earlier != null && !riskReviewed) {
        assertEquals(earlier, r.key());
        kept++;
      }
    }
    Statistics.collect(kept > 0 ? "a fact due on both days" : "none on both days");
    Statistics.coverage(c -> c.check("a fact due on both days").percentage(p -> p > 10));
  }

  /** A fact without what dates it: the key up to its last part. */
  private static String fact(Reminder r) {
    return r.key().substring(0, r.key().lastIndexOf('/'));
  }

  @Provide
  Arbitrary<Snapshot> snapshots() {
    return ModelArbitraries.withWorkflows(ModelArbitraries.v1Snapshots());
  }
}
