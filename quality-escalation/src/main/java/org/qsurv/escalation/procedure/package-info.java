/**
 * The enhanced procedure of 003 §5.2.3 a-e, tracked step by step: the ICB quality lead, the
 * formal notice, the baseline review, key risks, feedback and responses, and the provider-owned
 * improvement plan.
 */
package org.qsurv.escalation.procedure;
