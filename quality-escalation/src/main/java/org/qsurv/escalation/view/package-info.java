/**
 * Read models: the surveillance tracker (003 Appendix 1), a case's timeline, and a case as it stood
 * on any past date.
 */
package org.qsurv.escalation.view;
