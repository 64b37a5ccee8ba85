package net.telco.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class UsageRaterWorkload {
  public static Supplier<Object> workload() {
    List<UsageRater.CallDetail> calls = new ArrayList<>();
    for (int i = 0; i < 15_000; i++) {
      String msisdn = "4917" + (10_000_000 + (i * 7_919) % 2_500);
      calls.add(new UsageRater.CallDetail(msisdn, "+3361" + i % 997, 5 + (i * 31) % 1_800, i % 13 == 0));
    }
    return () -> {
      UsageRater rater = new UsageRater(3);
      return rater.rate(calls);
    };
  }
}
