/**
 * The quality model: the shared vocabulary of qsurv as immutable, validated values, and the
 * conventions every qsurv value follows ({@link org.qsurv.model.QsurvStyle}, one Immutables style;
 * {@link org.qsurv.model.Identifier}, validated identifiers; {@link org.qsurv.model.Checks},
 * construction errors that name the field and the value).
 *
 * <p><b>Implements:</b> the sources of docs/frameworks.md as data; the subpackages follow the
 * domain: quality frameworks, organisations, indicators, intelligence, risks, surveillance levels
 * and decisions, and the v1 surveillance snapshot (docs/SNAPSHOT.md). The package does no I/O.
 */
@NullMarked
package org.qsurv.model;

import org.jspecify.annotations.NullMarked;
