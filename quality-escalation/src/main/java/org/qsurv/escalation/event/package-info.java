/**
 * Events: what a case records, with who, when and why, in a tamper-evident chain; and their
 * JSON form for storage ({@link org.qsurv.escalation.event.CaseEventJson}).
 *
 * <p><b>Implements:</b> 003's "audit trail of actions and rationale for decisions made":
 * every event records who decided, in what role, when and why, and is sealed into a hash chain.
 */
@NullMarked
package org.qsurv.escalation.event;

import org.jspecify.annotations.NullMarked;
