package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qsurv.app.port.BoardPackArchive.ArchivedPack;
import org.qsurv.app.port.BoardPackArchive.PackEntry;
import org.qsurv.evaluation.PolicyProfiles;

/**
 * The Board packs page (004 §4.4): a quality lead makes today's pack there without any report
 * page open; everyone who may read the reports sees every pack kept, with its date, what was
 * missing or stale (hazard H54) and the SHA-256 of its PDF and snapshot, and downloads both,
 * exactly as kept (hazard H53); a scheduled pack not made is shown with its reason (hazard H55);
 * an altered pack is refused with a message, never given out.
 */
class BoardPackPagesTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = new TestApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<byte[]> bytes(TestApp.Client c, String path)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path))
        .header("Cookie", c.cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The newest pack once there are more than {@code before}: the page makes it on its thread. */
  private static PackEntry madeAfter(int before) throws InterruptedException {
    for (int i = 0; i < 1_200 && app.boardPacks.entries().size() <= before; i++) {
      assertTrue(app.boardPacks.failures().stream().noneMatch(f -> f.reason().startsWith(
          "made by m.ellery")), app.boardPacks.failures().toString());
      Thread.sleep(250);
    }
    assertTrue(app.boardPacks.entries().size() > before, "a pack was made within 5 minutes");
    return app.boardPacks.entries().get(0);
  }

  @Test
  void aQualityLeadMakesAPackAndEveryReaderDownloadsItAsKept() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    int before = app.boardPacks.entries().size();
    HttpResponse<String> made = lead.post("/board-packs", Map.of());
    assertEquals(303, made.statusCode(), made.body());
    assertEquals("/board-packs?making", made.headers().firstValue("Location").orElse(""));
    assertTrue(lead.get("/board-packs?making").body().contains("The board pack is being made"));
    PackEntry entry = madeAfter(before);
    assertEquals("m.ellery", entry.madeBy());
    assertEquals(LocalDate.of(2025, 7, 1), entry.asOf());
    ArchivedPack kept = app.boardPacks.pack(entry.id()).orElseThrow();

    TestApp.Client viewer = app.signIn(app.ports.directory().users().stream()
        .filter(u -> u.role() == org.qsurv.model.surveillance.Role.VIEWER).findFirst()
        .orElseThrow().username());
    String page = viewer.get("/board-packs").body();
    assertEquals(java.util.Optional.of("nhs-defaults"), entry.profile(), "the server's profile");
    assertTrue(page.contains("<td><code>nhs-defaults</code></td>"), "its profile on the page");
    assertTrue(page.contains("SHA-256 " + entry.pdfSha256()), page);
    assertTrue(page.contains("SHA-256 " + entry.snapshotSha256()), page);
    assertTrue(page.contains("/board-packs/" + entry.id() + "/pdf"), page);
    assertFalse(page.contains("Make today&#39;s board pack") || page.contains(
        "Make today's board pack"), "a viewer cannot make one");
    if (entry.missingItems() > 0) {
      assertTrue(page.contains(entry.missingItems() + " item"), page);
    }

    HttpResponse<byte[]> pdf = bytes(viewer, "/board-packs/" + entry.id() + "/pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"board-pack-" + entry.id() + "-as-of-2025-07-01.pdf\"",
        pdf.headers().firstValue("Content-Disposition").orElse(""));
    assertArrayEquals(kept.pdf(), pdf.body());
    HttpResponse<byte[]> json = bytes(viewer, "/board-packs/" + entry.id() + "/snapshot");
    assertEquals(200, json.statusCode());
    assertArrayEquals(kept.snapshotJson(), json.body());
  }

  /** A pack that does not exist, or an address that is not a pack's number: 404. */
  @Test
  void anUnknownPackIsNotFound() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    for (String path : new String[] {"/board-packs/987654/pdf", "/board-packs/x1/pdf",
        "/board-packs/-1/snapshot", "/board-packs/99999999999999999999/pdf"}) {
      assertEquals(404, lead.get(path).statusCode(), path);
    }
  }

  /** A scheduled run that made no pack is on the page, with its due date and reason. */
  @Test
  void aPackNotMadeIsShownWithItsReason() throws Exception {
    app.boardPacks.failed(TestApp.CLOCK.instant(), LocalDate.of(2025, 7, 1),
        "IllegalStateException: the archive is <full>");
    String page = app.signIn("m.ellery").get("/board-packs").body();
    assertTrue(page.contains("Board packs not made"), page);
    assertTrue(page.contains("The pack due 2025-07-01 was not made"), page);
    assertTrue(page.contains("the archive is &lt;full&gt;"), page);
  }

  /** A pack altered in the database is refused (500) with what was found, never downloaded. */
  @Test
  void anAlteredPackIsRefused() throws Exception {
    TestApp.Client lead = app.signIn("m.ellery");
    long id = new org.qsurv.app.report.BoardPacks(app.ports, app.boardPacks,
        PolicyProfiles.nhsDefaults()).make("m.ellery").id();
    try (Connection c = app.database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE board_pack SET pdf = ? WHERE id = ?")) {
      s.setBytes(1, "%PDF another".getBytes(StandardCharsets.UTF_8));
      s.setLong(2, id);
      s.executeUpdate();
    }
    HttpResponse<String> r = lead.get("/board-packs/" + id + "/pdf");
    assertEquals(500, r.statusCode());
    assertTrue(r.body().contains("board pack " + id + ": its PDF has the SHA-256"), r.body());
    assertFalse(r.body().contains("%PDF"), r.body());
  }
}
