/**
 * Commands: what people ask to do to a case. The lifecycle decisions of SNAPSHOT.md
 * ({@link org.qsurv.escalation.command.TakeDecision}), triggers, the steps of the enhanced procedure
 * (003 §5.2.3 a-e), NHS England's steps, contractual levers (001 §7.3) and corrections.
 */
package org.qsurv.escalation.command;
