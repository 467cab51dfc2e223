package org.qsurv.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qsurv.app.importer.ImportKind;
import org.qsurv.app.importer.ImportPlan;
import org.qsurv.app.importer.Importer;
import org.qsurv.app.port.ImportSink.ImportReceipt;
import org.qsurv.app.port.Ports;
import org.qsurv.app.web.html.Choice;
import org.qsurv.app.web.html.Labels;
import org.qsurv.app.web.html.SafeHtml;
import org.qsurv.app.web.html.Section;
import org.qsurv.app.web.html.Templates;
import org.qsurv.app.web.security.FormData;
import org.qsurv.app.web.security.RequestContext;
import org.qsurv.app.web.security.UploadedFile;
import org.qsurv.escalation.policy.EscalationPolicy;

/**
 * CSV import through the app's {@link Importer}: the upload is validated into an {@link
 * ImportPlan} and its report shown before anything is written; only a valid plan can be confirmed,
 * by the user who uploaded it, within 30 minutes.
 */
final class ImportPages {
  private final Ports ports;
  private final Assessments assessments;
  private final Importer importer;
  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Pending> pending = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofMinutes(30)).maximumSize(100).build();

  private record Pending(String userName, ImportPlan plan) {}

  /** The import pages, whose importer decides an imported snapshot's decisions under {@code policy}. */
  ImportPages(Ports ports, Assessments assessments, EscalationPolicy policy) {
    this.ports = ports;
    this.assessments = assessments;
    this.importer = new Importer(ports, policy);
  }

  void form(Context ctx) {
    Pages.render(ctx, 200, "Import", Optional.of(Section.IMPORT), uploadForm(ctx));
  }

  private SafeHtml uploadForm(Context ctx) {
    return Templates.render("imports/upload.jte", Map.of("csrfToken",
        Pages.session(ctx).csrfToken(), "kinds", kinds()));
  }

  private static List<Choice> kinds() {
    List<Choice> kinds = new ArrayList<>();
    kinds.add(new Choice("", "Tell from the file"));
    for (ImportKind k : ImportKind.values()) {
      kinds.add(new Choice(k.name(), Labels.words(k)));
    }
    return kinds;
  }

  void preview(Context ctx) throws IOException {
    FormData form = RequestContext.of(ctx).form();
    Optional<UploadedFile> file = form.file("file");
    if (file.isEmpty() || file.get().content().length == 0) {
      Pages.render(ctx, 400, "Import", Optional.of(Section.IMPORT),
          SafeHtml.concat(Pages.paragraph("Choose a file to upload."), uploadForm(ctx)));
      return;
    }
    Optional<ImportKind> kind = form.first("kind").filter(k -> !k.isEmpty())
        .map(ImportKind::valueOf);
    String source = file.get().fileName().isBlank() ? "upload.csv" : file.get().fileName();
    String userName = Pages.user(ctx).userName();
    ImportPlan plan = importer.plan(source, kind,
        new ByteArrayInputStream(file.get().content()), userName);
    Optional<String> confirmToken = Optional.empty();
    if (plan.isValid()) {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      String token = HexFormat.of().formatHex(bytes);
      pending.put(token, new Pending(userName, plan));
      confirmToken = Optional.of(token);
    }
    SafeHtml report = Templates.render("imports/report.jte", Map.of("source", source,
        "plan", plan, "csrfToken", Pages.session(ctx).csrfToken(), "kinds", kinds(),
        "confirmToken", confirmToken));
    Pages.render(ctx, plan.isValid() ? 200 : 422,
        plan.isValid() ? "Import: check and confirm" : "Import: problems found",
        Optional.of(Section.IMPORT), report);
  }

  void confirm(Context ctx) {
    String token = Pages.field(ctx, "plan");
    Pending p = token.isEmpty() ? null : pending.getIfPresent(token);
    if (p == null || !p.userName().equals(Pages.user(ctx).userName())) {
      Pages.render(ctx, 400, "Import", Optional.of(Section.IMPORT), Pages.paragraph(
          "That upload has expired or is not yours: upload the file again."));
      return;
    }
    pending.invalidate(token);
    ImportReceipt receipt = importer.write(p.plan(), (done, total) -> { });
    assessments.written();
    Pages.render(ctx, 200, "Import complete", Optional.of(Section.IMPORT),
        Pages.paragraph(receipt.rows() + " records imported (import " + receipt.importId()
            + ")."));
  }
}
