/**
 * NHS England's steps (intelligence-sharing calls, single-item QSGs, risk summits, the Quality Risk
 * Profile; 003 §5.2.3 a, Appendix 1 and 2) and the contractual levers of 001 §7.3.
 */
package org.qsurv.escalation.levers;
