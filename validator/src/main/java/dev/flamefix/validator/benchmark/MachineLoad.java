package dev.flamefix.validator.benchmark;

import java.lang.management.ManagementFactory;

/** How busy this machine is, for limits that must not mistake a loaded machine for a hang. */
public final class MachineLoad {
  private MachineLoad() {}

  /**
   * The one-minute load average divided by the available processors, or {@code NaN} where the
   * platform does not report a load average (Windows).
   */
  public static double perCore() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    if (load < 0) {
      return Double.NaN;
    }
    return load / Runtime.getRuntime().availableProcessors();
  }
}
