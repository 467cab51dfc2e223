/**
 * Comma-separated values as the reference application reads and writes them: RFC 4180 (fields
 * quoted with {@code "} when they hold a comma, a quote or a line break; a quote inside doubled),
 * UTF-8, an optional byte-order mark (as Excel writes), a header row naming the columns.
 */
package org.qsurv.app.csv;
