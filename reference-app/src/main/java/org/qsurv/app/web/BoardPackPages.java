package org.qsurv.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.qsurv.app.port.BoardPackArchive.ArchivedPack;
import org.qsurv.app.report.BoardPacks;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.security.CurrentUser;
import org.qsurv.model.surveillance.Role;

/**
 * The Board packs page: every board pack kept (004 §4.4), newest first, with the date each is as
 * of, when and by whom it was made, what was missing or stale, and the SHA-256 of its PDF and of
 * the snapshot it was made from, both to download; every scheduled run that made no pack, with
 * its reason (hazard H55); and, for the ICB's roles, a button that makes today's pack.
 */
final class BoardPackPages {
  private static final String NO_ARCHIVE = "This server keeps no board pack archive: it was"
      + " started without one.";
  private final Optional<BoardPacks> archive;
  private final Assessments assessments;
  private final AtomicBoolean underWay = new AtomicBoolean();
  /** Makes the packs asked for on this page, one at a time. */
  private final ExecutorService maker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "qsurv-board-pack-page");
    thread.setDaemon(true);
    return thread;
  });

  BoardPackPages(Optional<BoardPacks> packs, Assessments assessments) {
    this.archive = packs;
    this.assessments = assessments;
  }

  void list(Context ctx) {
    if (archive.isEmpty()) {
      Pages.message(ctx, 200, "Board packs", NO_ARCHIVE);
      return;
    }
    BoardPacks packs = archive.get();
    CurrentUser user = Pages.user(ctx);
    boolean icb = user.role() == Role.ICB_QUALITY_LEAD || user.role() == Role.ICB_DIRECTOR;
    Map<String, Object> model = new HashMap<>();
    model.put("packs", packs.entries());
    model.put("failures", packs.failures().stream().limit(20).toList());
    model.put("today", assessments.today());
    model.put("mayMake", icb);
    model.put("making", ctx.queryParamMap().containsKey("making"));
    model.put("already", ctx.queryParamMap().containsKey("already"));
    model.put("csrfToken", icb ? Pages.session(ctx).csrfToken() : "");
    Pages.render(ctx, "Board packs", Section.QUALITY_REPORT, "system/board-packs.jte", model);
  }

  /**
   * Starts making today's pack from the stored data, on this page's own thread, and goes back to
   * the list at once: a pack takes longer than a page may (the evaluation and the PDF), and the
   * list shows it when it is kept, or the failure with its reason (hazard H55). While one is
   * being made, another press makes none: it goes back to the list, which says that one was
   * already being made.
   */
  void make(Context ctx) {
    if (archive.isEmpty()) {
      Pages.message(ctx, 409, "Board packs", NO_ARCHIVE);
      return;
    }
    BoardPacks packs = archive.get();
    String user = Pages.user(ctx).userName();
    LocalDate today = assessments.today();
    if (!underWay.compareAndSet(false, true)) {
      // One pack at a time: a second press, or a flood of them, while one is being made adds none,
      // and the list says so.
      Pages.redirect(ctx, "/board-packs?already");
      return;
    }
    maker.execute(() -> {
      try {
        packs.make(user);
      } catch (RuntimeException e) {
        packs.failed(today, "made by " + user + ": " + e.getClass().getSimpleName() + ": "
            + e.getMessage());
      } finally {
        underWay.set(false);
      }
    });
    Pages.redirect(ctx, "/board-packs?making");
  }

  void pdf(Context ctx) {
    download(ctx, "application/pdf", "pdf", ArchivedPack::pdf);
  }

  void snapshot(Context ctx) {
    download(ctx, "application/json", "json", ArchivedPack::snapshotJson);
  }

  private void download(Context ctx, String type, String extension,
      java.util.function.Function<ArchivedPack, byte[]> part) {
    Optional<Long> id = number(Pages.path(ctx, "pack"));
    Optional<ArchivedPack> pack;
    try {
      pack = id.flatMap(n -> archive.flatMap(packs -> packs.pack(n)));
    } catch (BoardPacks.AlteredPackException e) {
      Pages.message(ctx, 500, "This board pack has been altered", e.getMessage()
          + ". Tell the system's administrator: the archive must be restored from a backup.");
      return;
    }
    if (pack.isEmpty()) {
      Pages.notFound(ctx);
      return;
    }
    LocalDate asOf = pack.get().entry().asOf();
    String name = "board-pack-" + pack.get().entry().id() + "-as-of-" + asOf + "." + extension;
    ctx.status(200).contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .result(part.apply(pack.get()));
  }

  private static Optional<Long> number(String text) {
    if (!text.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }
}
