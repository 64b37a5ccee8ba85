import java.util.*;

public class Fixture {
  private final Vector<String> names = new Vector<>();

  Fixture(String... n) {
    names.addAll(Arrays.asList(n));
  }

  List<String> names() {
    return names;
  }

  int target() {
    int letters = 0;
    for (int i = 0; i < names.size(); i++) letters += names.get(i).length();
    return letters;
  }

  public static String check() {
    return String.valueOf(new Fixture("ada", "linus").target());
  }
}
