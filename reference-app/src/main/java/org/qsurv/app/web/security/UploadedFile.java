package org.qsurv.app.web.security;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent in a {@code multipart/form-data} form (the import page's CSV upload).
 *
 * @param fieldName the form field it was sent as
 * @param fileName the name the browser gave it, as sent: never use it as a path
 * @param contentType the type the browser claimed, or {@code application/octet-stream}
 * @param content the bytes
 */
public record UploadedFile(String fieldName, String fileName, String contentType, byte[] content) {
  /** Copies the content, so the value cannot change later. */
  public UploadedFile {
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    content = content.clone();
  }

  /** A copy of the bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UploadedFile f && f.fieldName.equals(fieldName)
        && f.fileName.equals(fileName) && f.contentType.equals(contentType)
        && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fieldName, fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "UploadedFile[" + fieldName + ", " + fileName + ", " + content.length + " bytes]";
  }
}
