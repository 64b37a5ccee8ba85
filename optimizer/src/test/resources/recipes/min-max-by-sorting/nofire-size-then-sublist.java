import java.util.*;

public class Fixture {
  record Stall(String trader, int pitchFee) {}

  /** The cheapest stall and the size are read, but so is a sublist of the sorted copy. */
  public static String target(List<Stall> stalls) {
    List<Stall> byFee = new ArrayList<>(stalls);
    byFee.sort(Comparator.comparingInt(Stall::pitchFee));
    return byFee.get(0).trader() + byFee.size() + byFee.subList(0, 1);
  }
}
