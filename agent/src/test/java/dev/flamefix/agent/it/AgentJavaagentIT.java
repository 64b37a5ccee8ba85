package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The agent under {@code -javaagent} in a child JVM on each installed JDK, against a sink. */
class AgentJavaagentIT {

  // Sized for an idle machine and the faster JDK 25: at least a few 1 s windows must be cut.
  static final int ROUNDS = 250;

  static java.util.stream.Stream<String> jdks() {
    return ChildJvm.jdks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void shipsGzipCollapsedWindowsWithTheExampleMethodsAndStaysInvisibleToTheApp(String jdk)
      throws Exception {
    String java = ChildJvm.java(jdk);
    try (IngestSink sink = new IngestSink()) {
      Path stats = Files.createTempFile("agent-stats", ".properties");
      stats.toFile().deleteOnExit();
      String agent = "-javaagent:" + ChildJvm.agentJar() + "=server=" + sink.url()
          + ",app=orders,window=1s,interval=10ms,labels=env=test;region=eu-1,token=s3cret-token,"
          + "lines=false,"
          + "stats=" + stats;
      ChildJvm.Running child = ChildJvm.start(java, List.of(agent), ChildJvm.classPath(true),
          VisibilityProbe.class.getName(), Map.of(), String.valueOf(ROUNDS));
      ChildJvm.Result result = child.await(180);

      assertThat(result.exitCode()).isZero();
      List<String> out = result.stdout().lines().toList();
      assertThat(out.get(0) + System.lineSeparator())
          .isEqualTo(ChildJvm.expectedOutput(ROUNDS));
      // nothing of the agent is reachable from the application's class loaders...
      assertThat(out).filteredOn(l -> l.startsWith("class ") || l.startsWith("resource "))
          .hasSize(VisibilityProbe.HIDDEN_CLASSES.length
              + VisibilityProbe.HIDDEN_RESOURCES.length)
          .allSatisfy(l -> assertThat(l).doesNotContain("=true"));
      // ...while the agent was demonstrably running in that very JVM
      assertThat(out).contains("agent-threads 2");

      List<IngestSink.Upload> uploads = sink.uploads();
      assertThat(uploads).hasSizeGreaterThanOrEqualTo(2);
      for (IngestSink.Upload upload : uploads) {
        assertThat(upload.gzipped()).as("gzip magic").isTrue();
        assertThat(upload.authorization()).isEqualTo("Bearer s3cret-token");
        Map<String, String> q = upload.query();
        assertThat(q.get("name")).isEqualTo("orders.cpu{env=test,region=eu-1}");
        assertThat(q.get("format")).isEqualTo("folded");
        assertThat(q.get("sampleRate")).isEqualTo("100");
        assertThat(q.get("spyName")).isEqualTo("flamefix");
        assertThat(q.get("units")).isEqualTo("samples");
        assertThat(q.get("pid")).isEqualTo(String.valueOf(child.pid()));
        assertThat(q.get("host")).isNotBlank();
        long from = Long.parseLong(q.get("from"));
        long until = Long.parseLong(q.get("until"));
        assertThat(until).isGreaterThan(from);
        assertThat(until - from).isLessThanOrEqualTo(3);
        assertThat(upload.collapsed().lines())
            .allMatch(l -> l.matches(".+ \\d+"), "collapsed 'frames count' lines");
      }
      String all = String.join("\n", uploads.stream().map(IngestSink.Upload::collapsed).toList());
      assertThat(all).contains("dev.flamefix.examples.orders.OrderAnalytics.renderReport")
          .contains("dev.flamefix.examples.orders.OrderService.main");

      assertThat(result.agentLines()).hasSize(1).first().asString().contains("profiling cpu")
          .doesNotContain("recording");
      // recording is off unless allowed: the agent never asks for recording requests
      assertThat(sink.polls()).isEmpty();
      assertThat(result.stderr()).doesNotContain("s3cret-token");
      Map<String, Long> s = ChildJvm.stats(stats);
      assertThat(s.get("windowsSent")).isEqualTo(uploads.size());
      assertThat(s.get("windowsDropped")).isZero();
      assertThat(s.get("queueBytesMax")).isLessThanOrEqualTo(s.get("queueBound"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void readsFlamefixEnvironmentVariablesAndExplicitOptionsWin(String jdk) throws Exception {
    String java = ChildJvm.java(jdk);
    try (IngestSink sink = new IngestSink()) {
      Map<String, String> env = Map.of("FLAMEFIX_SERVER", sink.url(), "FLAMEFIX_APP", "from-env",
          "FLAMEFIX_WINDOW", "1s", "FLAMEFIX_EVENT", "wall", "FLAMEFIX_INTERVAL", "20ms");
      ChildJvm.Running child = ChildJvm.start(java,
          List.of("-javaagent:" + ChildJvm.agentJar() + "=app=explicit-app"),
          ChildJvm.classPath(false), ChildJvm.ORDER_SERVICE, env, "150");
      ChildJvm.Result result = child.await(180);

      assertThat(result.exitCode()).isZero();
      assertThat(result.stdout()).isEqualTo(ChildJvm.expectedOutput(150));
      assertThat(sink.uploads()).isNotEmpty().allSatisfy(u -> {
        assertThat(u.query().get("name")).isEqualTo("explicit-app.wall");
        assertThat(u.query().get("sampleRate")).isEqualTo("50");
        assertThat(u.authorization()).isNull();
      });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void shipsJfrWindowsWhoseFramesCarrySourceLinesByDefault(String jdk) throws Exception {
    String java = ChildJvm.java(jdk);
    List<String> source = Files.readAllLines(Path.of(
        "../examples/src/main/java/dev/flamefix/examples/orders/OrderAnalytics.java"));
    int concatLine = 1 + source.indexOf(source.stream()
        .filter(l -> l.contains("report += o.id()")).findFirst().orElseThrow());
    try (IngestSink sink = new IngestSink()) {
      Path stats = Files.createTempFile("agent-stats", ".properties");
      stats.toFile().deleteOnExit();
      String agent = "-javaagent:" + ChildJvm.agentJar() + "=server=" + sink.url()
          + ",app=orders,window=1s,interval=10ms,stats=" + stats;
      ChildJvm.Result result = ChildJvm.start(java, List.of(agent), ChildJvm.classPath(false),
          ChildJvm.ORDER_SERVICE, Map.of(), String.valueOf(ROUNDS)).await(180);

      assertThat(result.exitCode()).isZero();
      assertThat(result.stdout()).isEqualTo(ChildJvm.expectedOutput(ROUNDS));
      List<IngestSink.Upload> uploads = sink.uploads();
      assertThat(uploads).isNotEmpty().allSatisfy(u -> {
        assertThat(u.gzipped()).isTrue();
        assertThat(u.query().get("format")).isEqualTo("jfr");
        assertThat(u.query().get("name")).isEqualTo("orders.cpu");
      });
      String all = String.join("\n", uploads.stream().map(IngestSink.Upload::stacksText).toList());
      // The hot method's frames name the line that runs: its concatenation line among them.
      assertThat(all).contains("dev.flamefix.examples.orders.OrderAnalytics.renderReport:" + concatLine + ";")
          .contains("dev.flamefix.examples.orders.OrderService.main:");
      assertThat(ChildJvm.stats(stats).get("windowsSent")).isEqualTo(uploads.size());
    }
  }
}
