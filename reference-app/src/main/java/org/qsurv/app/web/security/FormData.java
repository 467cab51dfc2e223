package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Promise;

/**
 * The fields (and files) of a submitted form or a query string, read as UTF-8 from a body the
 * {@link SecurityFilter} has already read up to its route's limit. Parsing is strict: a malformed
 * body is an {@link IllegalArgumentException}, answered 400, never half-read.
 *
 * <pre>{@code
 * FormData form = RequestContext.of(ctx).form();
 * String rationale = form.first("rationale").orElse("");
 * }</pre>
 */
public final class FormData {
  private static final FormData EMPTY = new FormData(ImmutableListMultimap.of(), ImmutableList.of());

  private final ImmutableListMultimap<String, String> fields;
  private final ImmutableList<UploadedFile> files;

  private FormData(ImmutableListMultimap<String, String> fields, ImmutableList<UploadedFile> files) {
    this.fields = fields;
    this.files = files;
  }

  /** No fields at all. */
  public static FormData empty() {
    return EMPTY;
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text: a request body or a raw query string.
   *
   * @throws IllegalArgumentException if an escape is malformed
   */
  public static FormData parseUrlEncoded(String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    ImmutableListMultimap.Builder<String, String> fields = ImmutableListMultimap.builder();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return new FormData(fields.build(), ImmutableList.of());
  }

  /**
   * Parses a {@code multipart/form-data} body (RFC 7578) with the boundary of its content type,
   * with Jetty's parser, every part in memory (the body is already whole and within its limit).
   *
   * @throws IllegalArgumentException if the body does not follow the format
   */
  public static FormData parseMultipart(byte[] body, String boundary) {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
      throw new IllegalArgumentException("multipart boundary must be 1-70 characters");
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxMemoryFileSize(Long.MAX_VALUE);
    ImmutableListMultimap.Builder<String, String> fields = ImmutableListMultimap.builder();
    ImmutableList.Builder<UploadedFile> files = ImmutableList.builder();
    CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
    parser.parse(Content.Source.from(ByteBuffer.wrap(body)), Promise.Invocable.toPromise(parsed));
    try (MultiPartFormData.Parts parts = parsed.get()) {
      for (MultiPart.Part part : parts) {
        if (part.getName() == null) {
          throw new IllegalArgumentException("multipart part has no name");
        }
        if (part.getFileName() == null) {
          fields.put(part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
        } else {
          ByteBuffer content = Content.Source.asByteBuffer(part.getContentSource());
          byte[] bytes = new byte[content.remaining()];
          content.get(bytes);
          files.add(new UploadedFile(part.getName(), part.getFileName(), Optional.ofNullable(
              part.getHeaders().get(HttpHeader.CONTENT_TYPE)).orElse("application/octet-stream"),
              bytes));
        }
      }
    } catch (ExecutionException | IOException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalArgumentException("multipart body cannot be read: " + cause.getMessage(),
          cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new FormData(fields.build(), files.build());
  }

  /** The first value of the field, if it was sent. */
  public Optional<String> first(String name) {
    ImmutableList<String> values = fields.get(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of the field, in the order sent. */
  public ImmutableList<String> all(String name) {
    return fields.get(name);
  }

  /** Every field and value. */
  public ImmutableListMultimap<String, String> fields() {
    return fields;
  }

  /** The uploaded files, in the order sent. */
  public ImmutableList<UploadedFile> files() {
    return files;
  }

  /** The first file sent as field {@code name}, if any. */
  public Optional<UploadedFile> file(String name) {
    return files.stream().filter(f -> f.fieldName().equals(name)).findFirst();
  }

  @Override
  public String toString() {
    // Values may be passwords or tokens: names only.
    return "FormData" + fields.keySet() + (files.isEmpty() ? "" : " with " + files.size()
        + " file(s)");
  }
}
