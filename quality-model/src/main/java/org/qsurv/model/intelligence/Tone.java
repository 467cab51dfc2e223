package org.qsurv.model.intelligence;

/**
 * What an item of intelligence says about the provider's quality: a concern, nothing either way,
 * or praise. Only a concern can fire a trigger or add to triangulated concern: a newspaper story
 * praising a new unit is not "adverse media interest" (003 §5.2.1) nor "dramatic media exposure"
 * (001 §7.2).
 *
 * @since 1.0.0
 */
public enum Tone {
  /** It reports a concern about quality or safety; the default, as format 1 had no tone. */
  CONCERN,
  /** It reports neither a concern nor praise, for example a factual update. */
  NEUTRAL,
  /** It praises the provider or reports an improvement. */
  POSITIVE
}
