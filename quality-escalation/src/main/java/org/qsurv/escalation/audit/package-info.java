/**
 * The audit trail's hash chain (SHA-256 over each event's canonical form, linked to the event
 * before) and its verifier, which reports the first broken link.
 *
 * <p><b>Implements:</b> 003 §3, "an audit trail of actions and rationale for decisions
 * made", and 003 §5.2.3 a (records kept securely): nothing recorded is ever changed, and any change
 * to a stored log is detected.
 */
@NullMarked
package org.qsurv.escalation.audit;

import org.jspecify.annotations.NullMarked;
