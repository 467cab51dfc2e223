package org.qsurv.app.web.security;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields (and files) of a submitted form or a query string, read as UTF-8. Parsing is strict:
 * a malformed body is an {@link IllegalArgumentException}, answered 400, never half-read.
 *
 * <pre>{@code
 * FormData form = RequestContext.of(exchange).form();
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
   * Parses a {@code multipart/form-data} body (RFC 7578) with the boundary of its content type.
   *
   * @throws IllegalArgumentException if the body does not follow the format
   */
  public static FormData parseMultipart(byte[] body, String boundary) {
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
      throw new IllegalArgumentException("multipart boundary must be 1-70 characters");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    ImmutableListMultimap.Builder<String, String> fields = ImmutableListMultimap.builder();
    ImmutableList.Builder<UploadedFile> files = ImmutableList.builder();
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new IllegalArgumentException("multipart body has no boundary");
    }
    at += delimiter.length;
    while (true) {
      if (startsWith(body, at, "--")) {
        break; // the closing delimiter
      }
      if (!startsWith(body, at, "\r\n")) {
        throw new IllegalArgumentException("multipart delimiter is not followed by a line end");
      }
      int headersStart = at + 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
          headersStart);
      if (headersEnd < 0) {
        throw new IllegalArgumentException("multipart part has no end of headers");
      }
      String headers = new String(body, headersStart, headersEnd - headersStart,
          StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int contentEnd = indexOf(body, nextDelimiter, contentStart);
      if (contentEnd < 0) {
        throw new IllegalArgumentException("multipart part is not closed by the boundary");
      }
      byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
      String disposition = header(headers, "content-disposition")
          .orElseThrow(() -> new IllegalArgumentException("multipart part has no disposition"));
      String name = parameter(disposition, "name")
          .orElseThrow(() -> new IllegalArgumentException("multipart part has no name"));
      Optional<String> fileName = parameter(disposition, "filename");
      if (fileName.isPresent()) {
        files.add(new UploadedFile(name, fileName.get(),
            header(headers, "content-type").orElse("application/octet-stream"), content));
      } else {
        fields.put(name, new String(content, StandardCharsets.UTF_8));
      }
      at = contentEnd + nextDelimiter.length;
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

  private static Optional<String> header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(line.substring(colon + 1).trim());
      }
    }
    return Optional.empty();
  }

  /** A parameter of a header value such as {@code form-data; name="a"; filename="b.csv"}. */
  static Optional<String> parameter(String value, String name) {
    for (String part : value.split(";")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = p.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] body, int at, String ascii) {
    if (at + ascii.length() > body.length) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (body[at + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= body.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (body[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    // Values may be passwords or tokens: names only.
    return "FormData" + fields.keySet() + (files.isEmpty() ? "" : " with " + files.size()
        + " file(s)");
  }
}
