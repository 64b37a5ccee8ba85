import java.util.*;

public class Fixture {
  /**
   * Help desk: is any ticket tagged with the banned tag? {@code banned::equals} throws
   * NullPointerException when banned is null even for no tickets; fusing the filters into one
   * lambda would evaluate {@code banned} only per element, so the reference is not viewed as a lambda.
   */
  public static boolean target(List<String> tags, String banned) {
    return tags.stream().filter(banned::equals).filter(t -> t != null).count() > 0;
  }

  public static String check() {
    return String.valueOf(target(List.of(), "spam"));
  }
}
