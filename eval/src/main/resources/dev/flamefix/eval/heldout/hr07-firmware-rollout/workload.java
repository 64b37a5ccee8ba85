package iot.fleet.ota;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FirmwareRolloutWorkload {
  public static Supplier<Object> workload() {
    String[] tags = {"rc1", "beta", "0", "12", "nightly", "3", "dev-7f3a", "1"};
    List<FirmwareRollout.Device> devices = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String version = (1 + i % 3) + "." + (i * 7 % 20) + "." + tags[i % tags.length];
      devices.add(new FirmwareRollout.Device("dev-" + i, version));
    }
    return () -> FirmwareRollout.needingUpdate(devices, "2.10.0");
  }
}
