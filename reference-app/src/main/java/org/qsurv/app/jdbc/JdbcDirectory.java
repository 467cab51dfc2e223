package org.qsurv.app.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.qsurv.app.port.Directory;
import org.qsurv.app.port.User;
import org.qsurv.model.organisation.Commissioner;
import org.qsurv.model.organisation.NhsEnglandRegion;
import org.qsurv.model.organisation.OdsCode;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.organisation.Provider;
import org.qsurv.model.organisation.ProviderKind;
import org.qsurv.model.surveillance.Role;

/** The {@link Directory} in the {@code commissioner}, {@code provider} and {@code app_user} tables. */
final class JdbcDirectory implements Directory {
  private final Sql sql;

  JdbcDirectory(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Optional<Commissioner> commissioner() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT code, name, region FROM commissioner ORDER BY code");
          ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(Commissioner.builder().code(OdsCode.of(r.getString("code")))
            .name(r.getString("name"))
            .region(Sql.optionalString(r, "region").map(NhsEnglandRegion::valueOf))
            .build());
      }
    });
  }

  @Override
  public ImmutableList<Provider> providers() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT code, name, kind, host_commissioner FROM provider ORDER BY seq");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<Provider> all = ImmutableList.builder();
        while (r.next()) {
          all.add(provider(r));
        }
        return all.build();
      }
    });
  }

  @Override
  public Optional<Provider> provider(OrganisationCode code) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT code, name, kind, host_commissioner FROM provider WHERE code = ?")) {
        s.setString(1, code.value());
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(provider(r)) : Optional.<Provider>empty();
        }
      }
    });
  }

  static Provider provider(ResultSet r) throws SQLException {
    return Provider.builder().code(OrganisationCode.of(r.getString("code")))
        .name(r.getString("name")).kind(ProviderKind.valueOf(r.getString("kind")))
        .hostCommissioner(Sql.optionalString(r, "host_commissioner").map(OdsCode::of))
        .build();
  }

  @Override
  public ImmutableList<User> users() {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT username, display_name, user_role, "
          + "organisation_code FROM app_user ORDER BY username");
          ResultSet r = s.executeQuery()) {
        ImmutableList.Builder<User> all = ImmutableList.builder();
        while (r.next()) {
          all.add(user(r));
        }
        return all.build();
      }
    });
  }

  @Override
  public Optional<User> user(String username) {
    return sql.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT username, display_name, user_role, "
          + "organisation_code FROM app_user WHERE username = ?")) {
        s.setString(1, username);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(user(r)) : Optional.<User>empty();
        }
      }
    });
  }

  private static User user(ResultSet r) throws SQLException {
    return new User(r.getString("username"), r.getString("display_name"),
        Role.valueOf(r.getString("user_role")), OrganisationCode.of(r.getString("organisation_code")));
  }

  @Override
  public void saveUser(User user) {
    sql.write(c -> {
      int updated;
      try (PreparedStatement s = c.prepareStatement("UPDATE app_user SET display_name = ?, "
          + "user_role = ?, organisation_code = ? WHERE username = ?")) {
        s.setString(1, user.displayName());
        s.setString(2, user.role().name());
        s.setString(3, user.organisation().value());
        s.setString(4, user.username());
        updated = s.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (username, "
            + "display_name, user_role, organisation_code) VALUES (?, ?, ?, ?)")) {
          s.setString(1, user.username());
          s.setString(2, user.displayName());
          s.setString(3, user.role().name());
          s.setString(4, user.organisation().value());
          s.executeUpdate();
        }
      }
      return null;
    });
  }
}
