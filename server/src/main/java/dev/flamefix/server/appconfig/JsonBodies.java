package dev.flamefix.server.appconfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.server.optimize.OptimizeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * Reads JSON request bodies with a size bound ({@code flamefix.optimize.max-request-size}) before
 * parsing, so a huge body is refused with 413 without being buffered, and unknown fields are
 * refused instead of silently ignored.
 */
@Component
public class JsonBodies {
  private final ObjectMapper json;
  private final long maxBytes;

  public JsonBodies(ObjectMapper json, OptimizeProperties properties) {
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.maxBytes = properties.maxRequestSize().toBytes();
  }

  /** The body as {@code type}; an empty body is {@code null}. */
  public <T> T read(HttpServletRequest request, Class<T> type) throws IOException {
    byte[] body = readBounded(request, maxBytes);
    if (body.length == 0) {
      return null;
    }
    return json.readValue(body, type);
  }

  /**
   * The raw body, refused with {@link RequestTooLargeException} as soon as it is known to exceed
   * {@code maxBytes} bytes: from Content-Length when declared, else while reading (chunked).
   */
  public static byte[] readBounded(HttpServletRequest request, long maxBytes) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      throw new RequestTooLargeException("body of " + declared + " bytes exceeds the limit of " + maxBytes + " bytes");
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (body.length > maxBytes) {
      throw new RequestTooLargeException("body exceeds the limit of " + maxBytes + " bytes");
    }
    return body;
  }
}
