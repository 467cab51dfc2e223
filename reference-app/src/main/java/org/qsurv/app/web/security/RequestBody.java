package org.qsurv.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A request body as a gate read it: whole, too long or too slow. The pages' gate
 * ({@link SecurityFilter}) and the API's read bodies the same way, so that neither reads past its
 * limit nor lets a trickled body hold a thread for longer than the request may take.
 *
 * @since 1.1.0
 */
public sealed interface RequestBody {
  /** The whole body, at most the limit. */
  record Read(byte[] bytes) implements RequestBody {}

  /** Longer than the limit, declared or sent: not read past it (413). */
  record TooLong() implements RequestBody {}

  /** Not all arrived {@code within} of the first read (408). */
  record TooSlow() implements RequestBody {}

  /**
   * The body of {@code request}: refused on its declared length before a byte is read, else read
   * up to {@code limit} bytes for at most {@code within}.
   *
   * @throws IOException if the body ended before its declared length or stalled past the
   *     server's idle timeout (a half-sent request)
   */
  static RequestBody read(HttpServletRequest request, int limit, Duration within)
      throws IOException {
    if (request.getContentLengthLong() > limit) {
      return new TooLong();
    }
    long deadline = System.nanoTime() + within.toNanos();
    InputStream in = request.getInputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      body.write(chunk, 0, n);
      if (body.size() > limit) {
        return new TooLong();
      }
      if (System.nanoTime() - deadline > 0) {
        return new TooSlow();
      }
    }
    return new Read(body.toByteArray());
  }
}
