package org.qsurv.app.web.html;

import java.util.List;
import java.util.Optional;
import org.qsurv.model.organisation.Provider;

/**
 * One provider's row of the icon summary matrix page, as {@code system/icon-matrix.jte} draws it.
 *
 * @param provider the provider
 * @param concerning how many of its cells are concerning
 * @param cells one per column, empty where it has no such indicator
 */
public record MatrixRow(Provider provider, int concerning, List<Optional<Cell>> cells) {

  /**
   * One cell.
   *
   * @param value the latest value, as shown
   * @param period its period
   * @param variation the variation icon's symbol id
   * @param variationWords the variation icon in words
   * @param assurance the assurance icon's symbol id
   * @param assuranceWords the assurance icon in words
   * @param concerning whether a board should look at it
   */
  public record Cell(String value, String period, String variation, String variationWords,
      String assurance, String assuranceWords, boolean concerning) {}
}
