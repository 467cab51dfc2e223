/**
 * Serious incidents and their learning responses: when the provider's response is due and
 * received, the commissioner's review of it, and the sign-off of its action plan.
 *
 * <p><b>Implements:</b> 002 QAF ¶40-41 (the commissioner reviews the root cause analysis of every
 * serious incident; action plans are monitored and signed off at the SI review panel); 001 §6.8
 * (learning from serious incidents and never events is contractual); 004 §3.4 (PSIRF).
 */
@NullMarked
package org.qsurv.model.incident;

import org.jspecify.annotations.NullMarked;
