public class Fixture {
  public static String target(String title, int pages) {
    return String.format("%-20s%5d", title, pages);
  }
}
