package org.qsurv.escalation.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.qsurv.model.Checks;
import org.qsurv.model.QsurvStyle;

/**
 * A key risk agreed with partners after the baseline review (003 §5.2.3 c), which the provider
 * then acknowledges or challenges (003 §5.2.3 d). Its id is unique within the case's episode of
 * enhanced surveillance, e.g. {@code "KR-1"}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@QsurvStyle
@JsonSerialize(as = ImmutableKeyRisk.class)
@JsonDeserialize(as = ImmutableKeyRisk.class)
public abstract class KeyRisk {
  /**
   * The key risk's id, e.g. {@code KR-1}: unique within the episode, and what the provider's
   * responses name.
   */
  public abstract String id();

  /** What the risk is, as agreed with partners; never blank. */
  public abstract String description();

  /** The key risk {@code id}, described as {@code description}. */
  public static KeyRisk of(String id, String description) {
    return ImmutableKeyRisk.builder().id(id).description(description).build();
  }

  /**
   * Rejects a blank id or description with an {@link IllegalArgumentException} that names the
   * field.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank("key risk id", id());
    Checks.notBlank("key risk description", description());
  }
}
