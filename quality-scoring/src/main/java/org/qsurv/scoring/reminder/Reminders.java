package org.qsurv.scoring.reminder;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.contract.MeetingAction;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.intelligence.Tone;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * Which reminders are due, to whom, as of a date, and the daily digest of them per owner.
 *
 * <pre>{@code
 * List<Reminder> due = Reminders.dueOn(snapshot, today, ReminderPolicy.nhsDefaults());
 * Map<String, List<Reminder>> digest = Reminders.digest(due, keysAlreadySent);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class Reminders {
  private Reminders() {}

  /**
   * The reminders due on {@code asOf} from what the snapshot records (nothing dated after
   * {@code asOf} is used): each risk whose review falls due within the policy's days or has
   * passed; each concern not triaged within the triage days; each learning response past its due
   * date and not received; each improvement-plan action, and each action of a meeting held, past
   * its due date and not completed. Ordered by kind, then as in the snapshot; keys are unique.
   */
  public static ImmutableList<Reminder> dueOn(Snapshot snapshot, LocalDate asOf,
      ReminderPolicy policy) {
    List<Reminder> due = new ArrayList<>();
    for (Risk risk : snapshot.risks()) {
      ScoredRisk scored = ScoredRisk.of(risk, asOf, policy.riskReview());
      LocalDate review = scored.nextReviewDue();
      // The fact is "the review after the last one": keyed by that review, not by the due date,
      // which for a risk never reviewed is the day itself and would change every day.
      String since = scored.lastReviewed().map(d -> "reviewed-" + d).orElse("never-reviewed");
      long days = ChronoUnit.DAYS.between(asOf, review);
      String what = "Risk " + risk.id() + " (\"" + risk.title() + "\", score " + scored.score()
          + ", " + scored.rating() + ") is to be reviewed every " + scored.reviewIntervalMonths()
          + (scored.reviewIntervalMonths() == 1 ? " month" : " months")
          + (scored.score() >= 15 ? " (004 §4.4: 15 and above at least monthly)" : " (NPSA 2008)");
      if (scored.overdue()) {
        due.add(new Reminder(key(ReminderKind.RISK_REVIEW_OVERDUE, risk.id().value(), since),
            ReminderKind.RISK_REVIEW_OVERDUE, risk.owner(), risk.id().value(), risk.provider(),
            what + ": its review was due on " + review + ", " + -days + " days ago"));
      } else if (days <= policy.reviewDueWithinDays()) {
        due.add(new Reminder(key(ReminderKind.RISK_REVIEW_DUE, risk.id().value(), since),
            ReminderKind.RISK_REVIEW_DUE, risk.owner(), risk.id().value(), risk.provider(),
            what + ": its review is due on " + review + ", in " + days + " days"));
      }
    }
    for (IntelligenceItem item : snapshot.intelligence()) {
      boolean triaged = item.triage().map(t -> !t.on().isAfter(asOf)).orElse(false);
      if (item.tone() == Tone.CONCERN && !triaged && !item.received().isAfter(asOf)
          && item.received().plusDays(policy.triageDays()).isBefore(asOf)) {
        due.add(new Reminder(key(ReminderKind.INTELLIGENCE_NOT_TRIAGED, item.id().value(),
                item.received()), ReminderKind.INTELLIGENCE_NOT_TRIAGED, policy.defaultOwner(),
            item.id().value(), Optional.of(item.provider()), item.source() + " intelligence "
                + item.id() + " received " + item.received() + " (\"" + item.summary()
                + "\") is not triaged after " + ChronoUnit.DAYS.between(item.received(), asOf)
                + " days; new intelligence is triaged within " + policy.triageDays()
                + " days, at the weekly insights meeting (004 §4.3)"));
      }
    }
    for (SeriousIncident incident : snapshot.incidents()) {
      if (!incident.reported().isAfter(asOf) && incident.responseOverdueOn(asOf)) {
        due.add(new Reminder(key(ReminderKind.LEARNING_RESPONSE_OVERDUE, incident.id().value(),
                incident.responseDue()), ReminderKind.LEARNING_RESPONSE_OVERDUE,
            policy.defaultOwner(), incident.id().value(), Optional.of(incident.provider()),
            "The learning response to serious incident " + incident.id() + " (reported "
                + incident.reported() + ", " + incident.framework() + ") was due on "
                + incident.responseDue() + " and has not been received (002 QAF ¶40-41)"));
      }
    }
    for (ImprovementAction a : snapshot.actions()) {
      if (a.overdueOn(asOf)) {
        due.add(action(a.id().value(), a.id().value(), a.owner(), Optional.of(a.provider()),
            a.description(), a.due(), "improvement-plan action (003 §5.2.3 e)"));
      }
    }
    for (ContractMeeting m : snapshot.meetings()) {
      if (m.held() && !m.date().isAfter(asOf)) {
        for (MeetingAction a : m.actions()) {
          if (a.overdueOn(asOf)) {
            // A meeting's action ids are unique across meetings but may repeat a plan action's.
            due.add(action(m.id() + "/" + a.id(), a.id().value(), a.owner(),
                Optional.of(m.provider()), a.description(), a.due(),
                "action of " + m.kind() + " " + m.id() + " (003 §5.1.2)"));
          }
        }
      }
    }
    due.sort(Comparator.comparing(Reminder::kind));
    return ImmutableList.copyOf(due);
  }

  /**
   * The daily digest: the reminders not yet sent ({@code sent} holds the keys already sent),
   * grouped by owner (owners in alphabetical order), each owner's in the order given.
   */
  public static ImmutableSortedMap<String, ImmutableList<Reminder>> digest(
      List<Reminder> reminders, Set<String> sent) {
    TreeMap<String, ImmutableList.Builder<Reminder>> byOwner = new TreeMap<>();
    java.util.Set<String> inThisDigest = new java.util.HashSet<>();
    for (Reminder r : reminders) {
      if (!sent.contains(r.key()) && inThisDigest.add(r.key())) {
        byOwner.computeIfAbsent(r.owner(), k -> ImmutableList.builder()).add(r);
      }
    }
    ImmutableSortedMap.Builder<String, ImmutableList<Reminder>> digest =
        ImmutableSortedMap.naturalOrder();
    byOwner.forEach((owner, list) -> digest.put(owner, list.build()));
    return digest.build();
  }

  private static Reminder action(String keyId, String id, String owner,
      Optional<OrganisationCode> provider, String description, LocalDate due, String what) {
    return new Reminder(key(ReminderKind.PLAN_ACTION_OVERDUE, keyId, due),
        ReminderKind.PLAN_ACTION_OVERDUE, owner, id, provider, "The " + what + " " + id + " (\""
            + description + "\") was due on " + due + " and is not completed");
  }

  /**
   * The key of a fact: its kind, its subject's id and what dates the fact (the last review, a
   * receipt, a due date), never the day it is computed on.
   */
  private static String key(ReminderKind kind, String subject, Object date) {
    return kind + "/" + subject + "/" + date;
  }
}
