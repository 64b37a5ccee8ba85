import java.util.List;

public class Fixture {
  public static int target(List<String> codes) {
    int n = codes.size();
    return n + (isProductCode(codes.get(0)) ? 1 : 0);
  }

  private static boolean isProductCode(String code) {
    return code.matches("[A-Z]{2,3}-\\d{3,5}");
  }

  public static String check() {
    return String.valueOf(target(List.of("AB-123")));
  }
}
