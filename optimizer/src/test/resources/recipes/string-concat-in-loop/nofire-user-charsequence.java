import java.util.List;

public class Fixture {
  static final class Masked implements CharSequence {
    private final String raw;

    Masked(String raw) {
      this.raw = raw;
    }

    public int length() {
      return raw.length();
    }

    public char charAt(int i) {
      return '*';
    }

    public CharSequence subSequence(int a, int b) {
      return raw.subSequence(a, b);
    }

    @Override
    public String toString() {
      return raw;
    }
  }

  public static String target(List<Masked> parts) {
    String s = "";
    for (Masked p : parts) {
      s += p;
    }
    return s;
  }

  public static String check() {
    return target(List.of(new Masked("ab")));
  }
}
