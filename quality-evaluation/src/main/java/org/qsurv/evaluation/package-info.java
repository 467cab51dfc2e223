/**
 * Where scoring and escalation meet: {@link org.qsurv.evaluation.SnapshotEvaluator} evaluates a
 * surveillance snapshot into its assessment (docs/SNAPSHOT.md, the contract of
 * {@code qsurv.jar evaluate}) by replaying each provider's decisions through quality-escalation's
 * lifecycle and scoring the provider with quality-scoring at the level they leave it.
 *
 * <p>quality-scoring and quality-escalation are siblings over quality-model and never depend on
 * each other; this module is the one place that joins them.
 */
@NullMarked
package org.qsurv.evaluation;

import org.jspecify.annotations.NullMarked;
