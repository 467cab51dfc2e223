/**
 * The audit trail's hash chain (SHA-256 over each event's canonical form, linked to the event
 * before) and its verifier, which reports the first broken link.
 */
package org.qsurv.escalation.audit;
