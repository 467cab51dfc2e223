/**
 * Every local choice in quality scoring as one validated, JSON-loadable value with national
 * defaults ({@link org.qsurv.scoring.policy.ScoringPolicy#nhsDefaults()}).
 */
package org.qsurv.scoring.policy;
