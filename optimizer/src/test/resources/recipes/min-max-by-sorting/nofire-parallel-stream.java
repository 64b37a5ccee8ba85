import java.util.*;

public class Fixture {
  record Quote(String venue, long price) {}

  public static Optional<Quote> target(List<Quote> quotes) {
    return quotes.parallelStream().sorted(Comparator.comparingLong(Quote::price)).findFirst();
  }
}
