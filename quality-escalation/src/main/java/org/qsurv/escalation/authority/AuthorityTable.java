package org.qsurv.escalation.authority;

import static org.qsurv.model.surveillance.Role.ICB_DIRECTOR;
import static org.qsurv.model.surveillance.Role.ICB_QUALITY_LEAD;
import static org.qsurv.model.surveillance.Role.NHSE_REGION;
import static org.qsurv.model.surveillance.Role.PROVIDER;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qsurv.model.surveillance.Level;
import org.qsurv.model.surveillance.Role;

/**
 * Who may take each {@link CaseAction}, at each level: a validated list of {@link Grant}s, written
 * in JSON as that list. The national defaults ({@link #nhsDefaults()}) are SNAPSHOT.md's table for
 * the lifecycle decisions and the roles the seeds give for the rest.
 *
 * <p>A table is complete (every action has roles at every level where it is possible) and never
 * breaks the national rules, which no local policy may change:
 * <ul>
 *   <li>only NHS England enters intensive surveillance or takes a provider out of it (004 §4.4:
 *       "the move into intensive assurance by NHSE"; intensive is "led by NHSE and regulators");</li>
 *   <li>only the ICB (an ICB director) or NHS England places on, confirms, ends or steps down
 *       enhanced surveillance (004 §4.4: "the move into enhanced assurance will be authorised by the ICB");</li>
 *   <li>only an ICB director closes the improvement plan actions not signed off (003 §5.2.3 e: the plan's sign-off is the commissioner's);</li>
 *   <li>a viewer decides nothing; the provider only responds to feedback and keeps its plan
 *       (003 §5.2.3 d, e).</li>
 * </ul>
 *
 * <pre>{@code
 * AuthorityTable table = AuthorityTable.nhsDefaults();
 * table.allows(Role.ICB_DIRECTOR, CaseAction.PLACE_ON_ENHANCED, Level.ROUTINE);   // true
 * table.rolesFor(CaseAction.ASSURANCE_GAINED, Level.INTENSIVE);                    // [NHSE_REGION]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AuthorityTable {
  private static final Set<Role> NHS_ENGLAND_ONLY = EnumSet.of(NHSE_REGION);
  private static final Set<Role> ICB_OR_NHS_ENGLAND = EnumSet.of(ICB_DIRECTOR, NHSE_REGION);
  private static final Set<CaseAction> PROVIDER_MAY = EnumSet.of(
      CaseAction.RECORD_PROVIDER_RESPONSE, CaseAction.ADD_PLAN_ACTION, CaseAction.ADD_ACTION_EVIDENCE);

  private final ImmutableList<Grant> grants;
  // roles[action][level]: the effective roles, resolved once so that a check is two array reads.
  private final ImmutableSet<Role>[][] roles;

  private AuthorityTable(List<Grant> grants) {
    this.grants = ImmutableList.copyOf(grants);
    this.roles = resolve(this.grants);
  }

  /**
   * The table with these rows.
   *
   * @throws IllegalArgumentException if two rows are for the same action and level, if an action
   *     has no roles at a level where it is possible, or if a row breaks a national rule
   */
  @JsonCreator
  public static AuthorityTable of(List<Grant> grants) {
    return new AuthorityTable(grants);
  }

  /**
   * The national defaults. The seven lifecycle decisions are SNAPSHOT.md's table; the rest:
   * triggers are accepted by the ICB quality lead, an ICB director or NHS England; the enhanced
   * procedure is run by the ICB quality lead or a director (003 §5.2.3 a-d: the baseline review is
   * "led by the designated quality lead and not the provider"), the provider responds to feedback
   * and keeps its plan, which the ICB signs off (003 §5.2.3 d, e); NHS England holds the calls,
   * single-item QSGs and risk summits and asks for the Quality Risk Profile, which the lead
   * commissioner or NHS England completes (003 §5.2.3 a, Appendix 1); a rapid response review is
   * called by an ICB director or NHS England (003 Appendix 2); informal queries are raised by the
   * quality lead or a director and every other contractual lever is a director's (001 §7.3).
   */
  public static AuthorityTable nhsDefaults() {
    return DEFAULTS;
  }

  private static final AuthorityTable DEFAULTS = new AuthorityTable(ImmutableList.of(
      Grant.of(CaseAction.PLACE_ON_ENHANCED, ICB_DIRECTOR),
      Grant.of(CaseAction.CONFIRM_ENHANCED, ICB_DIRECTOR),
      Grant.of(CaseAction.RETURN_TO_ROUTINE, ICB_DIRECTOR),
      Grant.of(CaseAction.ESCALATE_TO_INTENSIVE, NHSE_REGION),
      Grant.of(CaseAction.CALL_RISK_SUMMIT, NHSE_REGION),
      Grant.at(CaseAction.ASSURANCE_GAINED, Level.ENHANCED, ICB_DIRECTOR),
      Grant.at(CaseAction.ASSURANCE_GAINED, Level.INTENSIVE, NHSE_REGION),
      Grant.at(CaseAction.STEP_DOWN, Level.ENHANCED, ICB_DIRECTOR),
      Grant.at(CaseAction.STEP_DOWN, Level.INTENSIVE, NHSE_REGION),
      Grant.of(CaseAction.ACCEPT_TRIGGER, ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION),
      Grant.of(CaseAction.APPOINT_LEAD, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.NOTIFY_PROVIDER, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.SET_UP_GOVERNANCE_GROUP, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.COMPLETE_BASELINE_REVIEW, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.AGREE_KEY_RISKS, ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION),
      Grant.of(CaseAction.GIVE_FEEDBACK, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.RECORD_PROVIDER_RESPONSE, PROVIDER, ICB_QUALITY_LEAD),
      Grant.of(CaseAction.ADD_PLAN_ACTION, PROVIDER, ICB_QUALITY_LEAD),
      Grant.of(CaseAction.ADD_ACTION_EVIDENCE, PROVIDER, ICB_QUALITY_LEAD),
      Grant.of(CaseAction.SIGN_OFF_ACTION, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.CLOSE_REMAINING_ACTIONS, ICB_DIRECTOR),
      Grant.of(CaseAction.HOLD_INTELLIGENCE_SHARING_CALL, NHSE_REGION),
      Grant.of(CaseAction.HOLD_SINGLE_ITEM_QSG, NHSE_REGION),
      Grant.of(CaseAction.RECORD_RISK_SUMMIT, NHSE_REGION),
      Grant.of(CaseAction.REQUEST_QUALITY_RISK_PROFILE, NHSE_REGION),
      Grant.of(CaseAction.COMPLETE_QUALITY_RISK_PROFILE, ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION),
      Grant.of(CaseAction.CALL_RAPID_RESPONSE_REVIEW, ICB_DIRECTOR, NHSE_REGION),
      Grant.of(CaseAction.APPLY_INFORMAL_QUERY, ICB_QUALITY_LEAD, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_CONTRACT_PERFORMANCE_NOTICE, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_REMEDIAL_ACTION_PLAN, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_WITHHELD_PAYMENT, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_EXCEPTION_REPORT, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_SUSPENSION, ICB_DIRECTOR),
      Grant.of(CaseAction.APPLY_DECOMMISSIONING, ICB_DIRECTOR),
      Grant.of(CaseAction.RECORD_CORRECTION, ICB_QUALITY_LEAD, ICB_DIRECTOR, NHSE_REGION)));

  /** The rows, as given; this is the JSON form. */
  @JsonValue
  public ImmutableList<Grant> grants() {
    return grants;
  }

  /** Whether {@code role} may take {@code action} in a case at {@code level}. */
  public boolean allows(Role role, CaseAction action, Level level) {
    return rolesFor(action, level).contains(role);
  }

  /** The roles that may take {@code action} at {@code level}; empty where it is never possible. */
  public ImmutableSet<Role> rolesFor(CaseAction action, Level level) {
    return roles[action.ordinal()][level.ordinal()];
  }

  /** A copy with {@code grant} in place of any row for the same action and level. */
  public AuthorityTable with(Grant grant) {
    List<Grant> rows = new ArrayList<>();
    for (Grant g : grants) {
      if (g.action() != grant.action() || !g.level().equals(grant.level())) {
        rows.add(g);
      }
    }
    rows.add(grant);
    return new AuthorityTable(rows);
  }

  /** A role in words, for messages: "an ICB director", "NHS England (region)". */
  public static String describe(Role role) {
    switch (role) {
      case ICB_QUALITY_LEAD:
        return "an ICB quality lead";
      case ICB_DIRECTOR:
        return "an ICB director";
      case NHSE_REGION:
        return "NHS England (region)";
      case PROVIDER:
        return "the provider";
      case VIEWER:
        return "a viewer";
      default:
        throw new AssertionError(role);
    }
  }

  /** Roles in words, joined with "or". */
  public static String describe(Set<Role> roles) {
    return roles.stream().sorted().map(AuthorityTable::describe).collect(Collectors.joining(" or "));
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private static ImmutableSet<Role>[][] resolve(List<Grant> grants) {
    ImmutableSet<Role>[][] table = new ImmutableSet[CaseAction.values().length][Level.values().length];
    Set<String> seen = new HashSet<>();
    for (Grant g : grants) {
      String key = g.action() + g.level().map(l -> " at " + l).orElse("");
      if (!seen.add(key)) {
        throw new IllegalArgumentException("authority has two rows for " + key);
      }
    }
    for (CaseAction action : CaseAction.values()) {
      for (Level level : Level.values()) {
        ImmutableSet<Role> roles = ImmutableSet.of();
        if (action.isPossibleAt(level)) {
          Optional<Grant> specific = find(grants, action, Optional.of(level));
          Optional<Grant> general = find(grants, action, Optional.empty());
          roles = specific.or(() -> general).map(Grant::roles).orElseThrow(() ->
              new IllegalArgumentException("authority must say who may " + action.description()
                  + " (" + action + ") at " + level + " but has no row for it"));
          checkNationalRules(action, level, roles);
        }
        table[action.ordinal()][level.ordinal()] = roles;
      }
    }
    return table;
  }

  private static Optional<Grant> find(List<Grant> grants, CaseAction action, Optional<Level> level) {
    return grants.stream().filter(g -> g.action() == action && g.level().equals(level)).findFirst();
  }

  private static void checkNationalRules(CaseAction action, Level level, Set<Role> roles) {
    String where = action + " at " + level;
    if (roles.contains(Role.VIEWER)) {
      throw new IllegalArgumentException("authority for " + where + " names VIEWER, but a viewer decides nothing");
    }
    if (roles.contains(PROVIDER) && !PROVIDER_MAY.contains(action)) {
      throw new IllegalArgumentException("authority for " + where + " names PROVIDER, but the provider may only "
          + "respond to feedback and keep its improvement plan (003 §5.2.3 d, e)");
    }
    boolean entersOrLeavesIntensive = action == CaseAction.ESCALATE_TO_INTENSIVE
        || (level == Level.INTENSIVE
            && (action == CaseAction.ASSURANCE_GAINED || action == CaseAction.STEP_DOWN));
    if (entersOrLeavesIntensive) {
      requireWithin(where, roles, NHS_ENGLAND_ONLY, "only NHS England leads intensive surveillance");
    }
    boolean decidesEnhanced = action == CaseAction.PLACE_ON_ENHANCED
        || action == CaseAction.CONFIRM_ENHANCED || action == CaseAction.RETURN_TO_ROUTINE
        || (level == Level.ENHANCED
            && (action == CaseAction.ASSURANCE_GAINED || action == CaseAction.STEP_DOWN));
    if (decidesEnhanced) {
      requireWithin(where, roles, ICB_OR_NHS_ENGLAND,
          "only an ICB director or NHS England decides on enhanced surveillance");
    }
    if (action == CaseAction.CLOSE_REMAINING_ACTIONS) {
      requireWithin(where, roles, EnumSet.of(ICB_DIRECTOR),
          "only an ICB director may close improvement plan actions that are not signed off");
    }
  }

  private static void requireWithin(String where, Set<Role> roles, Set<Role> allowed, String rule) {
    Set<Role> extra = Sets.difference(roles, allowed);
    if (!extra.isEmpty()) {
      throw new IllegalArgumentException("authority for " + where + " names "
          + extra.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ", but " + rule);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuthorityTable && ((AuthorityTable) other).grants.equals(grants);
  }

  @Override
  public int hashCode() {
    return grants.hashCode();
  }

  @Override
  public String toString() {
    return "AuthorityTable" + grants;
  }
}
