package org.qsurv.escalation.event;

/**
 * What an event of a surveillance case says happened: a decision taken, a trigger accepted, a step
 * of the enhanced procedure, an NHS England step, a contractual lever, a correction. Each kind is
 * one {@link FactType}; who, when and why are on the {@link CaseEvent} that carries the fact.
 *
 * @since 0.1.0
 */
public interface CaseFact {
  /** The kind of fact: the {@code type} of the event in JSON. */
  FactType type();
}
