package org.qsurv.escalation.view;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.procedure.ProcedureStep;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Level;

/**
 * One provider's line on the surveillance tracker: its level and since when, its ICB quality lead,
 * the furthest step of the enhanced procedure, its open improvement plan actions and those overdue
 * (003 Appendix 1: "All providers that are within enhanced will be entered onto the surveillance
 * tracker and actions recorded").
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class TrackerEntry {
  /** The provider: its ODS code or CQC location id. */
  public abstract OrganisationCode provider();

  /** Its level of surveillance: enhanced or intensive, as the tracker lists only those. */
  public abstract Level level();

  /** Whether it is in enhanced surveillance pending its quality review meeting (003 Appendix 1). */
  public abstract boolean pendingReview();

  /** The date of the decision that set its current level. */
  public abstract LocalDate levelSince();

  /** The named ICB quality lead; empty until the first procedure step. */
  public abstract Optional<String> lead();

  /** The furthest step of the enhanced procedure started; empty before the lead is named. */
  public abstract Optional<ProcedureStep> step();

  /** The improvement plan actions neither signed off nor closed. */
  public abstract ImmutableList<PlanAction> openActions();

  /** The open actions past their due date on the tracker's date. */
  public abstract ImmutableList<PlanAction> overdueActions();

  /** The first day a step down is allowed, while assurance stands. */
  public abstract Optional<LocalDate> sustainedAssuranceUntil();
}
