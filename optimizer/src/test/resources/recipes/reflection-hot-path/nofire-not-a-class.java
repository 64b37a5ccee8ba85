import java.util.List;

public class Fixture {
  static final class Registry {
    String getMethod(String name) {
      return name.toUpperCase();
    }
  }

  public static String target(Registry r, List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(r.getMethod(n).length());
    }
    return sb.toString();
  }

  public static String check() {
    return target(new Registry(), List.of("a", "bc"));
  }
}
