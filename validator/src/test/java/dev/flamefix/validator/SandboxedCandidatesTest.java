package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.support.Rewrite;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Misbehaving candidates end only their own child JVM and are reported as what they did. */
class SandboxedCandidatesTest {

  private static final String CORRECT_BODY = "return new java.util.HashSet<>(items).size();";

  private static Rewrite bad(String name, String body, String members) {
    return Rewrite.catalog(name, "countDistinct",
        "public static int countDistinct(List<String> items) {\n" + body + "\n" + CORRECT_BODY
            + "\n}", members, null);
  }

  @Test
  void exitLoopOomStackOverflowThreadLeakAndNetworkAreContained() throws IOException {
    AtomicInteger accepted = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            accepted.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      List<Rewrite> rewrites = List.of(
          bad("exit", "if (items != null) System.exit(3);", null),
          bad("loop", "while (items != null) { Thread.onSpinWait(); }", null),
          bad("oom", "java.util.List<long[]> hog = new java.util.ArrayList<>();"
              + " while (items != null) hog.add(new long[1 << 20]);", null),
          bad("stack", "if (items != null) return deep(0);",
              "private static int deep(int n) { return deep(n + 1) + 1; }"),
          bad("threads", "new Thread(() -> { while (true) { try { Thread.sleep(500); }"
              + " catch (InterruptedException e) { return; } } }).start();", null),
          bad("network", "try (java.net.Socket s = new java.net.Socket(\"127.0.0.1\", "
              + server.getLocalPort() + ")) { } catch (java.io.IOException e) { }", null));
      Validator validator = new Validator(ValidationOptions.builder().heapMegabytes(96)
          .callTimeout(Duration.ofSeconds(2)).childTimeLimit(Duration.ofSeconds(30))
          .benchmark(BenchmarkSettings.quick()).build());
      List<Verdict> v = validator.validateAll(
          rewrites.stream().map(Rewrite::request).toList(), ProgressListener.NONE);

      v.forEach(verdict -> System.out.println(verdict.id() + ": "
          + (verdict.differential() == null ? "-" : verdict.differential().outcome()) + ": "
          + verdict.reason()));
      assertThat(v).allSatisfy(verdict -> assertThat(verdict.accepted()).isFalse());
      assertThat(v.get(0).differential().outcome()).isEqualTo("SYSTEM_EXIT");
      assertThat(v.get(0).reason()).contains("System.exit");
      assertThat(v.get(1).differential().outcome()).isEqualTo("TIMEOUT");
      assertThat(v.get(1).differential().counterexample().kind()).isEqualTo("timeout");
      assertThat(v.get(2).differential().outcome()).isEqualTo("OUT_OF_MEMORY");
      assertThat(v.get(3).differential().outcome()).isEqualTo("STACK_OVERFLOW");
      assertThat(v.get(4).differential().outcome()).isEqualTo("THREAD_LEAK");
      // Inside an isolated sandbox the connection fails, is caught, and the candidate would look
      // like a faster equal; it is refused before it runs, for naming java.net at all.
      assertThat(v.get(5).stageReached()).isEqualTo(Stage.COMPILE);
      assertThat(v.get(5).reason()).contains("outside the JVM").contains("java/net/");
      assertThat(accepted.get()).as("connections from the sandbox").isZero();
      if (NetworkIsolation.detect().isolated()) {
        assertThat(v.get(0).sandbox().networkIsolated()).isTrue();
      } else {
        assertThat(v.get(0).sandbox().networkNote()).startsWith("network NOT isolated");
      }
    }
  }
}
