package org.qsurv.scoring.profile;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The level of surveillance the evidence points to, whether it is urgent, and why (
 * SNAPSHOT.md {@code recommendation}). It advises; it never changes a level: people decide
 * (003 Appendix 1: the quality review meeting decides).
 *
 * <pre>{@code
 * Recommendation r = Recommendation.of(Level.ROUTINE, fired, concerns,
 *     RecommendationPolicy.nhsDefaults());
 * r.level();     // ENHANCED
 * r.reasons();   // ["2 triggers fired (003 §5.2.1: usually a combination) ...", ...]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
public abstract class Recommendation {
  /**
   * The level of surveillance the evidence points to. INTENSIVE only for a provider already in
   * enhanced or intensive surveillance (intensive is the last resort, 004 §4.4); from intensive it
   * is never below ENHANCED, as intensive steps down to enhanced first (a local choice:
   * docs/frameworks.md).
   */
  public abstract Level level();

  /**
   * Whether the evidence calls for urgent action: a risk summit or rapid response review may be
   * warranted (003 Appendix 2; 001 §7.2).
   */
  public abstract boolean urgent();

  /** Why, in plain English: the rule that set the level, then each trigger's reason. */
  public abstract ImmutableList<String> reasons();

  /**
   * The recommendation for a provider now at {@code current}, given the triggers that fired and
   * the triangulated concern by domain.
   */
  public static Recommendation of(Level current, List<TriggerFiring> triggers,
      List<DomainConcern> concerns, RecommendationPolicy policy) {
    List<String> reasons = new ArrayList<>();
    int fired = triggers.size();
    int summit = 0;
    boolean urgentAlone = false;
    List<String> alone = new ArrayList<>();
    for (TriggerFiring t : triggers) {
      if (t.code().riskSummitTrigger()) {
        summit++;
      }
      if (policy.urgentAlone().contains(t.code())) {
        urgentAlone = true;
      }
      if (policy.enhancedAlone().contains(t.code())) {
        alone.add(t.code().name());
      }
    }
    List<String> high = new ArrayList<>();
    for (DomainConcern c : concerns) {
      if (c.level() == ConcernLevel.HIGH) {
        high.add(c.domain().displayName() + " (" + String.join(", ", c.sources()) + ")");
      }
    }
    boolean urgent = summit >= policy.urgentSummitTriggers() || urgentAlone;
    if (summit >= policy.urgentSummitTriggers()) {
      reasons.add(summit + " risk-summit triggers fired (001 §7.2): a risk summit or rapid "
          + "response review may be needed (003 Appendix 2)");
    } else if (urgentAlone) {
      reasons.add("a trigger that local policy treats as urgent fired (003 Appendix 2)");
    }
    boolean enhanced = false;
    if (fired >= policy.enhancedTriggers()) {
      enhanced = true;
      reasons.add(fired + " triggers fired, at least the " + policy.enhancedTriggers()
          + " that recommend enhanced surveillance (003 §5.2.1: usually a combination)");
    }
    if (!alone.isEmpty()) {
      enhanced = true;
      reasons.add(String.join(", ", alone) + (alone.size() == 1 ? " recommends" : " recommend")
          + " enhanced surveillance on its own (003 Appendix 1)");
    }
    if (high.size() >= policy.enhancedHighConcernDomains()) {
      enhanced = true;
      reasons.add("intelligence corroborated across independent sources shows high concern in "
          + String.join("; ", high) + " (002 footnote 14)");
    }
    Level level;
    if (current != Level.ROUTINE && (fired >= policy.intensiveTriggers() || urgent)) {
      level = Level.INTENSIVE;
      reasons.add(0, "already in " + current.name().toLowerCase(Locale.ROOT) + " surveillance with "
          + (urgent ? "urgent concerns" : fired + " triggers (at least "
              + policy.intensiveTriggers() + ")")
          + ": intensive support may be needed (004 §4.4)");
    } else if (enhanced) {
      level = Level.ENHANCED;
    } else if (current == Level.INTENSIVE) {
      level = Level.ENHANCED;
      reasons.add("the evidence no longer recommends enhanced surveillance, but intensive "
          + "surveillance steps down to enhanced first (a local choice)");
    } else {
      level = Level.ROUTINE;
      reasons.add(fired == 0 ? "no trigger fired and no domain is of high concern: routine "
          + "monitoring (004 §4.4)" : fired + " trigger" + (fired == 1 ? "" : "s")
          + " fired, fewer than the " + policy.enhancedTriggers()
          + " that recommend enhanced surveillance: routine monitoring continues (003 §5.2.1)");
    }
    for (TriggerFiring t : triggers) {
      reasons.add(t.code() + ": " + t.reason());
    }
    return ImmutableRecommendation.builder().level(level).urgent(urgent).reasons(reasons).build();
  }
}
