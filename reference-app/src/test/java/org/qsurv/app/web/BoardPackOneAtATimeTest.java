package org.qsurv.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qsurv.app.port.BoardPackArchive;
import org.qsurv.app.port.ForwardingBoardPackArchive;

/**
 * One board pack in the making at a time (004 §4.4; hazard H55: a flood of presses must not queue
 * a flood of packs): while the first press's pack is held at the archive, a second press makes
 * none and is told so on the list; once the first is let go, exactly one pack is kept. No sleeps:
 * the archive holds the first pack on a latch until the test lets it go.
 */
class BoardPackOneAtATimeTest {
  /** The database's archive, holding each pack at {@link #add} until {@code release} opens. */
  private static final class HeldArchive extends ForwardingBoardPackArchive {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch kept = new CountDownLatch(1);
    final AtomicInteger adds = new AtomicInteger();

    HeldArchive(BoardPackArchive archive) {
      super(archive);
    }

    @Override
    public ArchivedPack add(NewPack pack) {
      adds.incrementAndGet();
      reached.countDown();
      try {
        assertTrue(release.await(5, TimeUnit.MINUTES), "the test let the pack go");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      ArchivedPack added = super.add(pack);
      kept.countDown();
      return added;
    }
  }

  @Test
  void aSecondPressWhileAPackIsBeingMadeMakesNoneAndSaysSo() throws Exception {
    HeldArchive[] held = new HeldArchive[1];
    try (TestApp app = new TestApp(archive -> held[0] = new HeldArchive(archive))) {
      try {
        TestApp.Client lead = app.signIn("m.ellery");
        HttpResponse<String> first = lead.post("/board-packs", Map.of());
        assertEquals(303, first.statusCode(), first.body());
        assertEquals("/board-packs?making", first.headers().firstValue("Location").orElse(""));
        assertTrue(held[0].reached.await(5, TimeUnit.MINUTES), "the first pack was made");

        HttpResponse<String> second = lead.post("/board-packs", Map.of());
        assertEquals(303, second.statusCode(), second.body());
        assertEquals("/board-packs?already", second.headers().firstValue("Location").orElse(""),
            "the second press is refused while the first pack is in the making");
        String page = lead.get("/board-packs?already").body();
        assertTrue(page.contains("A board pack was already being made when you pressed: this "
            + "press made no second one."), page);
      } finally {
        held[0].release.countDown();
      }
      assertTrue(held[0].kept.await(5, TimeUnit.MINUTES), "the first pack was kept");
      assertEquals(1, held[0].adds.get(), "one pack made for two presses");
      assertEquals(1, app.boardPacks.entries().size());
    }
  }
}
