/**
 * Scores the providers of a surveillance snapshot (SNAPSHOT.md, the assessment without the
 * escalation fields): {@link org.qsurv.scoring.assessment.QualityScoring} gives each provider's
 * {@link org.qsurv.scoring.assessment.QualityAssessment}.
 *
 * <p><b>Implements:</b> routine monitoring, intelligence, risks and levels together, as
 * docs/SNAPSHOT.md's assessment: the contract of {@code qsurv.jar evaluate}, through
 * {@link org.qsurv.scoring.assessment.SnapshotEvaluator} and
 * {@link org.qsurv.scoring.assessment.AssessmentWriter}; findings such as overdue reviews (004
 * §4.4), missing returns (003 §5.1.2) and the Quality Premium gateway (003 §4.2).
 */
package org.qsurv.scoring.assessment;
