/**
 * jqwik generators of the quality model's values and snapshots, and a fuzzer of snapshot
 * documents, for properties against an integration: whatever an ICB system does with a snapshot
 * (store it, evaluate it, show it) can be checked for every snapshot the model allows, not only
 * for the few an author thought of.
 */
@NullMarked
package org.qsurv.testing.model;

import org.jspecify.annotations.NullMarked;
