package org.qsurv.app.report;

import java.util.Objects;
import org.qsurv.evaluation.PolicyProfile;
import java.util.Set;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.snapshot.Snapshot;
import org.qsurv.scoring.assessment.Assessment;
import org.qsurv.scoring.report.GovernanceReports;
import org.qsurv.scoring.report.IconSummaryMatrix;

/**
 * The board pack: the bi-monthly service area report (004 §4.4) with the area's icon summary
 * matrix as its first page (MDC summary table), both made from one snapshot and its assessment,
 * so that both are of the same date and the same data.
 *
 * @param matrix the first page: providers down, indicators across, the icons in words
 * @param report the service area report that follows it
 */
public record BoardPack(IconSummaryMatrix matrix, ReportDocument report) {
  /** Checks that both parts are present and of the same date. */
  public BoardPack {
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(report, "report");
    if (!matrix.asOf().equals(report.asOf())) {
      throw new IllegalArgumentException("the matrix is as of " + matrix.asOf()
          + " but the report as of " + report.asOf());
    }
  }

  /**
   * This pack with its report saying the policy profile it was evaluated under ({@link
   * ReportDocument#under}).
   *
   * @since 1.1.0
   */
  public BoardPack under(PolicyProfile profile) {
    return new BoardPack(matrix, report.under(profile));
  }

  /**
   * The pack of the providers of {@code kinds} in {@code snapshot}, evaluated as
   * {@code assessment} (of the snapshot's date), covering {@code months} months.
   */
  public static BoardPack of(String area, Set<ProviderKind> kinds, Snapshot snapshot,
      Assessment assessment, int months) {
    return new BoardPack(IconSummaryMatrix.of(area, kinds, snapshot, assessment,
        IconSummaryMatrix.Order.CONCERNING_CELLS), ReportDocuments.of(
            GovernanceReports.serviceArea(area, kinds, snapshot, assessment, months)));
  }
}
