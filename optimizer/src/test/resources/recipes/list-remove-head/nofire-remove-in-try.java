import java.util.*;

public class Fixture {
  public static int target(List<Integer> readings, int polls) {
    List<Integer> buffer = new ArrayList<>(readings);
    int sum = 0;
    for (int i = 0; i < polls; i++) {
      try {
        sum += buffer.remove(0);
      } catch (IndexOutOfBoundsException empty) {
        buffer.add(-1);
      }
    }
    return sum + buffer.size();
  }

  public static String check() {
    return String.valueOf(target(List.of(4, 5), 4));
  }
}
