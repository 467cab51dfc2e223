package org.qsurv.app.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.risk.Risk;
import org.qsurv.model.risk.RiskScore;

/**
 * The risk register as CSV: one row per risk, in the columns {@link #COLUMNS}. {@code export risks}
 * writes it and {@code import} reads it back, so a register can go out to a spreadsheet and come
 * back. {@code controls} holds one control per line of the cell; {@code score} is
 * likelihood x consequence, written for the reader's convenience and checked on import. The review
 * history is not in the CSV (it is in the JSON export).
 */
public final class RiskCsv {
  /** The columns, in the order written. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of("id", "provider", "title",
      "description", "domain", "consequence_domain", "owner", "likelihood", "consequence", "score",
      "initial_likelihood", "initial_consequence", "target_likelihood", "target_consequence",
      "last_reviewed", "controls");

  /** The columns an import needs: the rest are optional. */
  public static final ImmutableList<String> REQUIRED = ImmutableList.of("id", "title", "domain",
      "owner", "likelihood", "consequence");

  private RiskCsv() {}

  /** The risk's cells, by column name, in {@link #COLUMNS} order; absent values are empty. */
  public static ImmutableMap<String, String> cells(Risk risk) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("id", risk.id().value());
    cells.put("provider", risk.provider().map(OrganisationCode::value).orElse(""));
    cells.put("title", risk.title());
    cells.put("description", risk.description().orElse(""));
    cells.put("domain", risk.domain().name());
    cells.put("consequence_domain", risk.consequenceDomain().map(Enum::name).orElse(""));
    cells.put("owner", risk.owner());
    cells.put("likelihood", Integer.toString(risk.likelihood()));
    cells.put("consequence", Integer.toString(risk.consequence()));
    cells.put("score", Integer.toString(risk.score()));
    cells.put("initial_likelihood", part(risk.initial(), true));
    cells.put("initial_consequence", part(risk.initial(), false));
    cells.put("target_likelihood", part(risk.target(), true));
    cells.put("target_consequence", part(risk.target(), false));
    cells.put("last_reviewed", risk.lastReviewed().map(Object::toString).orElse(""));
    cells.put("controls", String.join("\n", risk.controls()));
    return ImmutableMap.copyOf(cells);
  }

  private static String part(Optional<RiskScore> score, boolean likelihood) {
    return score.map(s -> Integer.toString(likelihood ? s.likelihood() : s.consequence()))
        .orElse("");
  }
}
