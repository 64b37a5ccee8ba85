package brewing.fermenters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class GravityLogWorkload {
  public static Supplier<Object> workload() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int tank = i % 40;
      int day = i / 40 % 15;
      double sg = 1.060 - day * 0.003 - tank * 0.0001;
      lines.add("batch=B" + (700 + tank) + "; brewer=crew-" + (i % 3) + "; temp=" + (17 + i % 4) + ".5; ph=4."
          + (i % 9) + "; tank=FV" + tank + "; co2=" + (i % 11) + "; day=" + day + "; sg=" + String.format("%.4f", sg)
          + "; note=ok");
    }
    GravityLog log = new GravityLog();
    return () -> log.attenuationByTank(lines);
  }
}
