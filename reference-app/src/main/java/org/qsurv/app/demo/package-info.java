/**
 * The demo data set: deterministic synthetic surveillance data for one integrated care system the
 * size of Somerset, with the stories of the source frameworks told in its numbers, intelligence,
 * risks and decisions. Every organisation, person and event in it is fictional; no real patient or
 * staff data is used. Entry point: {@link org.qsurv.app.demo.DemoDataSet}.
 */
package org.qsurv.app.demo;
