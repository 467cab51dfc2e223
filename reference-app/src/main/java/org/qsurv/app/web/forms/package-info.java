/**
 * The web application's write paths for the 1.1 data, as small services apart from the pages:
 * triaging intelligence, recording and completing improvement-plan actions, adding a system risk,
 * and the meeting a decision was taken at. Each reads a submitted form, reports every refused
 * field with its value ({@link org.qsurv.app.web.forms.FormResult.Refused}), and writes through
 * the ports only when every field is accepted: a refused form changes nothing. Who may submit is
 * the route table's business ({@code QsurvRoutes}), checked before any of this runs. Every form
 * and filter of the application reads its dates, choices and numbers through {@link
 * org.qsurv.app.web.forms.FieldValues}, so a refusal reads the same wherever it is made.
 */
package org.qsurv.app.web.forms;
