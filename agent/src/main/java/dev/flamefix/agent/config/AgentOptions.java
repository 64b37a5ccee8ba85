package dev.flamefix.agent.config;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's validated configuration. Immutable; build with {@link #builder()} or parse with
 * {@link OptionsParser}. {@link #toString()} never shows the token.
 */
public final class AgentOptions {

  /** Default length of one profiling window: 10 s, Pyroscope's upload period. */
  public static final long DEFAULT_WINDOW_MILLIS = 10_000L;
  /** Default bound of the send queue. */
  public static final long DEFAULT_QUEUE_BYTES = 8L * 1024 * 1024;
  /** Default connect and read timeout of one upload. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 10_000L;

  private final String server;
  private final String app;
  private final ProfilingEvent event;
  private final long interval;
  private final long windowMillis;
  private final Map<String, String> labels;
  private final String token;
  private final long queueBytes;
  private final long timeoutMillis;
  private final String statsFile;
  private final boolean recordingAllowed;
  private final String redact;
  private final boolean lines;

  private AgentOptions(Builder b) {
    this.server = b.server;
    this.app = b.app;
    this.event = b.event;
    this.interval = b.interval > 0 ? b.interval : b.event.defaultInterval();
    this.windowMillis = b.windowMillis;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<String, String>(b.labels));
    this.token = b.token;
    this.queueBytes = b.queueBytes;
    this.timeoutMillis = b.timeoutMillis;
    this.statsFile = b.statsFile;
    this.recordingAllowed = b.recordingAllowed;
    this.redact = b.redact;
    this.lines = b.lines;
  }

  /** A builder with every default set; {@code server} and {@code app} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Base URL of the flamefix (or Pyroscope) server, without a trailing slash. */
  public String server() {
    return server;
  }

  /** Application name; the ingest name is {@code app.event{labels}}. */
  public String app() {
    return app;
  }

  /** The sampled event. */
  public ProfilingEvent event() {
    return event;
  }

  /** Sampling interval: nanoseconds for time events, bytes for alloc. */
  public long interval() {
    return interval;
  }

  /** Length of one window in milliseconds. */
  public long windowMillis() {
    return windowMillis;
  }

  /** Static labels in the order given. */
  public Map<String, String> labels() {
    return labels;
  }

  /** Bearer token, or null; never log it. */
  public String token() {
    return token;
  }

  /** Bound of the send queue in bytes of compressed payload. */
  public long queueBytes() {
    return queueBytes;
  }

  /** Connect and read timeout of one upload, in milliseconds. */
  public long timeoutMillis() {
    return timeoutMillis;
  }

  /** Path of the debug statistics file, or null when not requested. */
  public String statsFile() {
    return statsFile;
  }

  /**
   * Whether the server may ask this agent to record calls of a method ({@code recording=allow}).
   * Off by default: the application's owner opts in to argument capture.
   */
  public boolean recordingAllowed() {
    return recordingAllowed;
  }

  /**
   * The agent's own redaction rule, one Java regular expression applied to every recorded string
   * on top of the server's rules (several rules are alternatives {@code a|b}); null when none.
   */
  public String redact() {
    return redact;
  }

  /**
   * Whether windows carry source line numbers: async-profiler then writes each window as JFR
   * (which records every frame's line) instead of collapsed text (which cannot). Default true.
   */
  public boolean lines() {
    return lines;
  }

  /** The server URL without user info, safe to log. */
  public String serverForLog() {
    try {
      URL url = new URL(server);
      return url.getProtocol() + "://" + url.getHost() + (url.getPort() < 0 ? ""
          : ":" + url.getPort()) + url.getPath();
    } catch (MalformedURLException e) {
      return "<invalid url>";
    }
  }

  /** Human form of the interval, e.g. {@code 10ms} or {@code 512kb}. */
  public String intervalForLog() {
    return event.hasTimeInterval() ? Quantities.formatNanos(interval)
        : Quantities.formatBytes(interval);
  }

  @Override
  public String toString() {
    return "server=" + serverForLog() + ",app=" + app + ",event=" + event.id() + ",interval="
        + intervalForLog() + ",window=" + Quantities.formatNanos(windowMillis * 1_000_000L)
        + ",labels=" + labels + ",token=" + (token == null ? "none" : "***") + ",queue="
        + Quantities.formatBytes(queueBytes) + ",timeout="
        + Quantities.formatNanos(timeoutMillis * 1_000_000L)
        + (statsFile == null ? "" : ",stats=" + statsFile)
        + ",recording=" + (recordingAllowed ? "allow" : "deny")
        + (redact == null ? "" : ",redact=" + redact)
        + (lines ? "" : ",lines=false");
  }

  /** Mutable builder for {@link AgentOptions}; validation happens in {@link OptionsParser}. */
  public static final class Builder {
    private String server;
    private String app;
    private ProfilingEvent event = ProfilingEvent.CPU;
    private long interval = -1;
    private long windowMillis = DEFAULT_WINDOW_MILLIS;
    private final Map<String, String> labels = new LinkedHashMap<String, String>();
    private String token;
    private long queueBytes = DEFAULT_QUEUE_BYTES;
    private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
    private String statsFile;
    private boolean recordingAllowed;
    private String redact;
    private boolean lines = true;

    private Builder() {}

    /** Base URL; a trailing slash is removed. */
    public Builder server(String value) {
      this.server = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
      return this;
    }

    public Builder app(String value) {
      this.app = value;
      return this;
    }

    public Builder event(ProfilingEvent value) {
      this.event = value;
      return this;
    }

    /** Nanoseconds for time events, bytes for alloc; non-positive means the event's default. */
    public Builder interval(long value) {
      this.interval = value;
      return this;
    }

    public Builder windowMillis(long value) {
      this.windowMillis = value;
      return this;
    }

    public Builder label(String key, String value) {
      this.labels.put(key, value);
      return this;
    }

    public Builder token(String value) {
      this.token = value;
      return this;
    }

    public Builder queueBytes(long value) {
      this.queueBytes = value;
      return this;
    }

    public Builder timeoutMillis(long value) {
      this.timeoutMillis = value;
      return this;
    }

    public Builder statsFile(String value) {
      this.statsFile = value;
      return this;
    }

    public Builder recordingAllowed(boolean value) {
      this.recordingAllowed = value;
      return this;
    }

    /** One regular expression; null for none. */
    public Builder redact(String value) {
      this.redact = value;
      return this;
    }

    public Builder lines(boolean value) {
      this.lines = value;
      return this;
    }

    /** Builds the options; throws if {@code server} or {@code app} is missing. */
    public AgentOptions build() {
      if (server == null || app == null) {
        throw new IllegalStateException("server and app are required");
      }
      return new AgentOptions(this);
    }
  }
}
