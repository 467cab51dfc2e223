package org.qsurv.app.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.nio.charset.StandardCharsets;
import org.qsurv.app.web.html.SafeHtml;

/**
 * What a page answers: a status, a content type, a body and any extra headers.
 *
 * <p>The body is a list of chunks sent one after another, so that a page assembled from cached,
 * already-encoded parts (a provider's charts) is sent from those parts as they are, not copied into
 * one new array for each request. The chunks are never changed.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param chunks the body's bytes, in order
 * @param headers extra headers ({@code Location}, {@code Set-Cookie}, {@code Content-Disposition})
 */
record Response(int status, String contentType, ImmutableList<byte[]> chunks,
    ImmutableListMultimap<String, String> headers) {

  /** A response whose body is {@code body}. */
  Response(int status, String contentType, byte[] body,
      ImmutableListMultimap<String, String> headers) {
    this(status, contentType, ImmutableList.of(body), headers);
  }

  static Response html(int status, SafeHtml document) {
    return new Response(status, "text/html; charset=utf-8",
        document.markup().getBytes(StandardCharsets.UTF_8), ImmutableListMultimap.of());
  }

  static Response redirect(String location) {
    return new Response(303, "text/plain; charset=utf-8", new byte[0],
        ImmutableListMultimap.of("Location", location));
  }

  static Response text(int status, String contentType, String body) {
    return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8),
        ImmutableListMultimap.of());
  }

  /** The body's length in bytes. */
  long length() {
    long length = 0;
    for (byte[] chunk : chunks) {
      length += chunk.length;
    }
    return length;
  }

  Response withHeader(String name, String value) {
    return new Response(status, contentType, chunks, ImmutableListMultimap.<String, String>builder()
        .putAll(headers).put(name, value).build());
  }
}
