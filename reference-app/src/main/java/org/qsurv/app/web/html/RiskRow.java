package org.qsurv.app.web.html;

import java.util.Objects;
import org.qsurv.model.risk.Risk;
import org.qsurv.scoring.risk.ScoredRisk;

/**
 * A risk of the register as a page shows it: the risk as recorded and as scored today (NPSA 2008
 * 5x5, with its trend and next review).
 *
 * @param risk the risk as recorded
 * @param scored the risk as scored on the page's date
 * @since 1.0.0
 */
public record RiskRow(Risk risk, ScoredRisk scored) {
  /** Checks that both parts are present. */
  public RiskRow {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(scored, "scored");
  }
}
