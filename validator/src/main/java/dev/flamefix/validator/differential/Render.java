package dev.flamefix.validator.differential;

import java.util.List;

/** JSON-like rendering of inputs and outcomes for reports. */
final class Render {

  private static final int MAX_STRING = 120;
  private static final java.util.regex.Pattern CANDIDATE_NAME =
      java.util.regex.Pattern.compile("__candidate\\d*");

  private Render() {}

  static String atom(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Character c) {
      return "'" + escape(String.valueOf(c)) + "'";
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    if (value instanceof Float f) {
      return f + "f";
    }
    if (value instanceof Enum<?> e) {
      return e.getDeclaringClass().getSimpleName() + "." + e.name();
    }
    return String.valueOf(value);
  }

  static String string(String s) {
    if (s.length() > MAX_STRING) {
      return "\"" + escape(s.substring(0, MAX_STRING / 2)) + "\"...(" + s.length() + " chars)...\""
          + escape(s.substring(s.length() - MAX_STRING / 4)) + "\"";
    }
    return "\"" + escape(s) + "\"";
  }

  static String sequence(List<Value> elements) {
    StringBuilder out = new StringBuilder("[");
    int shown = Math.min(elements.size(), 12);
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? "" : ", ").append(elements.get(i).render());
    }
    if (elements.size() > shown) {
      out.append(", ... ").append(elements.size() - shown).append(" more");
    }
    return out.append(']').toString();
  }

  /** Arguments of a call, comma-separated, without parentheses. */
  static String arguments(List<Value> arguments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(arguments.get(i).render());
    }
    return out.toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Renders any object (results, arguments after a call) for the report, bounded in length. */
  static String object(Object value) {
    String text;
    if (value == null) {
      text = "null";
    } else if (value instanceof String s) {
      text = string(s);
    } else if (value.getClass().isArray()) {
      text = arrayToString(value);
    } else {
      try {
        text = atom(value);
      } catch (RuntimeException e) {
        text = value.getClass().getName() + "@?";
      }
    }
    // The candidate's own toString may print its renamed class; reports use the original's name.
    text = CANDIDATE_NAME.matcher(text).replaceAll("");
    return text.length() > 400 ? text.substring(0, 400) + "...(" + text.length() + " chars)" : text;
  }

  private static String arrayToString(Object array) {
    int n = java.lang.reflect.Array.getLength(array);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < Math.min(n, 20); i++) {
      out.append(i == 0 ? "" : ", ").append(object(java.lang.reflect.Array.get(array, i)));
    }
    if (n > 20) {
      out.append(", ... ").append(n - 20).append(" more");
    }
    return out.append(']').toString();
  }
}
