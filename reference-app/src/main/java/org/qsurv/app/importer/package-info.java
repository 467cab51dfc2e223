/**
 * Import: observations, intelligence or risks from CSV, or a whole surveillance snapshot from JSON,
 * into the reference application's database, all or nothing. {@link org.qsurv.app.importer.Importer}
 * first validates every row and reports every problem (row, column, value, reason) with nothing
 * written; only a valid import is then written, in one transaction.
 *
 * <p>An import adds records and never changes one: a row identical to what is recorded is skipped
 * (so importing the same file twice, or a snapshot that repeats last month's data, is harmless),
 * and a row that would change a recorded one is a problem.
 */
package org.qsurv.app.importer;
