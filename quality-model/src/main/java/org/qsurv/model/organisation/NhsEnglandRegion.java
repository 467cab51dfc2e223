package org.qsurv.model.organisation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven NHS England regions, with their ODS codes. NHS England leads intensive surveillance
 * and chairs risk summits (DOMAIN.md §6).
 */
public enum NhsEnglandRegion {
  LONDON("Y56", "London"),
  SOUTH_WEST("Y58", "South West"),
  SOUTH_EAST("Y59", "South East"),
  MIDLANDS("Y60", "Midlands"),
  EAST_OF_ENGLAND("Y61", "East of England"),
  NORTH_WEST("Y62", "North West"),
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
