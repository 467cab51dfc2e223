/**
 * Safe HTML output for the server-rendered pages: an escaping builder ({@link
 * org.qsurv.app.web.html.HtmlBuilder}, {@link org.qsurv.app.web.html.SafeHtml}), the page frame
 * ({@link org.qsurv.app.web.html.Layout}) and form helpers ({@link
 * org.qsurv.app.web.html.Forms}), in the patterns of the NHS and GOV.UK design systems and to
 * WCAG 2.2 AA. The style sheet is {@code /web/static/qsurv.css} on the class path.
 */
package org.qsurv.app.web.html;
