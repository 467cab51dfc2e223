package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.qsurv.app.port.ApiCall;
import org.qsurv.app.port.ApiToken;
import org.qsurv.app.port.ApiTokens;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/** The {@link ApiTokens} in tables {@code api_token} and {@code api_call} (V12). */
final class JdbcApiTokens implements ApiTokens {
  private static final String COLUMNS = "name, role, organisation_code, created_at, expires_at, "
      + "revoked_at, last_used_at";

  private final Sql sql;

  JdbcApiTokens(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void create(ApiToken token, String secretHash) {
    if (secretHash == null || !secretHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("token secret hash must be 64 lower-case hex digits");
    }
    sql.writeBookkeeping(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM api_token WHERE name = ?")) {
        s.setString(1, token.name());
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            throw new IllegalArgumentException("token name must be new but a token named "
                + token.name() + " exists");
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO api_token (" + COLUMNS
          + ", secret_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, token.name());
        s.setString(2, token.role().name());
        s.setString(3, token.organisation().value());
        s.setObject(4, time(token.created()));
        s.setObject(5, time(token.expires()));
        s.setObject(6, token.revoked().map(JdbcApiTokens::time).orElse(null));
        s.setObject(7, token.lastUsed().map(JdbcApiTokens::time).orElse(null));
        s.setString(8, secretHash);
        return s.executeUpdate();
      }
    });
  }

  @Override
  public Optional<ApiToken> bySecretHash(String secretHash) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM api_token WHERE secret_sha256 = ?")) {
        s.setString(1, secretHash);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(token(r)) : Optional.<ApiToken>empty();
        }
      }
    });
  }

  @Override
  public ImmutableList<ApiToken> all() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM api_token ORDER BY name");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<ApiToken> all = ImmutableList.builder();
        while (r.next()) {
          all.add(token(r));
        }
        return all.build();
      }
    });
  }

  @Override
  public boolean revoke(String name, Instant at) {
    return sql.writeBookkeeping(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE name = ?")) {
        s.setObject(1, time(at));
        s.setString(2, name);
        return s.executeUpdate() == 1;
      }
    });
  }

  @Override
  public void used(String name, Instant at) {
    sql.writeBookkeeping(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE api_token SET last_used_at = ? WHERE name = ?")) {
        s.setObject(1, time(at));
        s.setString(2, name);
        return s.executeUpdate();
      }
    });
  }

  @Override
  public void record(ApiCall call) {
    sql.writeBookkeeping(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO api_call "
          + "(called_at, token_name, method, route, status) VALUES (?, ?, ?, ?, ?)")) {
        s.setObject(1, time(call.at()));
        s.setString(2, truncate(call.token(), 64));
        s.setString(3, truncate(call.method(), 8));
        s.setString(4, truncate(call.route(), 200));
        s.setInt(5, call.status());
        return s.executeUpdate();
      }
    });
  }

  @Override
  public ImmutableList<ApiCall> latestCalls(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT called_at, token_name, method, route, "
          + "status FROM api_call ORDER BY seq DESC FETCH FIRST " + limit + " ROWS ONLY");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<ApiCall> calls = ImmutableList.builder();
        while (r.next()) {
          calls.add(new ApiCall(instant(r, "called_at").orElseThrow(), r.getString("token_name"),
              r.getString("method"), r.getString("route"), r.getInt("status")));
        }
        return calls.build();
      }
    });
  }

  private static ApiToken token(ResultSet r) throws SQLException {
    return new ApiToken(r.getString("name"), Role.valueOf(r.getString("role")),
        OrganisationCode.of(r.getString("organisation_code")),
        instant(r, "created_at").orElseThrow(), instant(r, "expires_at").orElseThrow(),
        instant(r, "revoked_at"), instant(r, "last_used_at"));
  }

  private static Optional<Instant> instant(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime time(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** What the client sent (a method, an unknown path) is cut to its column, never refused. */
  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
