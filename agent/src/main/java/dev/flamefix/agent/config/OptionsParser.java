package dev.flamefix.agent.config;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the agent argument string ({@code server=URL,app=NAME,...}) and {@code FLAMEFIX_*}
 * environment variables into {@link AgentOptions}. Explicit options win over the environment;
 * unknown {@code FLAMEFIX_*} variables are ignored (other flamefix tools use the prefix), unknown
 * option keys are an error.
 *
 * <p>Every error is an {@link InvalidOptionException} with one line naming the offending option;
 * token values, and values of unknown keys (which may be a mistyped token), are never echoed.
 */
public final class OptionsParser {

  /** Every option key, in documentation order. */
  public static final List<String> KEYS = Collections.unmodifiableList(Arrays.asList("server",
      "app", "event", "interval", "window", "labels", "token", "queue", "timeout", "stats",
      "recording", "redact", "lines"));

  /** Prefix of the environment variables: {@code FLAMEFIX_SERVER}, {@code FLAMEFIX_APP}, ... */
  public static final String ENV_PREFIX = "FLAMEFIX_";

  private static final Pattern APP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,63}");
  private static final Pattern LABEL_VALUE = Pattern.compile("[^\\s{},;=\"]{1,128}");
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e&&[^,]]{1,4096}");

  private static final long MIN_WINDOW_MS = 1_000L;
  private static final long MAX_WINDOW_MS = 3_600_000L;
  private static final long MIN_QUEUE = 1024L;
  private static final long MAX_QUEUE = 1024L * 1024 * 1024;
  private static final long MIN_TIMEOUT_MS = 100L;
  private static final long MAX_TIMEOUT_MS = 300_000L;

  private OptionsParser() {}

  /** Parses {@code args} (may be null or empty) layered over {@code env}. */
  public static AgentOptions parse(String args, Map<String, String> env)
      throws InvalidOptionException {
    return resolve(splitOptions(args), env);
  }

  /**
   * Splits {@code key=value,key=value} into a map, rejecting unknown keys, duplicates and items
   * without {@code =}. Values are not validated here.
   */
  public static Map<String, String> splitOptions(String args) throws InvalidOptionException {
    Map<String, String> explicit = new LinkedHashMap<String, String>();
    if (args == null || args.trim().isEmpty()) {
      return explicit;
    }
    for (String item : args.split(",", -1)) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        throw new InvalidOptionException("empty item in options '" + describeShape(args)
            + "' (options are key=value separated by commas)");
      }
      int eq = trimmed.indexOf('=');
      String key = (eq < 0 ? trimmed : trimmed.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        throw new InvalidOptionException("unknown option '" + (eq < 0 ? "<no key>" : key)
            + "' (known: " + join(KEYS) + ")");
      }
      if (eq < 0) {
        throw new InvalidOptionException("option '" + key + "' needs a value: " + key + "=...");
      }
      if (explicit.containsKey(key)) {
        throw new InvalidOptionException("option '" + key + "' given twice");
      }
      explicit.put(key, trimmed.substring(eq + 1).trim());
    }
    return explicit;
  }

  /** Validates explicit options layered over {@code env} and builds the options. */
  public static AgentOptions resolve(Map<String, String> explicit, Map<String, String> env)
      throws InvalidOptionException {
    Layered in = new Layered(explicit, env);
    AgentOptions.Builder b = AgentOptions.builder();

    b.server(server(in.require("server"), in));
    String app = in.require("app");
    if (!APP.matcher(app).matches()) {
      throw in.invalid("app", "expected letters, digits, '.', '_' or '-' (at most 128)");
    }
    b.app(app);

    ProfilingEvent event = ProfilingEvent.CPU;
    if (in.has("event")) {
      event = ProfilingEvent.fromId(in.get("event"));
      if (event == null) {
        throw in.invalid("event", "expected cpu, wall, alloc or lock");
      }
    }
    b.event(event);

    long windowMillis = AgentOptions.DEFAULT_WINDOW_MILLIS;
    if (in.has("window")) {
      long nanos = Quantities.parseNanos(in.get("window"));
      if (nanos < MIN_WINDOW_MS * 1_000_000L || nanos > MAX_WINDOW_MS * 1_000_000L) {
        throw in.invalid("window", "expected a duration from 1s to 60m, such as 10s");
      }
      windowMillis = nanos / 1_000_000L;
    }
    b.windowMillis(windowMillis);

    if (in.has("interval")) {
      b.interval(interval(event, windowMillis, in));
    }
    if (in.has("labels")) {
      labels(in.get("labels"), b, in);
    }
    if (in.has("token")) {
      String token = in.get("token");
      if (!TOKEN.matcher(token).matches()) {
        throw new InvalidOptionException("invalid " + in.name("token")
            + " (value hidden): expected printable characters without spaces or commas");
      }
      b.token(token);
    }
    if (in.has("queue")) {
      long bytes = Quantities.parseBytes(in.get("queue"));
      if (bytes < MIN_QUEUE || bytes > MAX_QUEUE) {
        throw in.invalid("queue", "expected a size from 1kb to 1gb, such as 8mb");
      }
      b.queueBytes(bytes);
    }
    if (in.has("timeout")) {
      long nanos = Quantities.parseNanos(in.get("timeout"));
      if (nanos < MIN_TIMEOUT_MS * 1_000_000L || nanos > MAX_TIMEOUT_MS * 1_000_000L) {
        throw in.invalid("timeout", "expected a duration from 100ms to 5m, such as 10s");
      }
      b.timeoutMillis(nanos / 1_000_000L);
    }
    if (in.has("stats")) {
      b.statsFile(in.get("stats"));
    }
    if (in.has("recording")) {
      String value = in.get("recording").toLowerCase(Locale.ROOT);
      if (!"allow".equals(value) && !"deny".equals(value)) {
        throw in.invalid("recording", "expected allow or deny (default deny)");
      }
      b.recordingAllowed("allow".equals(value));
    }
    if (in.has("redact")) {
      b.redact(redact(in));
    }
    if (in.has("lines")) {
      String lines = in.get("lines");
      if (!lines.equals("true") && !lines.equals("false")) {
        throw in.invalid("lines", "expected true or false");
      }
      b.lines(lines.equals("true"));
    }
    return b.build();
  }

  /** Formats explicit options back into the agent argument string. */
  public static String format(Map<String, String> explicit) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : explicit.entrySet()) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }

  private static String server(String value, Layered in) throws InvalidOptionException {
    URL url;
    try {
      url = new URL(value);
    } catch (MalformedURLException e) {
      throw in.invalid("server", "expected an http or https URL such as http://flamefix:4040");
    }
    String protocol = url.getProtocol();
    if (!("http".equals(protocol) || "https".equals(protocol)) || url.getHost().isEmpty()
        || url.getQuery() != null || url.getRef() != null || url.getUserInfo() != null) {
      throw in.invalid("server", "expected an http or https URL without query or user info "
          + "(use token=), such as http://flamefix:4040");
    }
    return value;
  }

  private static long interval(ProfilingEvent event, long windowMillis, Layered in)
      throws InvalidOptionException {
    String value = in.get("interval");
    if (event.hasTimeInterval()) {
      long nanos = Quantities.parseNanos(value);
      long min = event == ProfilingEvent.LOCK ? 1_000L : 100_000L;
      if (nanos < min || nanos >= windowMillis * 1_000_000L) {
        throw in.invalid("interval", "expected a duration from " + Quantities.formatNanos(min)
            + " to below the window, such as 10ms");
      }
      return nanos;
    }
    long bytes = Quantities.parseBytes(value);
    if (bytes < 1024L || bytes > MAX_QUEUE) {
      throw in.invalid("interval", "alloc samples every N bytes: expected a size from 1kb to "
          + "1gb, such as 512kb");
    }
    return bytes;
  }

  private static void labels(String value, AgentOptions.Builder b, Layered in)
      throws InvalidOptionException {
    if (value.isEmpty()) {
      return;
    }
    for (String pair : value.split(";", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? "" : pair.substring(0, eq).trim();
      String val = eq < 0 ? "" : pair.substring(eq + 1).trim();
      if (!LABEL_KEY.matcher(key).matches() || !LABEL_VALUE.matcher(val).matches()) {
        throw in.invalid("labels", "expected k=v;k=v with keys like env or region and values "
            + "without spaces, quotes, braces, commas, semicolons or '='");
      }
      if ("name".equals(key) || "pid".equals(key) || "host".equals(key)) {
        throw in.invalid("labels", "'" + key + "' is reserved");
      }
      b.label(key, val);
    }
  }

  private static String redact(Layered in) throws InvalidOptionException {
    String value = in.get("redact");
    try {
      Pattern.compile(value);
    } catch (RuntimeException e) {
      throw new InvalidOptionException("invalid " + in.name("redact") + ": not a Java regular "
          + "expression (" + e.getMessage().split("\\R", 2)[0] + "); give several rules as "
          + "alternatives a|b; in the option string a literal comma is \\x2c, rules that need "
          + "{m,n} go in FLAMEFIX_REDACT");
    }
    return value;
  }

  private static String describeShape(String args) {
    // the raw string may hold a token: show its length only
    return "<" + args.length() + " chars>";
  }

  private static String join(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (String item : items) {
      out.append(out.length() == 0 ? "" : ", ").append(item);
    }
    return out.toString();
  }

  /** Explicit options over environment variables, remembering where each value came from. */
  private static final class Layered {
    private final Map<String, String> explicit;
    private final Map<String, String> env;

    Layered(Map<String, String> explicit, Map<String, String> env) {
      this.explicit = explicit;
      this.env = env == null ? Collections.<String, String>emptyMap() : env;
    }

    boolean has(String key) {
      return get(key) != null;
    }

    String get(String key) {
      String value = explicit.get(key);
      if (value == null) {
        value = env.get(envName(key));
        value = value == null || value.trim().isEmpty() ? null : value.trim();
      }
      return value;
    }

    String require(String key) throws InvalidOptionException {
      String value = get(key);
      if (value == null || value.isEmpty()) {
        throw new InvalidOptionException("missing option '" + key + "' (give " + key
            + "=... or set " + envName(key) + ")");
      }
      return value;
    }

    String name(String key) {
      return explicit.containsKey(key) ? "option '" + key + "'" : envName(key);
    }

    InvalidOptionException invalid(String key, String expected) {
      String value = get(key);
      // a URL may carry user:password@; never echo that
      String shown = value != null && value.contains("@") ? "<hidden>" : value;
      return new InvalidOptionException("invalid " + name(key) + " '" + shown + "': "
          + expected);
    }

    static String envName(String key) {
      return ENV_PREFIX + key.toUpperCase(Locale.ROOT);
    }
  }
}
