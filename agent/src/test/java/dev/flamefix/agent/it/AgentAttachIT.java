package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code java -jar flamefix-agent.jar attach <pid>} against a running example on each JDK. */
class AgentAttachIT {

  // The app must still be running when attach connects and for a few windows after, even on an
  // idle machine with the faster JDK 25 (120 rounds ended before attach there).
  static final int ROUNDS = 400;

  static java.util.stream.Stream<String> jdks() {
    return ChildJvm.jdks();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void attachesToARunningJvmAndShipsItsWindows(String jdk) throws Exception {
    String java = ChildJvm.java(jdk);
    try (IngestSink sink = new IngestSink()) {
      ChildJvm.Running app = ChildJvm.start(java, List.of(), ChildJvm.classPath(false),
          ChildJvm.ORDER_SERVICE, Map.of(), String.valueOf(ROUNDS));
      try {
        app.awaitAttachable(60);
        ChildJvm.Running tool = ChildJvm.run(List.of(java, "-jar", ChildJvm.agentJar(), "attach",
            String.valueOf(app.pid()), "server=" + sink.url() + ",app=attached,window=1s",
            "labels=mode=attach"), Map.of());
        ChildJvm.Result attach = tool.await(60);
        assertThat(attach.exitCode()).as(attach.stderr()).isZero();
        assertThat(attach.stdout()).contains("attached to pid " + app.pid());

        ChildJvm.Result result = app.await(240);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(ChildJvm.expectedOutput(ROUNDS));
        assertThat(result.agentLines()).hasSize(1).first().asString().contains("(attached)");
      } finally {
        app.kill();
      }
      List<IngestSink.Upload> uploads = sink.uploads();
      assertThat(uploads).isNotEmpty().allSatisfy(u -> {
        assertThat(u.gzipped()).isTrue();
        assertThat(u.query().get("name")).isEqualTo("attached.cpu{mode=attach}");
        assertThat(u.query().get("pid")).isEqualTo(String.valueOf(app.pid()));
      });
      String all = uploads.stream().map(IngestSink.Upload::stacksText)
          .collect(Collectors.joining("\n"));
      assertThat(all).contains("dev.flamefix.examples.orders.OrderAnalytics.");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void aSecondStartInTheSameJvmIsIgnored(String jdk) throws Exception {
    String java = ChildJvm.java(jdk);
    try (IngestSink sink = new IngestSink()) {
      String options = "server=" + sink.url() + ",app=twice,window=1s";
      ChildJvm.Running app = ChildJvm.start(java,
          List.of("-javaagent:" + ChildJvm.agentJar() + "=" + options),
          ChildJvm.classPath(false), ChildJvm.ORDER_SERVICE, Map.of(), "300");
      try {
        // The agent given at start must be running before the second one arrives.
        app.awaitStderr("[flamefix-agent] profiling", 60);
        ChildJvm.Result attach = ChildJvm.run(List.of(java, "-jar", ChildJvm.agentJar(),
            "attach", String.valueOf(app.pid()), options), Map.of()).await(60);
        assertThat(attach.exitCode()).as(attach.stderr()).isZero();

        ChildJvm.Result result = app.await(240);
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(ChildJvm.expectedOutput(300));
        assertThat(result.agentLines()).hasSize(2);
        assertThat(result.agentLines().get(1)).contains("already running");
      } finally {
        app.kill();
      }
      // the first agent kept running and shipping
      assertThat(sink.uploads()).isNotEmpty().allSatisfy(u -> assertThat(u.query().get("pid"))
          .isEqualTo(String.valueOf(app.pid())));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void rejectsBadOptionsBeforeAttaching(String jdk) throws Exception {
    String java = ChildJvm.java(jdk);
    ChildJvm.Result tool = ChildJvm.run(List.of(java, "-jar", ChildJvm.agentJar(), "attach",
        String.valueOf(ProcessHandle.current().pid()), "server=http://127.0.0.1:1,app=x,"
            + "interval=often"), Map.of()).await(60);
    assertThat(tool.exitCode()).isEqualTo(2);
    assertThat(tool.stderr()).contains("invalid option 'interval' 'often'").contains("usage:");
  }
}
