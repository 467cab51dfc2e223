/**
 * The escalation policy: every local choice with its national default, loadable from JSON.
 */
package org.qsurv.escalation.policy;
