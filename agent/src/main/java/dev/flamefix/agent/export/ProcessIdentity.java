package dev.flamefix.agent.export;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;

/** This JVM's pid and host name, as sent with every window. */
public final class ProcessIdentity {

  private final long pid;
  private final String host;

  /** Creates an identity from known values (tests, or a caller that already knows them). */
  public ProcessIdentity(long pid, String host) {
    this.pid = pid;
    this.host = host;
  }

  /**
   * Looks up the current process. May block on DNS for the host name, so call it from an agent
   * thread, never from {@code premain}.
   */
  public static ProcessIdentity current() {
    return new ProcessIdentity(currentPid(), currentHost());
  }

  /** The current pid: ProcessHandle on Java 9+, the runtime MXBean name on Java 8; -1 if unknown. */
  public static long currentPid() {
    try {
      Class<?> handle = Class.forName("java.lang.ProcessHandle");
      Object current = handle.getMethod("current").invoke(null);
      return (Long) handle.getMethod("pid").invoke(current);
    } catch (Throwable java8) {
      try {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return Long.parseLong(name.substring(0, name.indexOf('@')));
      } catch (Throwable unknown) {
        return -1;
      }
    }
  }

  private static String currentHost() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isEmpty()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Throwable unknown) {
      return "unknown";
    }
  }

  public long pid() {
    return pid;
  }

  public String host() {
    return host;
  }
}
