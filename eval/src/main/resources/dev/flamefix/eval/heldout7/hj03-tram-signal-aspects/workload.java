package tramway.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class AspectLogWorkload {
  public static Supplier<Object> workload() {
    List<AspectLog.Telegram> telegrams = new ArrayList<>();
    long clock = 1_767_250_000_000L;
    for (int i = 0; i < 60_000; i++) {
      int code = (i * 13) % 41 == 0 ? 9 : (i * 7 + i / 5) % 6;
      telegrams.add(new AspectLog.Telegram("S" + (100 + (i * 11) % 37), code, clock));
      clock += 250 + (i % 9) * 40;
    }
    AspectLog log = new AspectLog();
    return () -> log.summarise(telegrams);
  }
}
