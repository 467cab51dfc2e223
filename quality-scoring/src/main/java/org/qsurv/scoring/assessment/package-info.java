/**
 * Scores the providers of a surveillance snapshot (docs/SNAPSHOT.md, the assessment without the
 * escalation fields): {@link org.qsurv.scoring.assessment.QualityScoring} gives each provider's
 * {@link org.qsurv.scoring.assessment.QualityAssessment}.
 *
 * <p><b>Implements:</b> the indicator (MDC), risk (NPSA 2008; 004 §4.4), trigger (003 §5.2.1) and
 * triangulation rules together, as docs/SNAPSHOT.md's assessment: the contract of
 * {@code qsurv.jar evaluate}, written by {@link org.qsurv.scoring.assessment.AssessmentWriter}
 * (quality-evaluation's {@code SnapshotEvaluator} adds the escalation fields); findings such as
 * overdue reviews (004 §4.4), missing returns (001 §7.3) and the Quality Premium gateway (003
 * §4.2).
 */
@NullMarked
package org.qsurv.scoring.assessment;

import org.jspecify.annotations.NullMarked;
