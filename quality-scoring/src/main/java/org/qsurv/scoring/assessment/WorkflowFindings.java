package org.qsurv.scoring.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.visit.QualityVisit;
import org.qsurv.scoring.policy.FindingPolicy;

/**
 * The findings of one provider's workflows as of a date: overdue visits, learning responses
 * overdue or not reviewed, action plans not signed off, and contract meetings not held or due
 * (SNAPSHOT.md, version 1.1). Nothing dated after the date is used: a response received, a review
 * held or a plan signed off later has not happened yet.
 */
final class WorkflowFindings {
  private WorkflowFindings() {}

  static List<Finding> of(Provider provider, Level level, LocalDate asOf, FindingPolicy policy,
      List<QualityVisit> visits, boolean visitsRecorded, List<SeriousIncident> incidents,
      List<ContractMeeting> meetings) {
    List<Finding> findings = new ArrayList<>();
    visits(provider, level, asOf, policy, visits, visitsRecorded, findings);
    for (SeriousIncident i : incidents) {
      if (!i.reported().isAfter(asOf)) {
        incident(provider, asOf, policy, i, findings);
      }
    }
    meetings(provider, asOf, policy, meetings, findings);
    return findings;
  }

  private static void visits(Provider provider, Level level, LocalDate asOf, FindingPolicy policy,
      List<QualityVisit> visits, boolean visitsRecorded, List<Finding> findings) {
    Optional<LocalDate> lastDone = Optional.empty();
    for (QualityVisit v : visits) {
      if (v.overdueOn(asOf)) {
        findings.add(Finding.of(FindingCode.VISIT_OVERDUE, provider.code(), v.id().value(),
            v.kind() + " visit " + v.id() + " to " + provider.code() + " was planned for "
                + v.date() + " and is still not done " + ChronoUnit.DAYS.between(v.date(), asOf)
                + " days later: do it or record it as cancelled (001 §7.1: visits are Level 2"
                + " assurance)"));
      }
      if (v.doneBy(asOf) && lastDone.map(d -> v.date().isAfter(d)).orElse(true)) {
        lastDone = Optional.of(v.date());
      }
    }
    OptionalInt months = policy.visitMonths(provider.kind(), level);
    // Only an ICB that records its visits in the snapshot can be told one is missing.
    if (!visitsRecorded || months.isEmpty()) {
      return;
    }
    LocalDate from = asOf.minusMonths(months.getAsInt());
    if (lastDone.map(d -> d.isBefore(from)).orElse(true)) {
      findings.add(Finding.of(FindingCode.VISIT_OVERDUE, provider.code(), provider.code().value(),
          "No quality visit to " + provider.code() + " (" + provider.kind() + ", " + level
              + ") done in the " + months.getAsInt() + " months to " + asOf + "; the last was "
              + lastDone.map(LocalDate::toString).orElse("never") + " ("
              + (level == Level.ROUTINE ? "the routine programme of visits for its kind, 003 §5.1.1"
                  : "visits are stepped up in enhanced surveillance, 003 §5.2.3 c") + ")"));
    }
  }

  private static void incident(Provider provider, LocalDate asOf, FindingPolicy policy,
      SeriousIncident i, List<Finding> findings) {
    String what = (i.neverEvent() ? "never event " : "serious incident ") + i.id() + " reported "
        + i.reported() + " (" + i.framework() + ")";
    if (i.responseOverdueOn(asOf)) {
      findings.add(Finding.of(FindingCode.LEARNING_RESPONSE_OVERDUE, provider.code(),
          i.id().value(), "The learning response to " + what + " was due on " + i.responseDue()
              + " and has not been received " + ChronoUnit.DAYS.between(i.responseDue(), asOf)
              + " days later (001 §6.8: learning from serious incidents is contractual)"));
      return;
    }
    if (!i.receivedBy(asOf)) {
      return;
    }
    LocalDate received = i.responseReceived().orElseThrow();
    Optional<ResponseReview> review = i.reviewBy(asOf);
    if (review.isPresent() && review.get().outcome() == ReviewOutcome.MORE_INFORMATION) {
      sentBack(provider, asOf, policy, i, what, review.get(), findings);
      return;
    }
    if (review.isEmpty()) {
      if (received.plusDays(policy.learningResponseReviewDays()).isBefore(asOf)) {
        findings.add(Finding.of(FindingCode.LEARNING_RESPONSE_NOT_REVIEWED, provider.code(),
            i.id().value(), "The learning response to " + what + " was received on " + received
                + " and is not reviewed " + ChronoUnit.DAYS.between(received, asOf) + " days later"
                + " (reviewed within " + policy.learningResponseReviewDays() + " days; 002 QAF ¶40:"
                + " the commissioner reviews every root cause analysis)"));
      }
      return;
    }
    ResponseReview accepted = review.get();
    if (accepted.outcome() == ReviewOutcome.ACCEPTED && !i.signedOffBy(asOf)
        && accepted.on().plusDays(policy.actionPlanSignOffDays()).isBefore(asOf)) {
      findings.add(Finding.of(FindingCode.ACTION_PLAN_NOT_SIGNED_OFF, provider.code(),
          i.id().value(), "The action plan of " + what + ", accepted at review on "
              + accepted.on() + ", is not signed off " + ChronoUnit.DAYS.between(accepted.on(), asOf)
              + " days later (signed off within " + policy.actionPlanSignOffDays() + " days; 002 QAF"
              + " ¶41: monitored and signed off at the SI review panel)"));
    }
  }

  /**
   * A response the latest review (on or before {@code asOf}) sent back for more information
   * (hazard H40): LEARNING_RESPONSE_NOT_RESUBMITTED while the revised response has not come in
   * within {@code learningResponseResubmissionDays} of that review, and
   * LEARNING_RESPONSE_NOT_REVIEWED once it has but is not reviewed within {@code
   * learningResponseReviewDays} (002 QAF ¶40: every response is reviewed until the commissioner
   * is assured).
   */
  private static void sentBack(Provider provider, LocalDate asOf, FindingPolicy policy,
      SeriousIncident i, String what, ResponseReview review, List<Finding> findings) {
    List<LocalDate> resubmitted = i.resubmissionsBy(asOf);
    if (i.awaitingResubmissionOn(asOf)) {
      if (review.on().plusDays(policy.learningResponseResubmissionDays()).isBefore(asOf)) {
        findings.add(Finding.of(FindingCode.LEARNING_RESPONSE_NOT_RESUBMITTED, provider.code(),
            i.id().value(), "The learning response to " + what + " was sent back for more "
                + "information at review on " + review.on() + " and no revised response has "
                + "been received " + ChronoUnit.DAYS.between(review.on(), asOf) + " days later"
                + " (resubmitted within " + policy.learningResponseResubmissionDays() + " days;"
                + " 002 QAF ¶40: reviewed until lessons and credible action plans are agreed)"));
      }
      return;
    }
    LocalDate revised = resubmitted.get(resubmitted.size() - 1);
    if (revised.plusDays(policy.learningResponseReviewDays()).isBefore(asOf)) {
      findings.add(Finding.of(FindingCode.LEARNING_RESPONSE_NOT_REVIEWED, provider.code(),
          i.id().value(), "The revised learning response to " + what + ", sent back for more "
              + "information on " + review.on() + ", was received on " + revised + " and is not "
              + "reviewed " + ChronoUnit.DAYS.between(revised, asOf) + " days later (reviewed "
              + "within " + policy.learningResponseReviewDays() + " days; 002 QAF ¶40: the "
              + "commissioner reviews every root cause analysis)"));
    }
  }

  private static void meetings(Provider provider, LocalDate asOf, FindingPolicy policy,
      List<ContractMeeting> meetings, List<Finding> findings) {
    Optional<LocalDate> lastHeld = Optional.empty();
    boolean contractMeetings = false;
    for (ContractMeeting m : meetings) {
      contractMeetings |= m.kind().withProvider();
      if (m.held() && m.kind().withProvider() && !m.date().isAfter(asOf)
          && lastHeld.map(d -> m.date().isAfter(d)).orElse(true)) {
        lastHeld = Optional.of(m.date());
      }
    }
    for (ContractMeeting m : meetings) {
      if (m.held() || m.date().isAfter(asOf)) {
        continue;
      }
      // Outstanding until a meeting of the same kind is held after it.
      boolean heldSince = meetings.stream().anyMatch(n -> n.held() && n.kind() == m.kind()
          && n.date().isAfter(m.date()) && !n.date().isAfter(asOf));
      if (!heldSince) {
        findings.add(Finding.of(FindingCode.CONTRACT_MEETING_NOT_HELD, provider.code(),
            m.id().value(), m.kind() + " " + m.id() + " of " + m.date() + " was not held (\""
                + m.reasonNotHeld().orElseThrow() + "\") and none has been held since (003 §5.1.2:"
                + " a meeting not held is formally documented and the provider still held to"
                + " account)"));
      }
    }
    // A provider with a contract meeting on record has a programme of them (003 §5.1.2).
    if (!contractMeetings) {
      return;
    }
    LocalDate from = asOf.minusMonths(policy.contractMeetingMonths());
    if (lastHeld.map(d -> d.isBefore(from)).orElse(true)) {
      findings.add(Finding.of(FindingCode.CONTRACT_MEETING_DUE, provider.code(),
          provider.code().value(), "No contract quality meeting (CQRM or CQPG) with "
              + provider.code() + " held in the " + policy.contractMeetingMonths() + " months to "
              + asOf + "; the last was " + lastHeld.map(LocalDate::toString).orElse("never")
              + " (000 §8.7: quarterly; 003 §5.1.2: compulsory)"));
    }
  }
}
