/**
 * Verification of the escalation audit trail: every case's event log in the
 * {@link org.qsurv.app.port.CaseStore} checked link by link (003 §5.2.3 a: records
 * "securely stored"; 003 §3: "an audit trail of actions and rationale for decisions made"). Entry
 * point: {@link org.qsurv.app.audit.AuditVerification}, which recomputes every hash with the
 * escalation module's {@code ChainVerifier}.
 */
package org.qsurv.app.audit;
