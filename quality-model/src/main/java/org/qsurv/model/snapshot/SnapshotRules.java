package org.qsurv.model.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.qsurv.model.contract.ContractMeeting;
import org.qsurv.model.improvement.ActionId;
import org.qsurv.model.improvement.ImprovementAction;
import org.qsurv.model.incident.IncidentId;
import org.qsurv.model.incident.SeriousIncident;
import org.qsurv.model.indicator.IndicatorAnnotation;
import org.qsurv.model.indicator.IndicatorDefinition;
import org.qsurv.model.indicator.IndicatorId;
import org.qsurv.model.indicator.LimitsRecalculation;
import org.qsurv.model.indicator.Observation;
import org.qsurv.model.indicator.Period;
import org.qsurv.model.intelligence.IntelligenceItem;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.regulation.RegulatorRating;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.surveillance.Decision;
import org.qsurv.model.surveillance.DeepDive;
import org.qsurv.model.visit.QualityVisit;

/**
 * The rules that hold across a snapshot's parts (SNAPSHOT.md): unique ids, references that
 * resolve, periods of the indicator's frequency, one observation per provider, indicator and period,
 * and decision dates that do not go backwards for a provider. One implementation serves both
 * {@link Snapshot#check()} and {@link SnapshotReader}; the lists may hold {@code null} where the
 * reader could not parse an element, so that paths keep their array indices.
 */
final class SnapshotRules {
  private SnapshotRules() {}

  static List<SnapshotProblem> check(
      List<Provider> providers,
      List<IndicatorDefinition> indicators,
      List<Observation> observations,
      List<IntelligenceItem> intelligence,
      List<Risk> risks,
      List<Decision> decisions,
      List<ImprovementAction> actions) {
    return check(providers, indicators, observations, intelligence, risks, decisions, actions,
        code -> false, id -> false);
  }

  /**
   * As {@link #check(List, List, List, List, List, List, List)}, where {@code unreadProviders} and
   * {@code unreadIndicators} hold for the codes and ids of elements that are in the document but
   * did not parse (their own problems are already reported): a reference to one of them is not
   * also reported as unknown, which would be a false second problem.
   */
  static List<SnapshotProblem> check(
      List<Provider> providers,
      List<IndicatorDefinition> indicators,
      List<Observation> observations,
      List<IntelligenceItem> intelligence,
      List<Risk> risks,
      List<Decision> decisions,
      List<ImprovementAction> actions,
      Predicate<OrganisationCode> unreadProviders,
      Predicate<IndicatorId> unreadIndicators) {
    List<SnapshotProblem> problems = new ArrayList<>();
    Map<OrganisationCode, Integer> providerIndex =
        uniqueIds(providers, "providers", "code", Provider::code, problems);
    Map<IndicatorId, Integer> indicatorIndex =
        uniqueIds(indicators, "indicators", "id", IndicatorDefinition::id, problems);
    uniqueIds(intelligence, "intelligence", "id", IntelligenceItem::id, problems);
    uniqueIds(risks, "risks", "id", Risk::id, problems);
    uniqueIds(actions, "actions", "id", ImprovementAction::id, problems);

    for (int i = 0; i < intelligence.size(); i++) {
      IntelligenceItem item = intelligence.get(i);
      if (item != null) {
        knownProvider(item.provider(), "$.intelligence[" + i + "].provider", providerIndex,
            unreadProviders, problems);
      }
    }
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      if (risk != null && risk.provider().isPresent()) {
        knownProvider(risk.provider().get(), "$.risks[" + i + "].provider", providerIndex,
            unreadProviders, problems);
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      ImprovementAction action = actions.get(i);
      if (action != null) {
        knownProvider(action.provider(), "$.actions[" + i + "].provider", providerIndex,
            unreadProviders, problems);
      }
    }
    checkObservations(observations, providerIndex, indicatorIndex, indicators, unreadProviders,
        unreadIndicators, problems);
    checkDecisions(decisions, providerIndex, unreadProviders, problems);
    Collections.sort(problems, (a, b) -> comparePaths(a.path(), b.path()));
    return problems;
  }

  /**
   * The rules across the workflow arrays of format 1.1 (SNAPSHOT.md): unique rating, visit,
   * incident, meeting, meeting-action and deep dive ids; references to known providers; no two ratings of a
   * provider published on the same date (the latest must be one rating, whatever the order); and
   * an intelligence item's {@code incident} naming an incident of the same provider, so that the
   * event is counted once. Lists may hold {@code null} for elements that did not parse; a
   * reference to a provider or incident that is in the document but did not parse
   * ({@code unreadProviders}, {@code unreadIncidents}) is not reported again.
   */
  static List<SnapshotProblem> checkWorkflows(
      List<Provider> providers,
      List<IntelligenceItem> intelligence,
      List<RegulatorRating> ratings,
      List<QualityVisit> visits,
      List<SeriousIncident> incidents,
      List<ContractMeeting> meetings,
      List<DeepDive> deepDives,
      Predicate<OrganisationCode> unreadProviders,
      Predicate<IncidentId> unreadIncidents) {
    List<SnapshotProblem> problems = new ArrayList<>();
    Map<OrganisationCode, Integer> providerIndex = new HashMap<>();
    for (int i = 0; i < providers.size(); i++) {
      if (providers.get(i) != null) {
        providerIndex.putIfAbsent(providers.get(i).code(), i);
      }
    }
    uniqueIds(ratings, "ratings", "id", RegulatorRating::id, problems);
    uniqueIds(visits, "visits", "id", QualityVisit::id, problems);
    Map<IncidentId, Integer> incidentIndex =
        uniqueIds(incidents, "incidents", "id", SeriousIncident::id, problems);
    uniqueIds(meetings, "meetings", "id", ContractMeeting::id, problems);
    uniqueIds(deepDives, "deepDives", "id", DeepDive::id, problems);
    for (int i = 0; i < deepDives.size(); i++) {
      DeepDive d = deepDives.get(i);
      if (d != null) {
        knownProvider(d.provider(), "$.deepDives[" + i + "].provider", providerIndex,
            unreadProviders, problems);
      }
    }

    Map<String, Integer> ratingDays = new HashMap<>();
    for (int i = 0; i < ratings.size(); i++) {
      RegulatorRating r = ratings.get(i);
      if (r == null || !knownProvider(r.provider(), "$.ratings[" + i + "].provider", providerIndex,
          unreadProviders, problems)) {
        continue;
      }
      Integer first = ratingDays.putIfAbsent(r.provider() + " " + r.published(), i);
      if (first != null) {
        problems.add(SnapshotProblem.at("$.ratings[" + i + "].published", "\"" + r.published()
            + "\" is also the date of $.ratings[" + first + "] for " + r.provider()
            + ": which is the latest rating would depend on the order of the file"));
      }
    }
    for (int i = 0; i < visits.size(); i++) {
      QualityVisit v = visits.get(i);
      if (v != null) {
        knownProvider(v.provider(), "$.visits[" + i + "].provider", providerIndex, unreadProviders,
            problems);
      }
    }
    for (int i = 0; i < incidents.size(); i++) {
      SeriousIncident s = incidents.get(i);
      if (s != null) {
        knownProvider(s.provider(), "$.incidents[" + i + "].provider", providerIndex,
            unreadProviders, problems);
      }
    }
    Map<ActionId, String> actionIds = new HashMap<>();
    for (int i = 0; i < meetings.size(); i++) {
      ContractMeeting m = meetings.get(i);
      if (m == null) {
        continue;
      }
      knownProvider(m.provider(), "$.meetings[" + i + "].provider", providerIndex,
          unreadProviders, problems);
      for (int j = 0; j < m.actions().size(); j++) {
        String path = "$.meetings[" + i + "].actions[" + j + "].id";
        String first = actionIds.putIfAbsent(m.actions().get(j).id(), path);
        if (first != null) {
          problems.add(SnapshotProblem.at(path, "\"" + m.actions().get(j).id()
              + "\" is a duplicate of " + first));
        }
      }
    }
    for (int i = 0; i < intelligence.size(); i++) {
      IntelligenceItem item = intelligence.get(i);
      if (item == null || item.incident().isEmpty()) {
        continue;
      }
      String path = "$.intelligence[" + i + "].incident";
      Integer at = incidentIndex.get(item.incident().get());
      if (at == null) {
        if (!unreadIncidents.test(item.incident().get())) {
          problems.add(SnapshotProblem.at(path, "\"" + item.incident().get()
              + "\" is not an incident in this snapshot"));
        }
      } else if (!incidents.get(at).provider().equals(item.provider())) {
        problems.add(SnapshotProblem.at(path, "\"" + item.incident().get() + "\" is an incident of "
            + incidents.get(at).provider() + ", not of " + item.provider()));
      }
    }
    Collections.sort(problems, (a, b) -> comparePaths(a.path(), b.path()));
    return problems;
  }

  /**
   * The rules across the chart arrays of format 1.1 (SNAPSHOT.md {@code recalculations} and
   * {@code annotations}): each names a known provider and indicator; a recalculation's
   * {@code from} and an annotation's {@code period} are of the indicator's frequency; and no
   * series is recalculated twice from the same period, as two reasons for one step change would
   * leave the assessment unable to say which was recorded. Lists may hold {@code null} for
   * elements that did not parse; references to elements present but unread are not reported
   * again.
   */
  static List<SnapshotProblem> checkCharts(
      List<Provider> providers,
      List<IndicatorDefinition> indicators,
      List<LimitsRecalculation> recalculations,
      List<IndicatorAnnotation> annotations,
      Predicate<OrganisationCode> unreadProviders,
      Predicate<IndicatorId> unreadIndicators) {
    List<SnapshotProblem> problems = new ArrayList<>();
    if (recalculations.isEmpty() && annotations.isEmpty()) {
      return problems;
    }
    Map<OrganisationCode, Integer> providerIndex = new HashMap<>();
    for (int i = 0; i < providers.size(); i++) {
      if (providers.get(i) != null) {
        providerIndex.putIfAbsent(providers.get(i).code(), i);
      }
    }
    Map<IndicatorId, IndicatorDefinition> indicatorById = new HashMap<>();
    for (IndicatorDefinition d : indicators) {
      if (d != null) {
        indicatorById.putIfAbsent(d.id(), d);
      }
    }
    Map<String, Integer> steps = new HashMap<>();
    for (int i = 0; i < recalculations.size(); i++) {
      LimitsRecalculation r = recalculations.get(i);
      if (r == null) {
        continue;
      }
      String path = "$.recalculations[" + i + "]";
      boolean known = knownProvider(r.provider(), path + ".provider", providerIndex,
          unreadProviders, problems);
      known &= knownIndicator(r.indicator(), r.from(), path, "from", indicatorById,
          unreadIndicators, problems);
      if (known) {
        Integer first = steps.putIfAbsent(r.provider() + " " + r.indicator() + " " + r.from(), i);
        if (first != null) {
          problems.add(SnapshotProblem.at(path + ".from", "\"" + r.from() + "\" is also the"
              + " period of $.recalculations[" + first + "] for " + r.provider() + " and "
              + r.indicator() + ": a series is recalculated once from a period, with one reason"));
        }
      }
    }
    for (int i = 0; i < annotations.size(); i++) {
      IndicatorAnnotation a = annotations.get(i);
      if (a == null) {
        continue;
      }
      String path = "$.annotations[" + i + "]";
      knownProvider(a.provider(), path + ".provider", providerIndex, unreadProviders, problems);
      knownIndicator(a.indicator(), a.period().orElse(null), path, "period", indicatorById,
          unreadIndicators, problems);
    }
    Collections.sort(problems, (a, b) -> comparePaths(a.path(), b.path()));
    return problems;
  }

  /**
   * Whether {@code indicator} is known (or present but unread) and {@code period}, when given, is
   * of its frequency; reports at {@code path.indicator} or {@code path.field} otherwise.
   */
  private static boolean knownIndicator(IndicatorId indicator, Period period, String path,
      String field, Map<IndicatorId, IndicatorDefinition> indicatorById,
      Predicate<IndicatorId> unreadIndicators, List<SnapshotProblem> problems) {
    IndicatorDefinition definition = indicatorById.get(indicator);
    if (definition == null) {
      if (!unreadIndicators.test(indicator)) {
        problems.add(SnapshotProblem.at(path + ".indicator",
            "\"" + indicator + "\" is not an indicator in this snapshot"));
      }
      return false;
    }
    if (period != null && period.frequency() != definition.frequency()) {
      problems.add(SnapshotProblem.at(path + "." + field, "\"" + period + "\" is a "
          + period.frequency() + " period but indicator " + indicator + " is "
          + definition.frequency()));
      return false;
    }
    return true;
  }

  private interface Key<T, K> {
    K of(T t);
  }

  private static <T, K> Map<K, Integer> uniqueIds(
      List<T> items, String array, String field, Key<T, K> key, List<SnapshotProblem> problems) {
    Map<K, Integer> index = new HashMap<>(items.size() * 2);
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        continue;
      }
      K k = key.of(item);
      Integer first = index.putIfAbsent(k, i);
      if (first != null) {
        problems.add(SnapshotProblem.at("$." + array + "[" + i + "]." + field,
            "\"" + k + "\" is a duplicate of $." + array + "[" + first + "]." + field));
      }
    }
    return index;
  }

  private static boolean knownProvider(OrganisationCode code, String path,
      Map<OrganisationCode, Integer> providerIndex, Predicate<OrganisationCode> unreadProviders,
      List<SnapshotProblem> problems) {
    if (providerIndex.containsKey(code) || unreadProviders.test(code)) {
      return true;
    }
    problems.add(SnapshotProblem.at(path, "\"" + code + "\" is not a provider in this snapshot"));
    return false;
  }

  private static void checkObservations(List<Observation> observations,
      Map<OrganisationCode, Integer> providerIndex, Map<IndicatorId, Integer> indicatorIndex,
      List<IndicatorDefinition> indicators, Predicate<OrganisationCode> unreadProviders,
      Predicate<IndicatorId> unreadIndicators, List<SnapshotProblem> problems) {
    // One packed key per resolvable observation: provider index, indicator index, period ordinal.
    // Sorting a long[] finds duplicates in a few seconds even at national scale (36 million).
    long[] keys = new long[observations.size()];
    int n = 0;
    boolean packable = providerIndex.size() < (1 << 21) && indicatorIndex.size() < (1 << 16);
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o == null) {
        continue;
      }
      String path = "$.observations[" + i + "]";
      Integer p = providerIndex.get(o.provider());
      if (p == null && !unreadProviders.test(o.provider())) {
        problems.add(SnapshotProblem.at(path + ".provider",
            "\"" + o.provider() + "\" is not a provider in this snapshot"));
      }
      Integer ind = indicatorIndex.get(o.indicator());
      if (ind == null && unreadIndicators.test(o.indicator())) {
        continue;
      } else if (ind == null) {
        problems.add(SnapshotProblem.at(path + ".indicator",
            "\"" + o.indicator() + "\" is not an indicator in this snapshot"));
      } else if (indicators.get(ind).frequency() != o.period().frequency()) {
        problems.add(SnapshotProblem.at(path + ".period", "\"" + o.period() + "\" is a "
            + o.period().frequency() + " period but indicator " + o.indicator() + " is "
            + indicators.get(ind).frequency()));
        ind = null;
      }
      if (p != null && ind != null && packable) {
        keys[n++] = pack(p, ind, o.period().ordinal());
      }
    }
    long[] sorted = Arrays.copyOf(keys, n);
    Arrays.sort(sorted);
    Set<Long> duplicated = new HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        duplicated.add(sorted[i]);
      }
    }
    if (duplicated.isEmpty()) {
      return;
    }
    Map<Long, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o == null) {
        continue;
      }
      Integer p = providerIndex.get(o.provider());
      Integer ind = indicatorIndex.get(o.indicator());
      if (p == null || ind == null) {
        continue;
      }
      long key = pack(p, ind, o.period().ordinal());
      if (duplicated.contains(key)) {
        Integer first = firstAt.putIfAbsent(key, i);
        if (first != null) {
          problems.add(SnapshotProblem.at("$.observations[" + i + "]", "a second observation for "
              + "provider " + o.provider() + ", indicator " + o.indicator() + ", period "
              + o.period() + " (the first is $.observations[" + first + "])"));
        }
      }
    }
  }

  private static long pack(int provider, int indicator, int periodOrdinal) {
    return ((long) provider << 38) | ((long) indicator << 20) | periodOrdinal;
  }

  private static void checkDecisions(List<Decision> decisions,
      Map<OrganisationCode, Integer> providerIndex, Predicate<OrganisationCode> unreadProviders,
      List<SnapshotProblem> problems) {
    Map<OrganisationCode, Integer> lastIndex = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d == null) {
        continue;
      }
      if (!knownProvider(d.provider(), "$.decisions[" + i + "].provider", providerIndex,
          unreadProviders, problems)) {
        continue;
      }
      Integer previous = lastIndex.put(d.provider(), i);
      if (previous != null) {
        LocalDate before = decisions.get(previous).at();
        if (d.at().isBefore(before)) {
          problems.add(SnapshotProblem.at("$.decisions[" + i + "].at", "\"" + d.at()
              + "\" goes backwards: the previous decision for " + d.provider() + " ($.decisions["
              + previous + "]) is dated " + before));
        }
      }
    }
  }

  /** Orders paths so that {@code [10]} follows {@code [9]}. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int byLength = Integer.compare(i - si, j - sj);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(si, i).compareTo(b.substring(sj, j));
        if (byDigits != 0) {
          return byDigits;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
