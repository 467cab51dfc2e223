package org.qsurv.app.web.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qsurv.model.incident.ResponseReview;
import org.qsurv.model.incident.ReviewOutcome;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.surveillance.Role;
import org.qsurv.scoring.assurance.AssuranceLevel;

/** The words the pages use for domain values, in plain English for the people who read them. */
public final class Labels {
  private Labels() {}

  /** How a role is named on screen (003 §5.2.3 a; 004 §4.4). */
  public static String role(Role role) {
    return switch (role) {
      case ICB_QUALITY_LEAD -> "ICB quality lead";
      case ICB_DIRECTOR -> "ICB director";
      case NHSE_REGION -> "NHS England region";
      case PROVIDER -> "Provider";
      case VIEWER -> "Viewer";
    };
  }

  /** An enum constant's name as words: {@code PLACE_ON_ENHANCED} reads "Place on enhanced". */
  public static String words(String constant) {
    String w = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** An enum constant as words ({@link #words(String)}). */
  public static String words(Enum<?> constant) {
    return words(constant.name());
  }

  /**
   * Where an incident's learning response stands on {@code today} (002 QAF ¶40-41): due, overdue,
   * received and awaiting review, sent back for more information, accepted and awaiting the
   * action plan's sign-off, or signed off. Only what is dated on or before {@code today} counts.
   */
  public static String learningResponse(SeriousIncident i, LocalDate today) {
    if (i.signedOffBy(today)) {
      return "Action plan signed off on " + i.actionPlanSignedOff().orElseThrow();
    }
    Optional<ResponseReview> review = i.reviewBy(today);
    String earlier = i.reviewsBy(today).size() > 1
        ? " (review " + i.reviewsBy(today).size() + ")" : "";
    if (review.isPresent()) {
      if (review.get().outcome() == ReviewOutcome.ACCEPTED) {
        return "Accepted at review on " + review.get().on() + earlier
            + "; action plan not signed off";
      }
      List<LocalDate> resubmitted = i.resubmissionsBy(today);
      // Hazard H40: a response sent back stays in view until it comes back and is reviewed.
      return "More information requested at review on " + review.get().on() + earlier
          + (i.awaitingResubmissionOn(today) ? "; revised response not received"
              : "; revised response received on " + resubmitted.get(resubmitted.size() - 1)
                  + ", not reviewed");
    }
    if (i.receivedBy(today)) {
      return "Received on " + i.responseReceived().orElseThrow() + "; not reviewed";
    }
    return (i.responseOverdueOn(today) ? "Overdue: due " : "Due ") + i.responseDue();
  }

  /** A level of assurance (001 §7.1) as its framework names it: "Level 1", "Level 2", "Level 3". */
  public static String assurance(AssuranceLevel level) {
    return level.name().replace("LEVEL_", "Level ");
  }

  /** "1 risk", "2 risks": {@code n} and the noun, singular or {@code plural}. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** A value as people write it: whole numbers without decimals, others to two places. */
  public static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A date, or a dash where there is none. */
  public static String date(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse("\u2014");
  }

  /** {@code s} with its first letter in capitals. */
  public static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code s}, cut to 80 characters with "..." where it is longer (for a choice's label). */
  public static String shortened(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
