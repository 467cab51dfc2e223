package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qsurv.model.organisation.OrganisationCode;
import org.qsurv.model.surveillance.Role;

/**
 * With the database down, the API answers 500 with a problem document (never a page, a stack trace
 * or a half-written answer) and lets no call through unchecked: a token cannot be checked, so it is
 * not accepted. Its own server, since the database is closed under it.
 */
class ApiStoreDownTest {
  @Test
  void theDatabaseDownIsA500ProblemAndNoCallGoesThrough() throws Exception {
    TestApp app = new TestApp();
    try {
      String token = app.apiToken("down", Role.VIEWER, OrganisationCode.of(app.ports.directory()
          .commissioner().orElseThrow().code().value()));
      ApiClient client = new ApiClient(app.base(), Optional.of(token));
      assertEquals(200, client.get("/api/v1/findings").statusCode());
      app.database.close();
      ApiTest.assertProblem(client.get("/api/v1/findings"), 500, "internal-error");
      ApiTest.assertProblem(client.post("/api/v1/evaluate", ApiTest.SNAPSHOT), 500,
          "internal-error");
    } finally {
      app.server.close();
    }
  }
}
