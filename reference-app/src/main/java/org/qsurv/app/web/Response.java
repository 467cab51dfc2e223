package org.qsurv.app.web;

import com.google.common.collect.ImmutableListMultimap;
import java.nio.charset.StandardCharsets;
import org.qsurv.app.web.html.SafeHtml;

/**
 * What a page answers: a status, a content type, a body and any extra headers.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param body the body's bytes
 * @param headers extra headers ({@code Location}, {@code Set-Cookie}, {@code Content-Disposition})
 */
record Response(int status, String contentType, byte[] body,
    ImmutableListMultimap<String, String> headers) {

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

  Response withHeader(String name, String value) {
    return new Response(status, contentType, body, ImmutableListMultimap.<String, String>builder()
        .putAll(headers).put(name, value).build());
  }
}
