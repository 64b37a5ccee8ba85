package dev.flamefix.server.kb;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.store.CaseFilter;
import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.appconfig.RequestTooLargeException;
import dev.flamefix.server.web.BadRequestException;
import dev.flamefix.server.web.RequestBodyLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/kb/**}: browse and search the knowledge base, and import PIE-style JSONL. The
 * knowledge base itself is the server's one {@link KnowledgeBase} bean (opened lazily on first use,
 * seeded with the shipped corpus). Query parameters are checked by Spring MVC's built-in method
 * validation, so a bad one is a 400 problem detail naming it.
 */
@RestController
public class KbController {

  private final ObjectProvider<KnowledgeBase> knowledgeBase;
  private final long maxImportBytes;

  public KbController(ObjectProvider<KnowledgeBase> knowledgeBase, KbProperties properties) {
    this.knowledgeBase = knowledgeBase;
    this.maxImportBytes = properties.maxImportSize().toBytes();
  }

  /**
   * With {@code query} (code or words): the {@code limit} most similar cases, most similar first,
   * with their similarity. Without: the stored cases ordered by category, then rate (highest
   * first). {@code category} and {@code source} narrow either.
   */
  @GetMapping("/api/kb/cases")
  public List<KbCaseSummary> cases(
      @RequestParam(required = false) @Size(max = 100_000) String query,
      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String source) {
    CaseFilter filter = new CaseFilter(blankToNull(category), source(source));
    KnowledgeBase kb = knowledgeBase.getObject();
    if (query != null && !query.isBlank()) {
      List<ScoredCase> hits = kb.search(query, limit, filter);
      return hits.stream().map(h -> KbCaseSummary.of(h.match(), h.similarity())).toList();
    }
    List<Case> all = new ArrayList<>();
    kb.store().forEach(c -> {
      if (filter.test(c)) {
        all.add(c);
      }
    });
    all.sort(Comparator.comparing(Case::category)
        .thenComparing(Comparator.comparingDouble(Case::rate).reversed())
        .thenComparing(Case::id));
    return all.stream().limit(limit).map(c -> KbCaseSummary.of(c, null)).toList();
  }

  /** One case with its slow and fast code; 404 when there is none with this id. */
  @GetMapping("/api/kb/cases/{id}")
  public KbCaseDetail get(@PathVariable String id) {
    return knowledgeBase.getObject().get(id).map(KbCaseDetail::of)
        .orElseThrow(() -> new NotFoundException("Unknown case", "unknown_case",
            "no knowledge-base case with id '" + id + "'"));
  }

  /**
   * Imports the body as JSONL, one case per line: PIE-style ({@code input}, {@code target}, {@code
   * summary}, {@code rate}; optional {@code id}, {@code category}) by default, or flamefix's own
   * export format with {@code format=flamefix}. Good lines are stored even when others are refused;
   * 200 with the count and the refused lines, or 422 when no line could be imported.
   */
  @PostMapping("/api/kb/import")
  public ResponseEntity<KbImportResponse> importCases(HttpServletRequest request,
      @RequestParam(defaultValue = "pie") String format) throws IOException {
    boolean pie;
    if ("pie".equalsIgnoreCase(format)) {
      pie = true;
    } else if ("flamefix".equalsIgnoreCase(format)) {
      pie = false;
    } else {
      throw new BadRequestException("bad_request",
          "format: 'pie' or 'flamefix', was '" + format + "'");
    }
    String body = readLimited(request);
    if (body.isBlank()) {
      throw new BadRequestException("empty_body", "the body must hold JSONL, one case per line");
    }
    KnowledgeBase kb = knowledgeBase.getObject();
    KbImportResponse result = KbImportResponse.of(pie
        ? kb.importPieJsonl(new java.io.StringReader(body))
        : kb.importJsonl(new java.io.StringReader(body)));
    HttpStatus status = result.imported() == 0 && !result.errors().isEmpty()
        ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
    return ResponseEntity.status(status).body(result);
  }

  /**
   * The body as text, read by hand rather than bound with {@code @RequestBody}: it is JSONL, not
   * one JSON value, and has its own, larger limit ({@code flamefix.kb.max-import-size}) than the
   * JSON bodies, enforced before it is buffered whole.
   */
  private String readLimited(HttpServletRequest request) throws IOException {
    try {
      return new String(RequestBodyLimit.read(request.getInputStream(),
          request.getContentLengthLong(), maxImportBytes), StandardCharsets.UTF_8);
    } catch (RequestTooLargeException e) {
      throw new RequestTooLargeException("the import body is larger than "
          + "flamefix.kb.max-import-size (" + maxImportBytes + " bytes)");
    }
  }

  private static CaseSource source(String source) {
    if (source == null || source.isBlank()) {
      return null;
    }
    try {
      return CaseSource.fromWire(source);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("bad_request", "source: " + e.getMessage());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
