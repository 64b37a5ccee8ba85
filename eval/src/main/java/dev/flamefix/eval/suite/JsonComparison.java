package dev.flamefix.eval.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares an actual result with the expected value as JSON trees. Numbers compare by value (an
 * {@code int} 3 equals a {@code long} 3); when either side is floating point they may differ by
 * a relative tolerance. Object fields compare regardless of order, arrays element by element.
 */
public final class JsonComparison {

  private JsonComparison() {}

  /**
   * Returns {@code null} when the trees match, otherwise a message naming the first difference.
   */
  public static String difference(JsonNode expected, JsonNode actual, double tolerance) {
    return diff("$", expected, actual, tolerance);
  }

  private static String diff(String path, JsonNode e, JsonNode a, double tol) {
    if (e == null || e.isNull() || a == null || a.isNull() || e.isMissingNode()) {
      boolean eNull = e == null || e.isNull() || e.isMissingNode();
      boolean aNull = a == null || a.isNull() || a.isMissingNode();
      return eNull == aNull ? null : mismatch(path, e, a);
    }
    if (e.isNumber() && a.isNumber()) {
      return numbersMatch(e, a, tol) ? null : mismatch(path, e, a);
    }
    if (e.isArray() && a.isArray()) {
      if (e.size() != a.size()) {
        return path + ": expected " + e.size() + " elements but got " + a.size() + " " + clip(a);
      }
      for (int i = 0; i < e.size(); i++) {
        String d = diff(path + "[" + i + "]", e.get(i), a.get(i), tol);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (e.isObject() && a.isObject()) {
      TreeSet<String> eNames = new TreeSet<>();
      e.fieldNames().forEachRemaining(eNames::add);
      TreeSet<String> aNames = new TreeSet<>();
      a.fieldNames().forEachRemaining(aNames::add);
      if (!eNames.equals(aNames)) {
        return path + ": expected fields " + eNames + " but got " + aNames;
      }
      Iterator<Map.Entry<String, JsonNode>> it = e.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> field = it.next();
        String d = diff(path + "." + field.getKey(), field.getValue(), a.get(field.getKey()), tol);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return e.equals(a) ? null : mismatch(path, e, a);
  }

  private static boolean numbersMatch(JsonNode e, JsonNode a, double tol) {
    if (e.isFloatingPointNumber() || a.isFloatingPointNumber()) {
      double x = e.doubleValue();
      double y = a.doubleValue();
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return Double.isNaN(x) && Double.isNaN(y);
      }
      if (x == y) {
        return true;
      }
      double scale = Math.max(1.0, Math.max(Math.abs(x), Math.abs(y)));
      return Math.abs(x - y) <= tol * scale;
    }
    return new BigDecimal(e.bigIntegerValue()).compareTo(new BigDecimal(a.bigIntegerValue())) == 0;
  }

  private static String mismatch(String path, JsonNode e, JsonNode a) {
    return path + ": expected " + clip(e) + " but got " + clip(a);
  }

  private static String clip(JsonNode node) {
    String s = String.valueOf(node);
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
