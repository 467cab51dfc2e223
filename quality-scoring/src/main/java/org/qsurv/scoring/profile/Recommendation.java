package org.qsurv.scoring.profile;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;
import org.qsurv.model.QsurvStyle;
import org.qsurv.model.surveillance.Level;
import org.qsurv.scoring.triangulation.ConcernLevel;
import org.qsurv.scoring.triangulation.DomainConcern;
import org.qsurv.scoring.trigger.TriggerCode;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * The level of surveillance the evidence points to, whether it is urgent, and why
 * (SNAPSHOT.md {@code recommendation}). It advises; it never changes a level: people decide
 * (004 §4.4: enhanced is authorised by the ICB, intensive by NHS England).
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
   * enhanced or intensive surveillance (intensive is the last resort, 004 §4.4), on corroborated
   * evidence; never below the current level, as stepping down needs assurance that people judge
   * (003 Appendix 1; 003 §5.2.3 a).
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
   * the triangulated concern by domain. The rules, each with its source, are those of
   * {@link RecommendationPolicy}: a combination of triggers on at least two items, or one serious
   * trigger backed by hard evidence, advises ENHANCED (003 §5.2.1, Appendix 1); INTENSIVE and
   * urgency need corroborated evidence: at least two items, from at least two independent sources
   * one of which is hard, or with a trigger that is enough alone (004 §4.4; 001 §7.2). The advice
   * is never below the current level: stepping down needs assurance, which people judge
   * (003 Appendix 1; 003 §5.2.3 a). One item on its own never advises
   * INTENSIVE or urgency, and one soft item on its own changes nothing.
   */
  public static Recommendation of(Level current, List<TriggerFiring> triggers,
      List<DomainConcern> concerns, RecommendationPolicy policy) {
    Set<String> evidence = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    int summit = 0;
    List<String> urgentAlone = new ArrayList<>();
    List<String> standAlone = new ArrayList<>();
    List<String> enoughAlone = new ArrayList<>();
    boolean hard = false;
    for (TriggerFiring t : triggers) {
      evidence.addAll(t.evidence());
      sources.addAll(t.sources());
      hard |= t.hardEvidence();
      if (t.code().riskSummitTrigger()) {
        summit++;
      }
      if (policy.urgentAlone().contains(t.code())) {
        urgentAlone.add(t.code() + " (" + String.join(", ", t.evidence()) + ")");
      }
      if (policy.enhancedAlone().contains(t.code()) && t.hardEvidence()) {
        standAlone.add(t.code() + " (" + String.join(", ", t.evidence()) + ")");
      }
      if (policy.corroboratedAlone().contains(t.code())) {
        enoughAlone.add(t.code().name());
      }
    }
    int fired = triggers.size();
    boolean several = evidence.size() >= 2;
    // Two things people say are not corroboration on their own: one source must be hard.
    boolean independent = sources.size() >= policy.corroboratingSources() && hard;
    boolean corroborated = several && (independent || !enoughAlone.isEmpty());
    String ids = String.join(", ", evidence);
    String corroboration = independent
        ? evidence.size() + " items (" + ids + ") from " + sources.size() + " independent sources ("
            + String.join(", ", sources) + "), with hard evidence"
        : evidence.size() + " items (" + ids + ") of " + String.join(", ", enoughAlone)
            + ", which is enough alone";

    List<String> reasons = new ArrayList<>();
    boolean urgent = false;
    if (corroborated && summit >= policy.urgentSummitTriggers()) {
      urgent = true;
      reasons.add(summitTriggers(summit) + " fired (001 §7.2) on " + corroboration
          + ": a risk summit or rapid response review may be needed (003 Appendix 2)");
    } else if (corroborated && !urgentAlone.isEmpty()) {
      urgent = true;
      reasons.add(String.join(", ", urgentAlone) + ": local policy treats it as urgent, on "
          + corroboration + " (003 Appendix 2)");
    }
    boolean enhanced = false;
    if (fired >= policy.enhancedTriggers() && several) {
      enhanced = true;
      reasons.add(fired + " triggers fired on " + evidence.size() + " items (" + ids
          + "), at least the " + policy.enhancedTriggers() + " that recommend enhanced surveillance"
          + " (003 §5.2.1: usually a combination)");
    } else if (!standAlone.isEmpty()) {
      enhanced = true;
      reasons.add(String.join(", ", standAlone) + " may place the provider in enhanced "
          + "surveillance pending a quality review meeting on its own (003 Appendix 1)");
    }
    List<String> high = new ArrayList<>();
    for (DomainConcern c : concerns) {
      if (c.level() == ConcernLevel.HIGH) {
        high.add(c.domain().displayName() + " (" + String.join(", ", c.evidence()) + " from "
            + String.join(", ", c.sources()) + ")");
      }
    }
    if (high.size() >= policy.enhancedHighConcernDomains()) {
      enhanced = true;
      reasons.add("intelligence corroborated across independent sources shows high concern in "
          + String.join("; ", high) + " (002 footnote 14: triangulation)");
    }
    Level level;
    if (current != Level.ROUTINE && corroborated
        && (fired >= policy.intensiveTriggers() || urgent)) {
      level = Level.INTENSIVE;
      reasons.add(0, "already in " + current.name().toLowerCase(Locale.ROOT) + " surveillance with "
          + (urgent ? "urgent concerns" : fired + " triggers (at least "
              + policy.intensiveTriggers() + ")")
          + " corroborated by " + corroboration + ": intensive support may be needed (004 §4.4)");
    } else if (current == Level.INTENSIVE) {
      level = Level.INTENSIVE;
      reasons.add("already in intensive surveillance: " + (enhanced
          ? "the evidence (" + ids + ") still calls for at least enhanced surveillance; "
          : fired == 0 ? "no trigger fired and no domain is of high concern, but "
          : fired + " trigger" + (fired == 1 ? "" : "s") + " on " + items(evidence, ids)
              + (fired == 1 ? " no longer calls" : " no longer call")
              + " for enhanced surveillance, but ")
          + "stepping down to enhanced needs assurance gained and sustained for three months "
          + "(003 Appendix 1), which people judge");
    } else if (enhanced) {
      level = Level.ENHANCED;
    } else if (current == Level.ENHANCED) {
      level = Level.ENHANCED;
      reasons.add("already in enhanced surveillance: " + (fired == 0
          ? "no trigger fired and no domain is of high concern"
          : fired + " trigger" + (fired == 1 ? "" : "s") + " on " + items(evidence, ids)
              + (fired == 1 ? " does" : " do")
              + " not make the combination that places a provider in enhanced surveillance")
          + "; stepping down to routine needs assurance gained and sustained for three months "
          + "(003 Appendix 1) or gained at an NHS England-led meeting (003 §5.2.3 a), which "
          + "people judge");
    } else {
      level = Level.ROUTINE;
      reasons.add(fired == 0 ? "no trigger fired and no domain is of high concern: routine "
          + "monitoring (004 §4.4)" : fired + " trigger" + (fired == 1 ? "" : "s") + " on "
          + items(evidence, ids) + (fired == 1 ? " does" : " do") + " not make the combination"
          + " that recommends enhanced surveillance: routine monitoring continues (003 §5.2.1)");
    }
    if (!urgent && summit >= policy.urgentSummitTriggers()) {
      reasons.add(summitTriggers(summit) + " fired (001 §7.2) on " + items(evidence, ids)
          + ", but not on corroborated evidence (two items from " + policy.corroboratingSources()
          + " independent sources, one of them hard): not urgent");
    }
    for (TriggerFiring t : triggers) {
      reasons.add(t.described());
    }
    return ImmutableRecommendation.builder().level(level).urgent(urgent).reasons(reasons).build();
  }

  private static String summitTriggers(int n) {
    return n + (n == 1 ? " risk-summit trigger" : " risk-summit triggers");
  }

  private static String items(Set<String> evidence, String ids) {
    return evidence.size() + (evidence.size() == 1 ? " item (" : " items (") + ids + ")";
  }
}
