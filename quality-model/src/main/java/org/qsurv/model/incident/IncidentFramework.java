package org.qsurv.model.incident;

/**
 * The national framework an incident is managed under, which names its response: a root cause
 * analysis under the Serious Incident Framework, a learning response under PSIRF.
 *
 * @since 1.0.0
 */
public enum IncidentFramework {
  /** The NHS England Serious Incident Framework (2015), with root cause analysis (002 QAF ¶39-40). */
  SI_2015,
  /** The Patient Safety Incident Response Framework, which replaced it (004 §3.4; PSIRF). */
  PSIRF
}
