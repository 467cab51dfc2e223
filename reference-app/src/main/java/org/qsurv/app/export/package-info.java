/**
 * Export: what the database holds, out again. The risk register as CSV (the layout import reads,
 * {@link org.qsurv.app.csv.RiskCsv}) or JSON with its review history, and the whole surveillance
 * snapshot as of a date in the v1 exchange format ({@link org.qsurv.app.export.StoredSnapshot}).
 * The assessment export joins them once the evaluator is wired in.
 */
package org.qsurv.app.export;
