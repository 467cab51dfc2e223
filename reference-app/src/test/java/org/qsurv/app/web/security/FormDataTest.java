package org.qsurv.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormDataTest {
  @Test
  void urlEncodedFieldsAreDecodedAsUtf8InOrder() {
    FormData form = FormData.parseUrlEncoded("a=1&b=caf%C3%A9+au+lait&a=2&flag&=empty-name");
    assertEquals(List.of("1", "2"), form.all("a"));
    assertEquals(Optional.of("café au lait"), form.first("b"));
    assertEquals(Optional.of(""), form.first("flag"));
    assertEquals(Optional.empty(), form.first("missing"));
    assertEquals(FormData.empty().fields(), FormData.parseUrlEncoded(null).fields());
  }

  @Test
  void aMalformedEscapeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> FormData.parseUrlEncoded("a=%G1"));
  }

  @Test
  void multipartFieldsAndFilesAreSeparated() {
    String body = "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nlínea 1\r\nline 2"
        + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".csv\""
        + "\r\nContent-Type: text/csv\r\n\r\nx,y\r\n--XyZ--\r\n";
    FormData form = FormData.parseMultipart(body.getBytes(StandardCharsets.UTF_8), "XyZ");
    assertEquals(Optional.of("línea 1\r\nline 2"), form.first("note"));
    UploadedFile file = form.file("file").orElseThrow();
    assertEquals("a \"b\".csv", file.fileName());
    assertEquals("text/csv", file.contentType());
    assertEquals("x,y", new String(file.content(), StandardCharsets.UTF_8));
  }

  @Test
  void aTruncatedMultipartBodyIsRefused() {
    byte[] body = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"
        .getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> FormData.parseMultipart(body, "XyZ"));
    assertThrows(IllegalArgumentException.class,
        () -> FormData.parseMultipart("no boundary".getBytes(StandardCharsets.UTF_8), "XyZ"));
  }

  @Test
  void toStringNamesFieldsButNeverValues() {
    FormData form = FormData.parseUrlEncoded("password=hunter2&csrf-token=abc");
    assertEquals("FormData[password, csrf-token]", form.toString());
  }
}
