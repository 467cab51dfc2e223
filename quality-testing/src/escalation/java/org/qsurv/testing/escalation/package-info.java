/**
 * jqwik generators of the escalation lifecycle: commands of every kind, case files, logs and
 * action chains, for properties against a store or a view of surveillance cases, which must keep
 * whatever sequence of decisions the case accepts.
 */
@NullMarked
package org.qsurv.testing.escalation;

import org.jspecify.annotations.NullMarked;
