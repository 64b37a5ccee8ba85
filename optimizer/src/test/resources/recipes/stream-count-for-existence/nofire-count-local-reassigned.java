import java.util.*;

public class Fixture {
  public static boolean target(int[] a, int[] b, int limit) {
    long hot = Arrays.stream(a).filter(t -> t > limit).count();
    hot += Arrays.stream(b).filter(t -> t > limit).count();
    return hot > 0;
  }

  public static String check() {
    return String.valueOf(target(new int[] {1}, new int[] {9}, 4));
  }
}
