/**
 * Scores the providers of a surveillance snapshot (SNAPSHOT.md, the assessment without the
 * escalation fields): {@link org.qsurv.scoring.assessment.QualityScoring} gives each provider's
 * {@link org.qsurv.scoring.assessment.QualityAssessment}.
 */
package org.qsurv.scoring.assessment;
