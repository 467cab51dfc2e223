package org.qsurv.app.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.qsurv.app.port.PasswordHashes;

/** The {@link PasswordHashes} in the {@code password_hash} column of {@code app_user} (V4). */
final class JdbcPasswordHashes implements PasswordHashes {
  private final Sql sql;

  JdbcPasswordHashes(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<String> hash(String username) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT password_hash FROM app_user WHERE username = ?")) {
        s.setString(1, username);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  @Override
  public void save(String username, String hash) {
    if (hash == null || hash.isBlank()) {
      throw new IllegalArgumentException("password hash must not be blank (user " + username
          + ")");
    }
    int updated = sql.write(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE app_user SET password_hash = ? WHERE username = ?")) {
        s.setString(1, hash);
        s.setString(2, username);
        return s.executeUpdate();
      }
    });
    if (updated == 0) {
      throw new IllegalArgumentException("username must be a known user but was " + username);
    }
  }
}
