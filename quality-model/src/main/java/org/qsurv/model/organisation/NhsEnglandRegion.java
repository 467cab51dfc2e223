package org.qsurv.model.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven NHS England regions, with their ODS codes. NHS England leads intensive surveillance
 * and chairs risk summits (003 Appendix 1).
 *
 * @since 0.1.0
 */
public enum NhsEnglandRegion {
  /** NHS England London region, ODS code {@code Y56}. */
  LONDON("Y56", "London"),
  /** NHS England South West region, ODS code {@code Y58}. */
  SOUTH_WEST("Y58", "South West"),
  /** NHS England South East region, ODS code {@code Y59}. */
  SOUTH_EAST("Y59", "South East"),
  /** NHS England Midlands region, ODS code {@code Y60}. */
  MIDLANDS("Y60", "Midlands"),
  /** NHS England East of England region, ODS code {@code Y61}. */
  EAST_OF_ENGLAND("Y61", "East of England"),
  /** NHS England North West region, ODS code {@code Y62}. */
  NORTH_WEST("Y62", "North West"),
  /** NHS England North East and Yorkshire region, ODS code {@code Y63}. */
  NORTH_EAST_AND_YORKSHIRE("Y63", "North East and Yorkshire");

  private final OdsCode code;
  private final String displayName;

  NhsEnglandRegion(String code, String displayName) {
    this.code = OdsCode.of(code);
    this.displayName = displayName;
  }

  /** The region's ODS code, for example {@code Y58} for the South West. */
  public OdsCode code() {
    return code;
  }

  /** The region's name as NHS England writes it. */
  public String displayName() {
    return displayName;
  }

  /** The region with this ODS code, if any. */
  public static Optional<NhsEnglandRegion> byCode(OdsCode code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
