package dev.flamefix.server.web;

import dev.flamefix.server.appconfig.RequestTooLargeException;
import dev.flamefix.server.optimize.OptimizeProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Holds every {@code @RequestBody} to {@code flamefix.optimize.max-request-size}: a larger body is
 * refused with 413 as soon as that is known (from Content-Length, else while reading a chunked
 * body), before the JSON parser buffers any of it.
 */
@ControllerAdvice
public class RequestBodyLimit extends RequestBodyAdviceAdapter {

  private final long maxBytes;

  public RequestBodyLimit(OptimizeProperties properties) {
    this.maxBytes = properties.maxRequestSize().toBytes();
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter,
      Type targetType, Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    byte[] body = read(input.getBody(), input.getHeaders().getContentLength(), maxBytes);
    HttpHeaders headers = input.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }

  /**
   * The whole body, refused with {@link RequestTooLargeException} as soon as it is known to exceed
   * {@code maxBytes} bytes.
   *
   * @param declared the Content-Length, or a negative number when none was sent (chunked)
   */
  public static byte[] read(InputStream in, long declared, long maxBytes) throws IOException {
    if (declared > maxBytes) {
      throw new RequestTooLargeException("body of " + declared + " bytes exceeds the limit of " + maxBytes + " bytes");
    }
    byte[] body;
    try (in) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (body.length > maxBytes) {
      throw new RequestTooLargeException("body exceeds the limit of " + maxBytes + " bytes");
    }
    return body;
  }
}
