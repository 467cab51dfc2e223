package org.qsurv.app.web.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.qsurv.app.port.Directory;
import org.qsurv.app.port.RiskRegister;
import org.qsurv.app.web.security.FormData;
import org.qsurv.model.Checks;
import org.qsurv.model.framework.QualityDomain;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskId;

/**
 * The form that adds a risk to the register (004 §4.4; 000 §6.5): fields {@code provider} (a
 * provider's code, or {@code system} for a system risk, one "relevant to the ICB" rather than to
 * one provider, 004 §4.3-4.4), {@code title}, {@code description} (optional), {@code domain} (an
 * NQB quality domain), {@code owner}, {@code likelihood} and {@code consequence} (1-5, NPSA 2008).
 * The risk is scored as assessed today, so its first review falls due from today.
 *
 * @since 1.0.0
 */
public final class RiskForm {
  /** The {@code provider} value of a system risk. */
  public static final String SYSTEM = "system";

  private final RiskRegister register;
  private final Directory directory;

  /** The form over {@code register}, checking providers against {@code directory}. */
  public RiskForm(RiskRegister register, Directory directory) {
    this.register = Objects.requireNonNull(register, "register");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Reads the form and, if every field is accepted, adds the risk under a new id.
   *
   * @param today the application's today: the risk's assessment date
   * @return the risk added, or every refused field (nothing written)
   */
  public FormResult<Risk> add(FormData form, LocalDate today) {
    FormReader f = new FormReader(form);
    Optional<OrganisationCode> provider = provider(f);
    String title = f.text("title", 500);
    Optional<String> description = f.optionalText("description", 4000);
    Optional<QualityDomain> domain = f.oneOf("domain", QualityDomain.class);
    String owner = f.text("owner", 300);
    Optional<Integer> likelihood = f.integer("likelihood", 1, 5);
    Optional<Integer> consequence = f.integer("consequence", 1, 5);
    return f.result("title", () -> {
      Risk risk = Risk.builder().id(RiskId.of("web-" + UUID.randomUUID())).provider(provider)
          .title(title).description(description).domain(domain.orElseThrow()).owner(owner)
          .likelihood(likelihood.orElseThrow()).consequence(consequence.orElseThrow())
          .lastReviewed(today).build();
      register.add(risk);
      return risk;
    });
  }

  private Optional<OrganisationCode> provider(FormReader f) {
    String v = f.raw("provider");
    if (v.equals(SYSTEM)) {
      return Optional.empty();
    }
    try {
      OrganisationCode code = OrganisationCode.of(v);
      if (directory.provider(code).isPresent()) {
        return Optional.of(code);
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    f.refuse("provider", "provider must be a provider's code or " + SYSTEM + " but was "
        + Checks.quote(v));
    return Optional.empty();
  }
}
