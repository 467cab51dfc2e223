package org.qsurv.examples;

import java.time.LocalDate;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;
import org.qsurv.scoring.risk.RiskReviewPolicy;
import org.qsurv.scoring.risk.ScoredRisk;

/** The README's quick start: one risk scored on the 5x5 matrix and its review date (004 §4.4). */
public final class QuickStart {
  public static void main(String[] args) {
    Risk staffing = Risk.builder()
        .id(RiskId.of("R-1")).provider(OrganisationCode.of("RH5"))
        .title("Night staffing below safe levels").domain(QualityDomain.SAFE)
        .owner("Deputy Chief Nurse").likelihood(4).consequence(4)
        .lastReviewed(LocalDate.of(2025, 5, 20))
        .build();
    ScoredRisk scored = ScoredRisk.of(staffing, LocalDate.of(2025, 7, 1),
        RiskReviewPolicy.nhsDefaults());
    System.out.println(staffing.title() + ": " + scored.score() + " " + scored.rating()
        + ", review due " + scored.nextReviewDue() + (scored.overdue() ? ", OVERDUE" : ""));
  }
}
