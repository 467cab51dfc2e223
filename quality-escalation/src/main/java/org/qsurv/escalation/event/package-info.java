/**
 * Events: what a case records, with who, when and why, in a tamper-evident chain; and their
 * JSON form for storage ({@link org.qsurv.escalation.event.CaseEventJson}).
 */
package org.qsurv.escalation.event;
