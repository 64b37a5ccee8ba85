package gliding.launches;

import java.util.function.Supplier;

public final class LaunchLogWorkload {
  public static Supplier<Object> workload() {
    int[] launches = new int[2_000];
    for (int i = 0; i < launches.length; i++) {
      launches[i] = 32_400 + (int) ((i * 7_919L) % 2_000) * 15 + (i % 7) * 2;
    }
    LaunchLog log = new LaunchLog();
    return () -> log.closestLaunches(launches);
  }
}
