package org.qsurv.app.web.html;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qsurv.app.cases.CaseFile;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.app.web.security.HttpMethod;
import org.qsurv.app.web.security.RouteTable;
import org.qsurv.escalation.authority.AuthorityTable;
import org.qsurv.escalation.levers.ContractualLever;
import org.qsurv.escalation.levers.NhsEnglandMeeting;
import org.qsurv.escalation.procedure.EnhancedProcedure;
import org.qsurv.escalation.procedure.KeyRisk;
import org.qsurv.escalation.procedure.PlanAction;
import org.qsurv.escalation.view.CaseTimeline;
import org.qsurv.model.organisation.Provider;
import org.qsurv.scoring.trigger.TriggerFiring;

/**
 * What the escalation page's templates ask while they draw a provider's case (003 §5.2.3): which
 * forms the user may post (the route table, whose escalation routes admit the roles of the
 * domain's {@link AuthorityTable}), which levers and meetings the authority table lets the user
 * take at the case's level, and the choices made from the case as stored (its key risks, open
 * actions, entries). The server checks every submitted value again.
 *
 * @param provider the provider whose case it is
 * @param file the case as stored
 * @param user who asks
 * @param csrfToken the session's CSRF token, for every form
 * @param today the date the forms default to
 * @param awaiting the triggers fired for the provider and not yet accepted (003 §5.2.1)
 * @param authority the domain's authority table
 * @param routes the application's route table
 * @since 1.0.0
 */
public record CaseForms(Provider provider, CaseFile file, CurrentUser user, String csrfToken,
    LocalDate today, List<TriggerFiring> awaiting, AuthorityTable authority, RouteTable routes) {
  /** Checks that every part is present. */
  public CaseForms {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(today, "today");
    awaiting = List.copyOf(awaiting);
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(routes, "routes");
  }

  /** The case's address, which every form posts under. */
  public String base() {
    return "/escalation/" + provider.code().value();
  }

  /** Whether the route table lets the user post to {@code route} under the case's address. */
  public boolean may(String route) {
    return routes.permits(Optional.of(user), HttpMethod.POST, base() + route);
  }

  /** Whether the user may post to any of {@code routes}: whether a group of forms is shown. */
  public boolean mayAny(String... routes) {
    return Arrays.stream(routes).anyMatch(this::may);
  }

  /** The case's enhanced procedure, while one is active. */
  public Optional<EnhancedProcedure> procedure() {
    return file.state().activeProcedure();
  }

  /** The key risks agreed in the active procedure (003 §5.2.3 c). */
  public List<KeyRisk> keyRisks() {
    return procedure().map(p -> (List<KeyRisk>) p.keyRisks()).orElse(List.of());
  }

  /** The improvement plan's open actions (003 §5.2.3 e). */
  public List<PlanAction> openActions() {
    return procedure().map(p -> (List<PlanAction>) p.openActions()).orElse(List.of());
  }

  /** The open actions with evidence of implementation: those that may be signed off. */
  public List<PlanAction> evidencedActions() {
    return openActions().stream().filter(a -> !a.evidence().isEmpty()).toList();
  }

  /** The key risks as choices. */
  public List<Choice> keyRiskChoices() {
    return keyRisks().stream().map(r -> new Choice(r.id(), r.id() + ": " + r.description()))
        .toList();
  }

  /** Actions as choices, each with its due date and how much evidence it has. */
  public static List<Choice> actionChoices(List<PlanAction> actions) {
    return actions.stream().map(a -> new Choice(a.id(), a.id() + ": " + a.description()
        + " (due " + a.due() + ", " + a.evidence().size() + " evidence)")).toList();
  }

  /** The triggers awaiting acceptance as choices. */
  public List<Choice> triggerChoices() {
    return awaiting.stream().map(t -> new Choice(t.code().name(),
        Labels.shortened(Labels.words(t.code()) + ": " + t.reason()))).toList();
  }

  /** The contractual levers the authority table lets the user apply at the case's level. */
  public List<Choice> leverChoices() {
    return Arrays.stream(ContractualLever.values())
        .filter(l -> authority.allows(user.role(), l.action(), file.state().level()))
        .map(l -> new Choice(l.name(), Labels.capitalised(l.description()))).toList();
  }

  /** The NHS England meetings the authority table lets the user record at the case's level. */
  public List<Choice> meetingChoices() {
    return Arrays.stream(NhsEnglandMeeting.values())
        .filter(m -> authority.allows(user.role(), m.action(), file.state().level()))
        .map(m -> new Choice(m.name(), Labels.capitalised(m.description()))).toList();
  }

  /** The case's entries, newest first, as the choices a correction may refer to (003 §3). */
  public List<Choice> entryChoices() {
    return CaseTimeline.of(file.log()).reverse().stream().map(e -> new Choice(
        String.valueOf(e.version()), e.version() + " (" + e.at() + "): "
            + Labels.shortened(e.what()))).toList();
  }

  /** The first id {@code prefix}N not yet used among {@code used}, as a hint for the next one. */
  public static String nextId(String prefix, List<String> used) {
    int n = 1;
    while (used.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  /** The next free key risk id. */
  public String nextKeyRiskId() {
    return nextId("KR-", keyRisks().stream().map(KeyRisk::id).toList());
  }

  /** The next free action id. */
  public String nextActionId() {
    return nextId("A-", procedure().map(p -> p.plan().stream().map(PlanAction::id).toList())
        .orElse(List.of()));
  }
}
