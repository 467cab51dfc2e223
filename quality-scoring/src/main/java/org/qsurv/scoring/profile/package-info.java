/**
 * The quality risk profile of a provider by domain and the recommended level of surveillance,
 * urgent or not, with its reasons (003 §5.2.3 and Appendix 1; DOMAIN.md §6). A recommendation
 * advises; it never changes a level.
 */
package org.qsurv.scoring.profile;
