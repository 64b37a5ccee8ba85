package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import dev.flamefix.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code POST /ingest}, Pyroscope's ingest API. Two body shapes arrive here:
 *
 * <ul>
 *   <li>a raw body (folded text or a JFR recording, gzip or not), as our agent and Pyroscope's
 *       collapsed mode send it;
 *   <li>{@code multipart/form-data} with a {@code jfr} part (and an optional {@code labels} part of
 *       per-context labels, which flamefix does not use), as the Pyroscope Java agent sends JFR.
 * </ul>
 *
 * Every refusal is counted in {@code flamefix.ingest.rejected} and answered with a problem detail
 * carrying the reason.
 */
@RestController
public class IngestController {

  /** The request header a client may set to name its request for deduplication. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final IngestService ingest;
  private final IngestTokenCheck tokens;
  private final IngestMetrics metrics;
  private final IngestGate gate;

  public IngestController(
      IngestService ingest, IngestTokenCheck tokens, IngestMetrics metrics, IngestGate gate) {
    this.ingest = ingest;
    this.tokens = tokens;
    this.metrics = metrics;
    this.gate = gate;
  }

  /**
   * Accepts one profile window (see the class comment for the body shapes). An identical request
   * (same window and payload, or same {@code Idempotency-Key}) is answered {@code duplicate: true}
   * and stores nothing; a saturated server answers 429 with {@code Retry-After}.
   */
  @PostMapping("/ingest")
  public IngestResult ingest(HttpServletRequest request) {
    try {
      // The token first: an unauthorised client gets no body parsing at all.
      tokens.check(request.getHeader(HttpHeaders.AUTHORIZATION));
    } catch (IngestRejectedException e) {
      metrics.rejected(e.reason());
      throw e;
    }
    if (!gate.tryEnter()) {
      metrics.saturated();
      throw new IngestSaturatedException(gate.maxInFlight(), gate.retryAfterSeconds());
    }
    try {
      String key = request.getHeader(IDEMPOTENCY_KEY);
      MultipartHttpServletRequest multipart =
          WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
      if (multipart != null) {
        byte[] jfr = jfrPart(multipart);
        return ingest.ingest(queryParams(request), jfr, IngestFormat.JFR, key);
      }
      byte[] body = readBody(request);
      return ingest.ingest(queryParams(request), body, null, key);
    } catch (IngestRejectedException e) {
      metrics.rejected(e.reason());
      throw e;
    } finally {
      gate.leave();
    }
  }

  /** 429 with {@code Retry-After}: the agent keeps the window and sends it again then. */
  @ExceptionHandler(IngestSaturatedException.class)
  ResponseEntity<ProblemDetail> saturated(IngestSaturatedException e) {
    ProblemDetail p = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Ingest busy", IngestSaturatedException.REASON,
        e.getMessage());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(p);
  }

  /**
   * The query string's parameters, first value of each. Read from the query string alone: clients
   * that send a raw body as {@code application/x-www-form-urlencoded} (the JDK's
   * HttpURLConnection default) must not have their profile parsed as form fields.
   */
  static Map<String, String> queryParams(HttpServletRequest request) {
    Map<String, String> params = new HashMap<>();
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(key, value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IngestRejectedException(
          HttpStatus.BAD_REQUEST,
          IngestRejectedException.BAD_REQUEST,
          "malformed query string near '" + s + "'");
    }
  }

  private byte[] jfrPart(MultipartHttpServletRequest multipart) {
    try {
      MultipartFile jfr = multipart.getFile("jfr");
      if (jfr == null) {
        throw new IngestRejectedException(
            HttpStatus.BAD_REQUEST,
            IngestException.MALFORMED,
            "multipart ingest needs a 'jfr' part; found " + multipart.getFileMap().keySet());
      }
      return jfr.getBytes();
    } catch (MaxUploadSizeExceededException e) {
      throw tooLarge();
    } catch (MultipartException e) {
      throw new IngestRejectedException(
          HttpStatus.BAD_REQUEST,
          IngestException.MALFORMED,
          "unreadable multipart body: " + e.getMostSpecificCause().getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the body, refusing it as soon as it passes the size limit. */
  private byte[] readBody(HttpServletRequest request) {
    long max = ingest.limits().maxCompressedBytes();
    long declared = request.getContentLengthLong();
    if (declared > max) {
      throw tooLarge();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
    byte[] buf = new byte[16384];
    try (InputStream in = request.getInputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > max) {
          throw tooLarge();
        }
      }
    } catch (IOException e) {
      throw new IngestRejectedException(
          HttpStatus.BAD_REQUEST,
          IngestException.MALFORMED,
          "could not read the request body: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private IngestRejectedException tooLarge() {
    return new IngestRejectedException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        IngestException.TOO_LARGE,
        "payload is larger than the limit of " + ingest.limits().maxCompressedBytes() + " bytes");
  }
}
