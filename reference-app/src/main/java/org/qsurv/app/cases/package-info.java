/**
 * The escalation cases of the reference application: {@code quality-escalation}'s event-sourced
 * {@code SurveillanceCase} over the {@link org.qsurv.app.port.CaseStore} port, one hash-chained
 * event log per provider (003 §5.2.3; 003 §3). Every decision and procedure step enters
 * through {@link org.qsurv.app.cases.SurveillanceCases}; {@link org.qsurv.app.cases.CaseDecisions}
 * reads the decisions back from the logs.
 */
package org.qsurv.app.cases;
