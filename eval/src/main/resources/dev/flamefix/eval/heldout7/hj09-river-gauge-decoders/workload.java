package hydrology.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class GaugeFeedWorkload {
  public static Supplier<Object> workload() {
    String[] decoders = {"PressureDecoder", "RadarDecoder", "FloatDecoder"};
    List<GaugeFeed.Reading> readings = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int station = (i * 17) % 45;
      readings.add(new GaugeFeed.Reading("GS" + (2000 + station), decoders[station % 3], 150 + (i * 7_919) % 640));
    }
    GaugeFeed feed = new GaugeFeed();
    return () -> feed.peakStages(readings);
  }
}
