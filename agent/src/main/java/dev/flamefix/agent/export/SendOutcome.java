package dev.flamefix.agent.export;

/** Result of one upload attempt. */
public final class SendOutcome {

  /** What to do with the window after the attempt. */
  public enum Kind {
    /** The server took it. */
    SENT,
    /** The server is down, slow or failing; keep the window and try again later. */
    RETRY,
    /** The server refused this window for good (4xx); drop it. */
    REJECTED
  }

  private final Kind kind;
  private final int status;
  private final String detail;
  private final long retryAfterMillis;

  private SendOutcome(Kind kind, int status, String detail, long retryAfterMillis) {
    this.kind = kind;
    this.status = status;
    this.detail = detail;
    this.retryAfterMillis = retryAfterMillis;
  }

  private SendOutcome(Kind kind, int status, String detail) {
    this(kind, status, detail, -1);
  }

  static SendOutcome sent(int status) {
    return new SendOutcome(Kind.SENT, status, "HTTP " + status);
  }

  static SendOutcome retry(int status, String detail) {
    return new SendOutcome(Kind.RETRY, status, detail);
  }

  static SendOutcome rejected(int status, String detail) {
    return new SendOutcome(Kind.REJECTED, status, detail);
  }

  /**
   * Classifies an HTTP status as {@link #forStatus(int, String)} does, keeping the server's {@code
   * Retry-After} (milliseconds, -1 for none) for a retry.
   */
  static SendOutcome forStatus(int status, String message, long retryAfterMillis) {
    SendOutcome o = forStatus(status, message);
    return o.kind == Kind.RETRY && retryAfterMillis >= 0
        ? new SendOutcome(Kind.RETRY, status, o.detail, retryAfterMillis) : o;
  }

  /** Classifies an HTTP status: 2xx sent, 408/429/5xx retry, anything else rejected. */
  static SendOutcome forStatus(int status, String message) {
    String detail = "HTTP " + status + (message == null || message.isEmpty() ? "" : " " + message);
    if (status >= 200 && status < 300) {
      return sent(status);
    } else if (status == 408 || status == 429 || status >= 500 || status < 100) {
      return retry(status, detail);
    }
    return rejected(status, detail);
  }

  public Kind kind() {
    return kind;
  }

  /** HTTP status, or -1 when no response arrived. */
  public int status() {
    return status;
  }

  /** How long the server asked the agent to wait before retrying (ms), or -1 when it did not say. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }

  /** One line describing the attempt, safe to log (no token, no URL credentials). */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return kind + " (" + detail + ")";
  }
}
