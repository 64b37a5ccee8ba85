import java.util.List;

public class Fixture {
  // The static type is CharSequence: append(CharSequence) copies characters, += prints toString().
  public static String target(List<CharSequence> parts) {
    String s = "";
    for (CharSequence p : parts) {
      s += p;
    }
    return s;
  }

  public static String check() {
    return target(List.of("ab", new StringBuilder("cd")));
  }
}
