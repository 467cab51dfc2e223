package org.qsurv.model.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.qsurv.model.Checks;
import org.qsurv.model.Identifier;

/**
 * How a provider is identified: either an {@link OdsCode} or a {@link CqcLocationId}
 * (SNAPSHOT.md, {@code code}). A value starting {@code 1-} is read as a CQC location id, anything
 * else as an ODS code; a value that is neither is rejected.
 *
 * @since 0.1.0
 */
public final class OrganisationCode extends Identifier {
  private static final Pattern ANY = Pattern.compile(".*");

  private OrganisationCode(String value) {
    super(value);
  }

  /**
   * Parses an organisation code.
   *
   * @throws IllegalArgumentException if {@code value} is neither an ODS code nor a CQC location id
   */
  @JsonCreator
  public static OrganisationCode of(String value) {
    requireShape("organisation code", value, ANY, "present");
    if (!OdsCode.isValid(value) && !CqcLocationId.isValid(value)) {
      throw new IllegalArgumentException("organisation code must be an ODS code (e.g. RH5, A81001) "
          + "or a CQC location id (e.g. 1-101234567) but was " + Checks.quote(value));
    }
    return new OrganisationCode(value);
  }

  /** The code for an ODS-coded organisation. */
  public static OrganisationCode of(OdsCode code) {
    return new OrganisationCode(code.value());
  }

  /** The code for a CQC location. */
  public static OrganisationCode of(CqcLocationId id) {
    return new OrganisationCode(id.value());
  }

  /** The ODS code, if this is one. */
  public Optional<OdsCode> odsCode() {
    return isCqcLocation() ? Optional.empty() : Optional.of(OdsCode.of(value()));
  }

  /** The CQC location id, if this is one. */
  public Optional<CqcLocationId> cqcLocationId() {
    return isCqcLocation() ? Optional.of(CqcLocationId.of(value())) : Optional.empty();
  }

  /** Whether this is a CQC location id rather than an ODS code. */
  public boolean isCqcLocation() {
    return value().startsWith("1-");
  }
}
