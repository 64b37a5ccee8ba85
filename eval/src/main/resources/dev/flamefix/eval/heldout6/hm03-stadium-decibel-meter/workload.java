package stadium.acoustics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class DecibelMeterWorkload {
  public static Supplier<Object> workload() {
    List<DecibelMeter.Sample> samples = new ArrayList<>();
    long clock = 1_767_290_400_000L;
    for (int i = 0; i < 7_000; i++) {
      int crowd = (i / 900) % 3 == 1 ? 1_400 : 0;
      samples.add(new DecibelMeter.Sample(clock, 8_200 + crowd + (i * 7_919) % 1_300 - 650));
      clock += 1_000 + (i % 5 == 0 ? 0 : 250);
    }
    DecibelMeter meter = new DecibelMeter(600_000, 9_000);
    return () -> meter.scan(samples);
  }
}
