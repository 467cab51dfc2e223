package org.qsurv.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * Example 1: score a risk register on the NHS 5x5 matrix and list what is due or overdue for
 * review. Risks of 15 and above are reviewed at least monthly (004 §4.4); lower bands follow the
 * NPSA-based defaults of {@link RiskReviewPolicy#nhsDefaults()} (NPSA 2008; local choices in
 * docs/frameworks.md).
 */
public final class RiskRegisterReview {
  private RiskRegisterReview() {}

  public static void main(String[] args) {
    LocalDate asOf = LocalDate.of(2025, 7, 1);
    ImmutableList<Risk> register = ImmutableList.of(
        risk("R-1", "RH5", "Night staffing below safe levels on medical wards", 4, 4,
            LocalDate.of(2025, 5, 20)),
        risk("R-2", "RH5", "Backlog of serious incident investigations", 3, 5,
            LocalDate.of(2025, 6, 16)),
        risk("R-3", "RTG", "C. difficile cases above trajectory", 3, 3, LocalDate.of(2025, 2, 10)),
        risk("R-4", "A81001", "Cervical screening uptake falling", 2, 3, LocalDate.of(2025, 3, 3)),
        risk("R-5", "RTG", "Complaints responses outside 25 working days", 2, 2,
            LocalDate.of(2024, 9, 30)));

    RiskReviewPolicy policy = RiskReviewPolicy.nhsDefaults();
    System.out.println("Risk register as of " + asOf + " (NHS 5x5 matrix, NPSA 2008)");
    System.out.printf("%-4s %-7s %-49s %5s  %-8s %-10s %s%n",
        "id", "org", "title", "score", "rating", "next due", "status");
    int overdue = 0;
    int dueThisMonth = 0;
    for (Risk risk : register) {
      ScoredRisk scored = ScoredRisk.of(risk, asOf, policy);
      String status;
      if (scored.overdue()) {
        status = "OVERDUE";
        overdue++;
      } else if (scored.nextReviewDue().isBefore(asOf.plusMonths(1))) {
        status = "due this month";
        dueThisMonth++;
      } else {
        status = "in date";
      }
      System.out.printf("%-4s %-7s %-49s %2d=%dx%d %-8s %-10s %s (every %d month%s)%n",
          risk.id(), risk.provider().map(Object::toString).orElse("system"), risk.title(),
          scored.score(), risk.likelihood(), risk.consequence(), scored.rating(),
          scored.nextReviewDue(), status, scored.reviewIntervalMonths(),
          scored.reviewIntervalMonths() == 1 ? "" : "s");
    }
    System.out.println(overdue + " overdue, " + dueThisMonth + " due this month;"
        + " risks of 15 and above are reviewed at least monthly (004 §4.4)");
  }

  private static Risk risk(String id, String org, String title, int likelihood, int consequence,
      LocalDate lastReviewed) {
    return Risk.builder()
        .id(RiskId.of(id)).provider(OrganisationCode.of(org)).title(title)
        .domain(QualityDomain.SAFE).owner("Deputy Chief Nurse")
        .likelihood(likelihood).consequence(consequence)
        .lastReviewed(lastReviewed)
        .build();
  }
}
