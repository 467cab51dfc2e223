/**
 * The one Jackson configuration for qsurv values ({@link org.qsurv.model.json.QsurvJson#mapper()}):
 * ISO dates, Guava collections, {@code Optional}, and the exact enum spellings of the exchange
 * format. It maps values to and from JSON trees and strings; it never opens a file or a stream.
 *
 * <p><b>Implements:</b> the JSON conventions of docs/SNAPSHOT.md, and policy as data: every
 * {@code ...Policy} is loadable through this mapper.
 */
@NullMarked
package org.qsurv.model.json;

import org.jspecify.annotations.NullMarked;
