package dev.flamefix.validator.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a child process is cut off from the network, found out once per JVM by trying it.
 *
 * <p>On Linux a child started through {@code unshare --net} gets a network namespace of its own:
 * no interfaces but a private loopback, so it can reach neither the host's loopback services nor
 * anything outside. The private loopback is brought up because JMH's forked VM talks to its parent
 * over loopback. Where {@code unshare} is missing or not permitted (containers without
 * {@code CAP_SYS_ADMIN}, other operating systems) children run with the host network and the
 * report says so.
 *
 * @param isolated whether children get a private network namespace
 * @param method the mechanism used, e.g. {@code "unshare --net"}, or {@code "none"}
 * @param reason why isolation is or is not in place, in one sentence for the report
 * @param wrapper the command prefix that wraps every child (empty when not isolated)
 */
public record NetworkIsolation(boolean isolated, String method, String reason, List<String> wrapper) {

  private static volatile NetworkIsolation detected;

  /** Canonical constructor; copies the wrapper. */
  public NetworkIsolation {
    wrapper = List.copyOf(wrapper);
  }

  /** Isolation switched off on purpose, e.g. by {@code ValidationOptions.isolateNetwork(false)}. */
  public static NetworkIsolation disabled(String reason) {
    return new NetworkIsolation(false, "none", reason, List.of());
  }

  /** The isolation this machine allows, probed once and then cached. */
  public static NetworkIsolation detect() {
    NetworkIsolation result = detected;
    if (result == null) {
      result = probe();
      detected = result;
    }
    return result;
  }

  /** Wraps a command so it runs with this isolation. */
  public List<String> wrap(List<String> command) {
    if (!isolated) {
      return List.copyOf(command);
    }
    List<String> wrapped = new ArrayList<>(wrapper);
    wrapped.addAll(command);
    return wrapped;
  }

  private static NetworkIsolation probe() {
    if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
      return disabled("network isolation needs Linux network namespaces; this OS is "
          + System.getProperty("os.name"));
    }
    // Root may create a namespace directly; other users need a user namespace first (-r).
    List<List<String>> attempts = List.of(List.of("unshare", "--net"),
        List.of("unshare", "--map-root-user", "--net"));
    String lastFailure = "unshare not found";
    for (List<String> prefix : attempts) {
      List<String> wrapper = new ArrayList<>(prefix);
      // The shell brings the private loopback up, then becomes the child command itself.
      wrapper.addAll(List.of("sh", "-c", "ip link set lo up && exec \"$@\"", "sandbox"));
      List<String> probe = new ArrayList<>(wrapper);
      probe.addAll(List.of("echo", "ok"));
      try {
        Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          lastFailure = String.join(" ", prefix) + " did not finish";
        } else if (process.exitValue() == 0 && out.endsWith("ok")) {
          return new NetworkIsolation(true, String.join(" ", prefix),
              "children run in a private network namespace with only their own loopback", wrapper);
        } else {
          lastFailure = String.join(" ", prefix) + " failed (exit " + process.exitValue() + "): "
              + out.lines().findFirst().orElse("");
        }
      } catch (IOException e) {
        lastFailure = "cannot run " + prefix.get(0) + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        lastFailure = "interrupted while probing " + String.join(" ", prefix);
      }
    }
    return disabled("network NOT isolated: " + lastFailure);
  }
}
