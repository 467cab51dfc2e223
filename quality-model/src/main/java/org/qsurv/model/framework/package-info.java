/**
 * Quality frameworks as data: a named set of domains, with mappings between frameworks, so that an
 * ICB reports by whichever its board uses ({@link org.qsurv.model.framework.Frameworks}).
 *
 * <p><b>Implements:</b> Darzi, <em>High Quality Care for All</em> (Darzi 2008, every
 * seed); the National Quality Board's <em>Shared Commitment to Quality</em> (2016; 004 §2.4, 003
 * §5.1.1), whose six domains are the common language ({@link
 * org.qsurv.model.framework.QualityDomain}); the CQC key questions (004 §3.2); the GP balanced
 * scorecard (001 §5.5.1).
 */
@NullMarked
package org.qsurv.model.framework;

import org.jspecify.annotations.NullMarked;
