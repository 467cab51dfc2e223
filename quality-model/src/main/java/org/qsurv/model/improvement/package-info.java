/**
 * Improvement-plan actions: what a provider has agreed to do, by when (003 §5.2.3 e).
 *
 * <p><b>Implements:</b> 003 §5.2.1 "failure of existing plans to demonstrate improvement", made
 * visible as actions not completed by their due date.
 */
package org.qsurv.model.improvement;
